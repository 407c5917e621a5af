INSERT INTO keep (id, note) VALUES (1, 'stays');
