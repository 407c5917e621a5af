CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);

CREATE FUNCTION balance_of(account integer) RETURNS TABLE (id integer, balance numeric)
    LANGUAGE sql STABLE AS $$ SELECT id, balance FROM accounts WHERE id = account $$;

CREATE FUNCTION add(a integer, b integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN a + b;
CREATE FUNCTION add(a text, b text) RETURNS text LANGUAGE sql IMMUTABLE RETURN b || a;
CREATE FUNCTION add(a integer, b integer, c integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN a + b + c;
