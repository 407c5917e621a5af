CREATE FUNCTION base_value(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN x::bigint * 2;

CREATE FUNCTION derived_value(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN base_value(x) + 1;

CREATE TABLE measures (
    id integer PRIMARY KEY,
    amount integer NOT NULL DEFAULT base_value(1),
    CONSTRAINT amount_in_range CHECK (derived_value(amount) < 1000000)
);

CREATE INDEX measures_base_idx ON measures (base_value(amount));
