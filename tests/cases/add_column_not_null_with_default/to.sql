CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL,
    status text NOT NULL DEFAULT 'active',
    login_count integer NOT NULL DEFAULT 0
);
