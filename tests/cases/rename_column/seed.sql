INSERT INTO users (id, username, age) VALUES (1, 'ada', 36), (2, 'grace', 85);
