CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    name text NOT NULL,
    price numeric(10, 2) NOT NULL CHECK (price >= 0),
    category text,
    CONSTRAINT products_sku_format CHECK (sku LIKE 'SKU-%' AND length(sku) <= 20)
);
