CREATE TYPE address AS (street text, city text);
CREATE TABLE customers (
    id integer PRIMARY KEY,
    home address
);
