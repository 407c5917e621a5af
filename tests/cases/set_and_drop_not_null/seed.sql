INSERT INTO contacts (name, phone, city) VALUES
    ('Ada', '+44 1234', 'London'),
    ('Grace', '+1 5678', NULL),
    ('Linus', '+358 9', 'Helsinki');
