INSERT INTO "some foobar" (name) VALUES ('a'), ('b');
