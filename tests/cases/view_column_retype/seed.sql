INSERT INTO products (id, name, price) VALUES (1, 'pen', 2), (2, 'book', 20);
