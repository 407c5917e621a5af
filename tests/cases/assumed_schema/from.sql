-- Declares the schema without owning its creation: IF NOT EXISTS.
CREATE SCHEMA IF NOT EXISTS ext;

CREATE TABLE ext.items (
    id integer,
    code text,
    qty integer,
    CONSTRAINT items_qty_check CHECK (qty >= 0)
);

CREATE INDEX items_code_idx ON ext.items (code);
