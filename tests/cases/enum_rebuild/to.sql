CREATE SCHEMA shop;
CREATE TYPE shop."Mood" AS ENUM ('happy', 'ok', 'sad');
CREATE TABLE shop.people (
    id integer PRIMARY KEY,
    mood shop."Mood" DEFAULT 'ok',
    moods shop."Mood"[] NOT NULL DEFAULT '{}',
    CONSTRAINT not_always_sad CHECK (mood IS DISTINCT FROM 'sad' OR cardinality(moods) < 5)
);
CREATE INDEX people_happy_idx ON shop.people (id) WHERE mood = 'happy';
CREATE INDEX people_mood_idx ON shop.people (mood);
COMMENT ON TYPE shop."Mood" IS 'how someone feels';
