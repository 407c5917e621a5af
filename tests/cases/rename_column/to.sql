CREATE TABLE users (
    id bigint PRIMARY KEY,
    user_name text NOT NULL UNIQUE, -- @renamed from=username
    age integer
);
