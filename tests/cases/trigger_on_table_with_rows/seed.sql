INSERT INTO orders (id, status, total, updated_at) VALUES (1, 'new', 10, '2024-01-01 00:00:00+00'), (2, 'paid', 25.5, NULL);
