CREATE TABLE contacts (
    id serial PRIMARY KEY,
    name text NOT NULL,
    phone text,
    city text
);
