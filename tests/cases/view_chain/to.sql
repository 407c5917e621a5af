CREATE SCHEMA reporting;

-- Views are listed before what they read: the plan orders them by dependency.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    kind varchar(20) NOT NULL
);

CREATE VIEW event_kinds AS SELECT id, kind FROM events;

CREATE VIEW reporting.kind_counts AS
SELECT kind, count(*) AS n FROM public.event_kinds GROUP BY kind;

CREATE VIEW top_kinds AS
SELECT kind FROM reporting.kind_counts WHERE n > 1;

CREATE VIEW kind_list AS SELECT DISTINCT kind FROM top_kinds;
