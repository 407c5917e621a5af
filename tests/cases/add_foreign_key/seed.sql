INSERT INTO users (email) VALUES
    ('ada@example.com'),
    ('grace@example.com'),
    ('linus@example.com');
INSERT INTO posts (author_id, editor_id, title) VALUES
    (1, 2, 'Notes on the Analytical Engine'),
    (2, NULL, 'Compilers'),
    (3, 1, 'Kernels');
