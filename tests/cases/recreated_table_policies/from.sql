CREATE TABLE foobar (
    category text
) PARTITION BY LIST (category);

CREATE TABLE foobar_a PARTITION OF foobar FOR VALUES IN ('a');

ALTER TABLE foobar ENABLE ROW LEVEL SECURITY;

CREATE POLICY foobar_policy ON foobar AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK (true);
CREATE POLICY foobar_gone ON foobar FOR SELECT USING (category <> 'z');

CREATE TABLE keep (id int PRIMARY KEY, note text);
