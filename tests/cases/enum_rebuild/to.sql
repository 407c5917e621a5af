CREATE SCHEMA shop;
CREATE TYPE shop."Mood" AS ENUM ('happy', 'ok', 'sad');
CREATE TABLE shop.people (
    id integer PRIMARY KEY,
    mood shop."Mood" DEFAULT 'ok',
    moods shop."Mood"[] NOT NULL DEFAULT '{}'
);
COMMENT ON TYPE shop."Mood" IS 'how someone feels';
