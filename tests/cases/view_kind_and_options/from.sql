CREATE TABLE items (
    id integer PRIMARY KEY,
    label text NOT NULL
);

CREATE TABLE data (
    id integer PRIMARY KEY,
    payload text
);

CREATE VIEW short_items AS
SELECT id, label FROM items WHERE length(label) < 10
WITH LOCAL CHECK OPTION;

CREATE VIEW constants AS SELECT 1 AS one;

CREATE VIEW data_ids AS SELECT id FROM data;

COMMENT ON COLUMN short_items.label IS 'short label';
