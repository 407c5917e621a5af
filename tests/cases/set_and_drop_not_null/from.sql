CREATE TABLE contacts (
    id serial PRIMARY KEY,
    name text,
    phone text NOT NULL,
    city text
);
