CREATE TABLE tokens (id integer PRIMARY KEY, owner text NOT NULL);
