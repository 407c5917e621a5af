INSERT INTO departments (dept_id, name) VALUES (1, 'Research'), (2, 'Sales');
INSERT INTO employees (emp_id, dept_id, name) VALUES (10, 1, 'Ada'), (11, 2, 'Grace'), (12, NULL, 'Linus');
INSERT INTO orders (id, user_id) VALUES (100, NULL), (101, NULL);
