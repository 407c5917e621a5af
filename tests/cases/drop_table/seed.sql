INSERT INTO users (email) VALUES
    ('ada@example.com'),
    ('grace@example.com'),
    ('linus@example.com');
INSERT INTO audit_log (user_id, action, at) VALUES
    (1, 'login', '2024-03-01 08:00:00'),
    (2, 'logout', '2024-03-01 09:00:00'),
    (NULL, 'cleanup', '2024-03-02 00:00:00');
