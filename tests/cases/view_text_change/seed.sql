INSERT INTO orders (customer, amount) VALUES ('ada', 50), ('ada', 600), ('grace', 150);
