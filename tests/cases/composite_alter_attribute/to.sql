-- Not stored in any column: attributes change in place.
CREATE TYPE dimensions AS (width bigint, height bigint, unit varchar(8), depth bigint);

CREATE TABLE boxes (id integer PRIMARY KEY, label text NOT NULL);

CREATE FUNCTION area(d dimensions) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (d).width * (d).height $$;
COMMENT ON TYPE dimensions IS 'outer size';
