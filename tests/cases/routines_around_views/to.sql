CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL, price numeric NOT NULL);

-- The parameter is renamed and retyped: the function is dropped and created again, with the views calling it.
CREATE FUNCTION with_tax(amount numeric, rate numeric DEFAULT 1.2) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * rate $$;

CREATE VIEW priced AS SELECT id, name, with_tax(price) AS gross FROM items;
CREATE VIEW cheap AS SELECT id, name, gross FROM priced WHERE gross < 20;

CREATE FUNCTION cheap_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM cheap $$;
-- Both depend on views rebuilt here (a standard body, a view's row type): dropped before them, created after.
CREATE FUNCTION cheap_names() RETURNS SETOF text LANGUAGE sql STABLE BEGIN ATOMIC SELECT name FROM cheap; END;
CREATE FUNCTION all_priced() RETURNS SETOF priced LANGUAGE sql STABLE AS $$ SELECT * FROM priced $$;
COMMENT ON FUNCTION all_priced() IS 'rows of the priced view';
