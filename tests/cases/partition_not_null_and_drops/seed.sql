INSERT INTO events (id, kind, note) VALUES (1, 'a', 'first'), (2, 'a', NULL), (3, 'b', 'third');
