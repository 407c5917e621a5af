INSERT INTO boxes (id, label) VALUES (1, 'small'), (2, 'large');
