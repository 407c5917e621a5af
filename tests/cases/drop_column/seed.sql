INSERT INTO users (email, legacy_code, flags) VALUES
    ('ada@example.com', 'AB12CD34', 1),
    ('grace@example.com', NULL, 0),
    ('linus@example.com', 'ZZ000001', 7);
