INSERT INTO events (id, kind, at) VALUES (1, 'login', '2026-01-01'), (2, 'login', '2026-02-01'), (3, 'logout', '2026-02-02');
