CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer text NOT NULL,
    amount numeric(10,2) NOT NULL
);

CREATE VIEW big_orders AS
SELECT id, customer, amount FROM orders WHERE amount > 100;

CREATE VIEW order_summary AS
SELECT customer, sum(amount) AS total FROM orders GROUP BY customer;

COMMENT ON VIEW big_orders IS 'orders above 100';
