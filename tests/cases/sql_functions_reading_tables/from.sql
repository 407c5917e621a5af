CREATE TABLE counters (id integer PRIMARY KEY, n integer NOT NULL);
