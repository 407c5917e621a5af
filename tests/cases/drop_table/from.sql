CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL
);

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    user_id integer REFERENCES users (id) ON DELETE SET NULL,
    action text NOT NULL CHECK (action <> ''),
    at timestamp NOT NULL DEFAULT now()
);
