CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    published boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;

CREATE POLICY owner_all ON documents USING (owner = current_user) WITH CHECK (owner = current_user AND NOT published);
CREATE POLICY read_published ON documents AS RESTRICTIVE FOR SELECT USING (published OR owner = current_user);
CREATE POLICY insert_own ON documents FOR INSERT TO CURRENT_USER WITH CHECK (owner = session_user);
COMMENT ON POLICY owner_all ON documents IS 'owners see their rows';
