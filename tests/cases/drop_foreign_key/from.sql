CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL
);

CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    editor_id integer,
    title text NOT NULL,
    CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id) ON UPDATE CASCADE ON DELETE SET NULL
);
