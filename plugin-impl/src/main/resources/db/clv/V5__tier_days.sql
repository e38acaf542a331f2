-- Hysteresis counted in days: when the contact entered its tier, and since when it has been below the threshold.
-- Rows stored before these columns have them empty; the next run counts from its own day.
ALTER TABLE CLV_SNAPSHOT ADD COLUMN TIER_SINCE DATE;
ALTER TABLE CLV_SNAPSHOT ADD COLUMN TIER_BELOW_SINCE DATE;
