CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL);

CREATE FUNCTION with_tax(price numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT price * 1.2 $$;

CREATE VIEW priced AS SELECT id, name, with_tax(price) AS gross FROM items;
CREATE VIEW cheap AS SELECT id, name FROM priced WHERE gross < 10;

-- A SQL body is checked when created: the view it reads must exist first.
CREATE FUNCTION cheap_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM cheap $$;
CREATE FUNCTION cheap_names() RETURNS SETOF text LANGUAGE sql STABLE BEGIN ATOMIC SELECT name FROM cheap; END;
CREATE FUNCTION all_priced() RETURNS SETOF priced LANGUAGE sql STABLE AS $$ SELECT * FROM priced $$;
COMMENT ON FUNCTION all_priced() IS 'rows of the priced view';
