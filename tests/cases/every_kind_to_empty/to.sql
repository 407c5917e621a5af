-- Every other object kind is absent; one table is kept so that the seed rows prove the migration keeps data.
CREATE TABLE kept_notes (id integer PRIMARY KEY, body text NOT NULL);
