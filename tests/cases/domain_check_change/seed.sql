INSERT INTO items (id, qty, contact) VALUES
    (1, 5, 'a@example.com'),
    (2, 0, NULL),
    (3, 999, 'b@example.org');
