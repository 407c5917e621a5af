CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);

CREATE FUNCTION balance_of(account integer) RETURNS numeric
    LANGUAGE sql STABLE AS $$ SELECT balance FROM accounts WHERE id = account $$;

CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN a + b;
CREATE FUNCTION add(a text, b text) RETURNS text LANGUAGE sql IMMUTABLE RETURN a || b;

CREATE FUNCTION old_helper() RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;
