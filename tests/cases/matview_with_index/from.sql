CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount integer NOT NULL
);

CREATE MATERIALIZED VIEW region_totals AS
SELECT region, sum(amount) AS total FROM sales GROUP BY region;

CREATE UNIQUE INDEX region_totals_region ON region_totals (region);

CREATE MATERIALIZED VIEW empty_totals AS
SELECT region FROM sales
WITH NO DATA;
