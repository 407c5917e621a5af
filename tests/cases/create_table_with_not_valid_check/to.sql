CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

-- A new table with a check left unvalidated (as a database adopted by schemagen init may have it):
-- NOT VALID holds only when added by ALTER TABLE; in CREATE TABLE PostgreSQL validates it at once.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    total numeric(10, 2) NOT NULL,
    discount numeric(10, 2) NOT NULL DEFAULT 0,
    CONSTRAINT orders_discount_check CHECK (discount >= 0) NOT VALID
);

ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
