CREATE TABLE users (
    id bigint PRIMARY KEY,
    username varchar(100) NOT NULL UNIQUE,
    age integer
);
