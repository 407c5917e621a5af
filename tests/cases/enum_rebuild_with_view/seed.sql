INSERT INTO orders (id, state) VALUES (1, 'new'), (2, 'paid'), (3, 'shipped');
