CREATE FUNCTION price_with_tax(amount numeric, rate numeric DEFAULT 0.25)
  RETURNS numeric
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path TO public
AS $body$
BEGIN
    -- rounded to cents
    RETURN round(amount * (1 + rate), 2);
END;
$body$;

CREATE FUNCTION label(code text) RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(code);

CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric NOT NULL,
    code text NOT NULL DEFAULT label('x'),
    CONSTRAINT price_positive CHECK (price_with_tax(price) > 0)
);

CREATE PROCEDURE reset_items() LANGUAGE sql BEGIN ATOMIC DELETE FROM items WHERE price < 0; END;

CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM items';

COMMENT ON FUNCTION price_with_tax(numeric, numeric) IS 'gross price, rounded';
