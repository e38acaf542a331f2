-- The one run in progress (queued or running) on any node. A run is created only by claiming this row, which the
-- database gives to one transaction at a time; publishing or failing the run frees it. A run left in progress by an
-- earlier version holds it, and is judged like any other (taken back when its process is gone).
CREATE TABLE CLV_RUN_SLOT (
    SLOT_ID           INTEGER      NOT NULL PRIMARY KEY,
    RUN_ID            BIGINT
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
INSERT INTO CLV_RUN_SLOT (SLOT_ID, RUN_ID)
    SELECT 1, MIN(RUN_ID) FROM CLV_RUN WHERE STATE IN ('QUEUED', 'RUNNING');
