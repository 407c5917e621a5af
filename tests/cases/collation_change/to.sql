-- ci changes definition (accent- and case-insensitive now); old_posix is replaced by a libc collation.
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE COLLATION c_copy (provider = libc, locale = 'C');

CREATE TABLE people (
    id integer PRIMARY KEY,
    name text COLLATE ci NOT NULL,
    code text COLLATE c_copy,
    tag varchar(20)
);
CREATE INDEX people_name ON people (name);
CREATE INDEX people_tag ON people (tag COLLATE c_copy);
COMMENT ON COLLATION ci IS 'ignores case';
COMMENT ON COLLATION c_copy IS 'byte order';
