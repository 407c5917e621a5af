CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state text NOT NULL DEFAULT 'open',
    kind text
);
