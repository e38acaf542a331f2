-- A value the run could not estimate is absent (NULL), never a stand-in number: P(alive) for the formula model or a
-- one-time buyer under BG/NBD without a companion fit, and the interval of the formula model. ALIVE_MODEL says
-- which model a P(alive) comes from (MBG/NBD for one-time buyers when the run's model is BG/NBD).
ALTER TABLE CLV_SNAPSHOT ALTER COLUMN PROBABILITY_ALIVE DROP NOT NULL;
ALTER TABLE CLV_SNAPSHOT ALTER COLUMN CLV_LOW DROP NOT NULL;
ALTER TABLE CLV_SNAPSHOT ALTER COLUMN CLV_HIGH DROP NOT NULL;
ALTER TABLE CLV_SNAPSHOT ADD COLUMN ALIVE_MODEL VARCHAR(20);
