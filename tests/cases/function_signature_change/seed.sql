INSERT INTO accounts (id, balance) VALUES (1, 100), (2, 0);
