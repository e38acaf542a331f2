-- The idempotency key is derived from (rule, party, transition), which UQ_CLV_OUTBOX_ONCE already keeps unique:
-- a second unique index only made every enqueued action cost one more index entry.
ALTER TABLE CLV_OUTBOX DROP CONSTRAINT UQ_CLV_OUTBOX_IDEMPOTENCY;
