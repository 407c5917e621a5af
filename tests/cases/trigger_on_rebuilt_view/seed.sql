INSERT INTO latest (sensor, value) VALUES ('a', 1), ('b', 2);
