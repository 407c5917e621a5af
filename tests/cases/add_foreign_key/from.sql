CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL
);

CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer NOT NULL,
    editor_id integer,
    title text NOT NULL
);
