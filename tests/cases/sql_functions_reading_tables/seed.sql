INSERT INTO counters (id, n) VALUES (1, 3), (2, 4);
