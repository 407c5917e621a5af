CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    name text NOT NULL,
    price numeric(10, 2) NOT NULL,
    category text
);

CREATE INDEX products_category_idx ON products (category);
CREATE UNIQUE INDEX products_sku_key_idx ON products (sku);
CREATE INDEX products_name_price_idx ON products (name, price DESC);
