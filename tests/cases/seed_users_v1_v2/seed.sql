INSERT INTO users (email, created_at) VALUES
    ('ada@example.com', '2024-01-01 10:00:00'),
    ('grace@example.com', '2024-01-02 11:30:00'),
    ('linus@example.com', NULL);
