INSERT INTO customers (id, mail, name, code) VALUES (1, 'Ann@Example.com', 'Ann', 'a'), (2, 'bob@example.com', 'Bob', 'b');
INSERT INTO open_invoices (id, customer_id, total) VALUES (10, 1, 12.50);
INSERT INTO billing.invoices (id, customer_id, state, total, amount) VALUES (11, 2, 'sent', 99, ('EUR', 9900));
UPDATE billing.invoices SET state = 'sent' WHERE id = 10;
INSERT INTO kept_notes (id, body) VALUES (1, 'first'), (2, 'second');
