CREATE TABLE documents (
    id serial PRIMARY KEY,
    state text NOT NULL DEFAULT 'draft',
    revision integer DEFAULT 1,
    created_at timestamp,
    title text DEFAULT 'untitled'
);
