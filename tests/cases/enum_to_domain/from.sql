CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE k (id int, v kind);
