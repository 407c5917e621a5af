CREATE TABLE items (
    id integer PRIMARY KEY,
    label text NOT NULL
);

CREATE TABLE raw_data (
    id integer PRIMARY KEY,
    payload text
);

-- Same query, other options: ALTER VIEW ... SET.
CREATE VIEW short_items WITH (security_barrier = true) AS
SELECT id, label FROM items WHERE length(label) < 10
WITH CASCADED CHECK OPTION;

-- A view becomes a materialized view.
CREATE MATERIALIZED VIEW constants AS SELECT 1 AS one;

-- A table is replaced by a view of the same name.
CREATE VIEW data AS SELECT id, payload FROM raw_data;

CREATE VIEW data_ids AS SELECT id FROM data;

COMMENT ON COLUMN short_items.label IS 'short label';
