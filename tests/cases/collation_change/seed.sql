INSERT INTO people (id, name, code, tag) VALUES (1, 'Élise', 'B', 'x'), (2, 'bob', 'a', NULL), (3, 'ÉLISE', NULL, 'y');
