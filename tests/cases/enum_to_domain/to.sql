CREATE DOMAIN kind AS text CHECK (VALUE IN ('a', 'b', 'c'));
CREATE TABLE k (id int, v kind);
