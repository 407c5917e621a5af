CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL,
    display_name varchar(100) NOT NULL,
    score numeric(10, 2) NOT NULL
);
