CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer text NOT NULL,
    amount numeric(10,2) NOT NULL
);

-- Only the condition changes and a column is appended: CREATE OR REPLACE VIEW.
CREATE VIEW big_orders WITH (security_barrier) AS
SELECT id, customer, amount, amount * 2 AS doubled FROM orders WHERE amount > 500;

-- A column is inserted in the middle: drop and create.
CREATE VIEW order_summary AS
SELECT customer, count(*) AS n, sum(amount) AS total FROM orders GROUP BY customer;

COMMENT ON VIEW big_orders IS 'orders above 500';
COMMENT ON VIEW order_summary IS 'per customer';
