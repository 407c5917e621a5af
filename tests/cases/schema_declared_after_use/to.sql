CREATE SCHEMA audit;
CREATE SCHEMA IF NOT EXISTS "Reporting";

CREATE TYPE audit.event_kind AS ENUM ('created', 'renamed');

CREATE TABLE items (
    id int PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE audit.item_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id int NOT NULL REFERENCES items (id),
    kind audit.event_kind NOT NULL
);
