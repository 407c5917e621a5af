CREATE SCHEMA billing;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION posix_copy FROM "POSIX";

CREATE TYPE billing.invoice_state AS ENUM ('draft', 'sent', 'paid');
CREATE TYPE money_amount AS (currency char(3), cents bigint);

CREATE FUNCTION is_positive(value numeric) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN value > 0;

CREATE DOMAIN positive_numeric AS numeric CONSTRAINT positive_numeric_check CHECK (is_positive(VALUE));
CREATE DOMAIN email AS citext NOT NULL CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');

CREATE TABLE customers (
    id integer PRIMARY KEY,
    mail email,
    name text COLLATE case_insensitive NOT NULL,
    code text COLLATE posix_copy,
    updated_at timestamp with time zone
);

CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    state billing.invoice_state NOT NULL DEFAULT 'draft',
    total positive_numeric NOT NULL,
    amount money_amount
);
CREATE INDEX invoices_open ON billing.invoices (customer_id) WHERE state <> 'paid';

CREATE TABLE invoice_log (invoice_id integer, state billing.invoice_state, logged_at timestamp with time zone DEFAULT now());

CREATE VIEW open_invoices WITH (security_barrier = true) AS
    SELECT i.id, i.customer_id, i.state, i.total FROM billing.invoices i WHERE i.state <> 'paid';
CREATE VIEW customer_balance AS
    SELECT c.id, c.name, sum(o.total) AS open_total FROM customers c JOIN open_invoices o ON o.customer_id = c.id GROUP BY c.id, c.name;
CREATE MATERIALIZED VIEW invoice_totals AS
    SELECT state, count(*) AS n FROM billing.invoices GROUP BY state
    WITH NO DATA;
CREATE UNIQUE INDEX invoice_totals_state ON invoice_totals (state);

CREATE FUNCTION open_total(customer integer) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(total), 0) FROM open_invoices WHERE customer_id = customer $$;

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$body$;

CREATE FUNCTION log_states() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO invoice_log (invoice_id, state) SELECT id, state FROM changed;
    RETURN NULL;
END;
$$;

CREATE FUNCTION open_invoice_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO billing.invoices (id, customer_id, total) VALUES (NEW.id, NEW.customer_id, NEW.total);
    RETURN NEW;
END;
$$;

CREATE PROCEDURE mark_paid(invoice integer)
    LANGUAGE sql
    BEGIN ATOMIC
        UPDATE billing.invoices SET state = 'paid' WHERE id = invoice;
    END;

CREATE TRIGGER customers_touch BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER invoices_log AFTER UPDATE ON billing.invoices REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION log_states();
CREATE CONSTRAINT TRIGGER invoices_check AFTER INSERT ON billing.invoices DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE billing.invoices DISABLE TRIGGER invoices_check;
CREATE TRIGGER open_invoices_insert INSTEAD OF INSERT ON open_invoices FOR EACH ROW EXECUTE FUNCTION open_invoice_insert();

ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_read ON billing.invoices FOR SELECT USING (true);
CREATE POLICY invoices_not_paid ON billing.invoices AS RESTRICTIVE FOR UPDATE USING (state <> 'paid') WITH CHECK (total > 0);

COMMENT ON SCHEMA billing IS 'money';
COMMENT ON EXTENSION citext IS 'case-insensitive text';
COMMENT ON TYPE billing.invoice_state IS 'lifecycle';
COMMENT ON TYPE money_amount IS 'amount in a currency';
COMMENT ON DOMAIN email IS 'an address';
COMMENT ON CONSTRAINT email_has_at ON DOMAIN email IS 'needs an at sign';
COMMENT ON TABLE customers IS 'people';
COMMENT ON COLUMN customers.name IS 'display name';
COMMENT ON INDEX billing.invoices_open IS 'unpaid invoices';
COMMENT ON VIEW open_invoices IS 'not yet paid';
COMMENT ON MATERIALIZED VIEW invoice_totals IS 'per state';
COMMENT ON FUNCTION open_total(integer) IS 'sum of open invoices';
COMMENT ON PROCEDURE mark_paid(integer) IS 'settles an invoice';
COMMENT ON TRIGGER customers_touch ON customers IS 'keeps updated_at';
COMMENT ON TRIGGER open_invoices_insert ON open_invoices IS 'insert through the view';
COMMENT ON COLLATION case_insensitive IS 'case-insensitive names';
COMMENT ON POLICY invoices_read ON billing.invoices IS 'everyone reads';

CREATE TABLE kept_notes (id integer PRIMARY KEY, body text NOT NULL);
