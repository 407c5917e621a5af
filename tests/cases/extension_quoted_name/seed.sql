INSERT INTO tokens (id, owner) VALUES (1, 'Ann'), (2, 'bob');
