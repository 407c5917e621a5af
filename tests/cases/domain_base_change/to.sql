CREATE DOMAIN amount AS bigint DEFAULT 0 CHECK (VALUE >= 0);
CREATE TABLE acct (id int PRIMARY KEY, bal amount DEFAULT 5, hist amount[]);
COMMENT ON DOMAIN amount IS 'money';
