INSERT INTO events (id, kind) VALUES (1, 'click'), (2, 'click'), (3, 'view');
