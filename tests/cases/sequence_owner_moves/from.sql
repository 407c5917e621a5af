CREATE SEQUENCE "foobar sequence" AS bigint INCREMENT BY 2 MINVALUE 5 MAXVALUE 100 START WITH 10 CACHE 5 CYCLE;

CREATE TABLE "some foobar" (
    "some id" bigint DEFAULT nextval('"foobar sequence"'),
    name text
);

ALTER SEQUENCE "foobar sequence" OWNED BY "some foobar"."some id";
