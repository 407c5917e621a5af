CREATE TYPE money_amount AS (amount numeric(14, 2), currency char(3));
CREATE TABLE payments (
    id integer PRIMARY KEY,
    total money_amount,
    parts money_amount[]
);
