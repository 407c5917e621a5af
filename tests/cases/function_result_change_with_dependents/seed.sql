INSERT INTO measures (id, amount) VALUES (1, 5), (2, 7);
