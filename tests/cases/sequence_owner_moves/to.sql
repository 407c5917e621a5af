CREATE SEQUENCE "foobar sequence" AS bigint INCREMENT BY 2 MINVALUE 5 MAXVALUE 100 START WITH 10 CACHE 5 CYCLE;

-- The column that owned the sequence is gone; the sequence moves to another table first.
CREATE TABLE "some foobar" (
    name text
);

CREATE TABLE "some other foobar" (
    "some id" bigint
);

ALTER SEQUENCE "foobar sequence" OWNED BY "some other foobar"."some id";
