INSERT INTO items (id, name, price) VALUES (1, 'pen', 2.50), (2, 'lamp', 40), (3, 'cup', 7);
