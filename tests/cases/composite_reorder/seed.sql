-- Reordering keeps each attribute's value; the dropped attribute's values are lost, so rows hold NULL.
INSERT INTO payments (id, total, parts) VALUES (1, NULL, NULL), (2, NULL, '{}');
