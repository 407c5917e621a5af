CREATE SCHEMA reporting;

CREATE TABLE events (
    id bigint PRIMARY KEY,
    kind text NOT NULL,
    legacy text
);

CREATE VIEW event_kinds AS SELECT id, kind, legacy FROM events;

CREATE VIEW reporting.kind_counts AS
SELECT kind, count(*) AS n FROM public.event_kinds GROUP BY kind;

CREATE VIEW top_kinds AS
SELECT kind FROM reporting.kind_counts WHERE n > 1;
