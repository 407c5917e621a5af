CREATE TABLE products (
    id integer PRIMARY KEY,
    name varchar(50) NOT NULL,
    price integer NOT NULL
);

CREATE VIEW cheap_products AS
SELECT id, name, price FROM products WHERE price < 10;

CREATE VIEW cheap_names AS
SELECT name FROM cheap_products;

COMMENT ON VIEW cheap_names IS 'names only';
