CREATE TABLE departments (
    dept_id int PRIMARY KEY,
    name varchar(100)
);

CREATE TABLE employees (
    emp_id int PRIMARY KEY,
    dept_id int,
    name varchar(100)
);

CREATE TABLE orders (
    id int PRIMARY KEY,
    user_id int
);
