CREATE TYPE money_amount AS (currency char(3), amount numeric(12, 2), note text);
CREATE TABLE payments (
    id integer PRIMARY KEY,
    total money_amount,
    parts money_amount[]
);
