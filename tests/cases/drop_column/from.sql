CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL,
    legacy_code char(8),
    flags integer NOT NULL DEFAULT 0
);
