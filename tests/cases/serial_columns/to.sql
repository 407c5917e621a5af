CREATE TABLE items (
    id serial PRIMARY KEY,
    name text NOT NULL,
    position bigserial
);

CREATE TABLE tags (
    id smallserial PRIMARY KEY,
    label text NOT NULL UNIQUE
);
