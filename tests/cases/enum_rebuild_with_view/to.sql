CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new'
);
CREATE VIEW open_orders AS SELECT id, state FROM orders WHERE state <> 'shipped';
