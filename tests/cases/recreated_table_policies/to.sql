-- Re-created (no longer partitioned): its policies are created again, not altered.
CREATE TABLE foobar (
    category text,
    some_new_column text
);

ALTER TABLE foobar ENABLE ROW LEVEL SECURITY;

CREATE POLICY foobar_policy ON foobar AS PERMISSIVE FOR INSERT TO PUBLIC
    WITH CHECK (category = 'category' AND some_new_column = 'value');

CREATE TABLE keep (id int PRIMARY KEY, note text);
