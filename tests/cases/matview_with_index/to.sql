CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount bigint NOT NULL
);

CREATE MATERIALIZED VIEW region_totals AS
SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;

CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
CREATE INDEX region_totals_total ON region_totals (total);

COMMENT ON MATERIALIZED VIEW region_totals IS 'per region';

CREATE MATERIALIZED VIEW empty_totals AS
SELECT region FROM sales
WITH NO DATA;
