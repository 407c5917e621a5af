CREATE TABLE departments (
    dept_id int PRIMARY KEY,
    name varchar(100),
    manager_id int
);

CREATE TABLE employees (
    emp_id int PRIMARY KEY,
    dept_id int,
    name varchar(100),
    CONSTRAINT emp_dept_fk FOREIGN KEY (dept_id) REFERENCES departments (dept_id)
);

ALTER TABLE departments ADD CONSTRAINT dept_manager_fk FOREIGN KEY (manager_id) REFERENCES employees (emp_id);

CREATE TABLE "Users" (
    id int PRIMARY KEY
);

CREATE TABLE reviewers (
    id int NOT NULL
);

CREATE UNIQUE INDEX reviewers_id_idx ON reviewers (id);

CREATE TABLE orders (
    id int PRIMARY KEY,
    user_id int REFERENCES "Users" (id),
    reviewer_id int,
    CONSTRAINT orders_reviewer_fk FOREIGN KEY (reviewer_id) REFERENCES reviewers (id)
);

COMMENT ON CONSTRAINT orders_reviewer_fk ON orders IS 'bound once reviewers exists';
