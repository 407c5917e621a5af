INSERT INTO orders (id, status, history) VALUES
    (1, 'placed', '{placed}'),
    (2, 'shipped', '{placed,shipped}'),
    (3, DEFAULT, NULL);
