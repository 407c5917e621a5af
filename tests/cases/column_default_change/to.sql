CREATE TABLE documents (
    id serial PRIMARY KEY,
    state text NOT NULL DEFAULT 'pending',
    revision integer DEFAULT 0,
    created_at timestamp DEFAULT now(),
    title text
);
