INSERT INTO items (id, price, code) VALUES (1, 10.5, 'a'), (2, 3, 'b');
