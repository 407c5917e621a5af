INSERT INTO accounts (id, balance, owner) VALUES (1, 10, 'ada'), (2, 5000, 'grace');
