-- Not stored in any column: attributes change in place.
CREATE TYPE dimensions AS (width integer, height integer, unit varchar(4), legacy text);

CREATE TABLE boxes (id integer PRIMARY KEY, label text NOT NULL);

CREATE FUNCTION area(d dimensions) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (d).width::bigint * (d).height $$;
