CREATE FUNCTION price_with_tax(amount numeric, rate numeric DEFAULT 0.2)
  RETURNS numeric
  LANGUAGE plpgsql IMMUTABLE
AS $body$
BEGIN
    RETURN amount * (1 + rate);
END;
$body$;

CREATE FUNCTION label(code text) RETURNS text LANGUAGE sql STABLE RETURN upper(code);

CREATE TABLE items (
    id integer PRIMARY KEY,
    price numeric NOT NULL,
    code text NOT NULL DEFAULT label('x'),
    CONSTRAINT price_positive CHECK (price_with_tax(price) > 0)
);

CREATE PROCEDURE reset_items() LANGUAGE sql AS $$ DELETE FROM items WHERE price < 0 $$;

COMMENT ON FUNCTION price_with_tax(numeric, numeric) IS 'gross price';
