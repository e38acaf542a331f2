-- A contact's history over runs reads the primary key (RUN_ID, PARTY_ID) once per kept run; an index led by
-- PARTY_ID made every run's million inserts land all over the index instead (measured on PostgreSQL: about 2 of
-- the 20 seconds PostgreSQL took to store a run's million rows).
DROP INDEX IX_CLV_SNAPSHOT_PARTY;
