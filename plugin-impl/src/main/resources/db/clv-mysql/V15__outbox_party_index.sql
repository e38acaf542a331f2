-- A contact's card reads what the rules did for it: its outbox entries, newest first.
CREATE INDEX IX_CLV_OUTBOX_PARTY ON CLV_OUTBOX (PARTY_ID, ENTRY_ID);
