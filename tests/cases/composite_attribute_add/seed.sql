-- A stored composite value gains the new attribute (its text form changes), so rows keep it NULL.
INSERT INTO customers (id, home) VALUES
    (1, NULL),
    (2, NULL);
