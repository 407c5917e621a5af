-- ext is used but never created here: assumed to exist (SG0010), never created or dropped.
CREATE TYPE ext.lang AS ENUM ('ja', 'en');

CREATE TABLE ext.items (
    id integer,
    code text,
    qty integer,
    requires_consent boolean NOT NULL DEFAULT true,
    lang ext.lang,
    CONSTRAINT items_code_key UNIQUE (code),
    CONSTRAINT items_qty_check CHECK (qty >= 1 OR qty = 0)
);

CREATE INDEX items_code_lower_idx ON ext.items (lower(code));

COMMENT ON TABLE ext.items IS 'items table';
COMMENT ON COLUMN ext.items.id IS 'item id';
