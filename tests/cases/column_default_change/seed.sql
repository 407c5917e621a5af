INSERT INTO documents (state, revision, created_at, title) VALUES
    ('draft', 1, '2024-05-01 12:00:00', 'Plan'),
    ('published', 3, NULL, 'Report'),
    ('draft', NULL, '2024-05-03 09:15:00', NULL);
