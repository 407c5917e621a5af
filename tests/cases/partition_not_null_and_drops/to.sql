CREATE TABLE events (
    id int,
    kind text,
    note text
) PARTITION BY LIST (kind);

-- A local primary key makes its columns NOT NULL on the partition only.
CREATE TABLE events_a PARTITION OF events (PRIMARY KEY (kind, id)) FOR VALUES IN ('a');
-- The partition's own NOT NULL is gone.
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
