CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'delivered');
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'placed',
    history order_status[]
);
