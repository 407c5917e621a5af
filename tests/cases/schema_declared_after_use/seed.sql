INSERT INTO items (id, name) VALUES (1, 'pen'), (2, 'ink');
