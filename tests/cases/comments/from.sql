CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL
);

COMMENT ON COLUMN users.email IS 'login address';
