INSERT INTO tickets (id, state, kind) VALUES
    (1, 'open', 'bug'),
    (2, 'closed', 'feature'),
    (3, DEFAULT, NULL);
