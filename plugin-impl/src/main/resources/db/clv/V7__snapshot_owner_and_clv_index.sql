-- The owner (the sales rep's party, from the host) with each value, so that lists can show a rep the contacts
-- they own; and the published run's contacts by value, for the top-contacts list and its pages.
ALTER TABLE CLV_SNAPSHOT ADD COLUMN OWNER_PARTY_ID VARCHAR(20);
CREATE INDEX IX_CLV_SNAPSHOT_CLV ON CLV_SNAPSHOT (RUN_ID, CLV, PARTY_ID);
