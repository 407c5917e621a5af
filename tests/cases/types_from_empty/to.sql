CREATE SCHEMA app;
CREATE TYPE app.priority AS ENUM ('low', 'normal', 'high');
CREATE DOMAIN app.short_text AS varchar(80) COLLATE "C" CHECK (length(VALUE) > 0);
CREATE DOMAIN app.level AS app.priority DEFAULT 'normal';
CREATE TYPE app.tagged AS (tag app.short_text, weight numeric(5, 2), levels app.priority[]);
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text NOT NULL,
    prio app.priority NOT NULL DEFAULT 'normal',
    lvl app.level,
    meta app.tagged
);
COMMENT ON DOMAIN app.level IS 'priority with a default';
