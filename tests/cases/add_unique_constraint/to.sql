CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    name text NOT NULL,
    price numeric(10, 2) NOT NULL,
    category text,
    CONSTRAINT products_name_category_key UNIQUE (name, category)
);
