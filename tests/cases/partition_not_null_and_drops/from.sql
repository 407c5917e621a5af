CREATE TABLE events (
    id int,
    kind text,
    note text
) PARTITION BY LIST (kind);

CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events (note NOT NULL) FOR VALUES IN ('b');

-- Dropped in the target: a cycle of foreign keys between partitions of two partitioned tables.
CREATE TABLE left_side (k text, v text) PARTITION BY LIST (k);
CREATE TABLE left_1 PARTITION OF left_side FOR VALUES IN ('1');
CREATE UNIQUE INDEX left_1_k ON left_1 (k);

CREATE TABLE right_side (k text, v text) PARTITION BY LIST (k);
CREATE TABLE right_1 PARTITION OF right_side FOR VALUES IN ('1');
CREATE UNIQUE INDEX right_1_k ON right_1 (k);

ALTER TABLE left_1 ADD CONSTRAINT left_1_fk FOREIGN KEY (k) REFERENCES right_1 (k);
ALTER TABLE right_1 ADD CONSTRAINT right_1_fk FOREIGN KEY (k) REFERENCES left_1 (k);
