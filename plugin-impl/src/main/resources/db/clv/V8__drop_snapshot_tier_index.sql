-- One secondary index on a run's values is enough: the (run, CLV, party) index of V7 serves the top-contacts list
-- and a tier's members too (with tiers on predicted CLV they lie together in CLV order). Each index costs every run
-- a million random inserts: with both, a 1M-contact run wrote in 22-24 s instead of 14-17 s (benchmark-run).
DROP INDEX IX_CLV_SNAPSHOT_TIER;
