CREATE TYPE address AS (street text, city text, postcode varchar(10));
CREATE TABLE customers (
    id integer PRIMARY KEY,
    home address
);
COMMENT ON TYPE address IS 'a postal address';
