INSERT INTO paints VALUES (1, 'red', 'green', NULL, '{red,blue}'), (2, NULL, DEFAULT, NULL, NULL);
INSERT INTO paints VALUES (3, 'green', 'red', ROW('green', 'red', 'x'), '{}');
