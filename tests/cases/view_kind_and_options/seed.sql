INSERT INTO items (id, label) VALUES (1, 'pen'), (2, 'a rather long label');
