-- A follow-up rule's filter (tiers, segments, owner, minimum value) as JSON, beside its trigger and action.
ALTER TABLE CLV_RULE ADD COLUMN FILTER_SPEC VARCHAR(4000);
