CREATE DOMAIN quantity AS integer DEFAULT 0 NOT NULL CHECK (VALUE >= 0) CHECK (VALUE < 1000000);
CREATE DOMAIN email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%');
CREATE TABLE items (
    id integer PRIMARY KEY,
    qty quantity NOT NULL,
    contact email
);
COMMENT ON DOMAIN email IS 'an e-mail address';
COMMENT ON CONSTRAINT email_has_at ON DOMAIN email IS 'needs an at sign';
