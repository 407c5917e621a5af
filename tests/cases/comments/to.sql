CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL
);

COMMENT ON TABLE users IS 'Registered people';
COMMENT ON COLUMN users.email IS 'Login address, unique per person';
COMMENT ON COLUMN users.id IS 'Surrogate key';
