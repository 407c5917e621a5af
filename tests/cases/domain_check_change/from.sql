CREATE DOMAIN quantity AS integer CHECK (VALUE >= 0);
CREATE DOMAIN email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE TABLE items (
    id integer PRIMARY KEY,
    qty quantity NOT NULL,
    contact email
);
COMMENT ON DOMAIN email IS 'an address';
