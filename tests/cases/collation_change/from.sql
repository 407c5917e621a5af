CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION old_posix FROM "POSIX";

CREATE TABLE people (
    id integer PRIMARY KEY,
    name text COLLATE ci NOT NULL,
    code text COLLATE old_posix,
    tag varchar(20)
);
CREATE INDEX people_name ON people (name);
COMMENT ON COLLATION ci IS 'ignores case';
COMMENT ON COLLATION old_posix IS 'byte order';
