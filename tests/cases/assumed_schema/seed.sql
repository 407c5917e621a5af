INSERT INTO ext.items (id, code, qty) VALUES (1, 'a', 3), (2, 'b', 0), (3, NULL, 7);
