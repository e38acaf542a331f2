-- The contact's name as the host gave it when the run wrote the row: a search ranks over all of a run's matches,
-- by value, in one query on the plugin's own tables (the host's directory may live in another database).
ALTER TABLE CLV_SNAPSHOT ADD COLUMN CONTACT_NAME VARCHAR(255);
