CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    published boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY owner_all ON documents USING (owner = current_user);
CREATE POLICY read_published ON documents FOR SELECT USING (published);
CREATE POLICY no_delete ON documents AS RESTRICTIVE FOR DELETE TO PUBLIC USING (false);
CREATE POLICY insert_own ON documents FOR INSERT WITH CHECK (owner = current_user);
COMMENT ON POLICY owner_all ON documents IS 'owners see their rows';
