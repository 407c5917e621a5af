CREATE TABLE base (
    id integer NOT NULL,
    created_at timestamp DEFAULT now(),
    owner text DEFAULT 'nobody',
    CONSTRAINT base_id_positive CHECK (id > 0),
    CONSTRAINT base_id_capped CHECK (id < 1000000),
    CONSTRAINT base_local_only CHECK (id <> 13) NO INHERIT
);

CREATE TABLE cat (
    id integer NOT NULL,
    name text,
    PRIMARY KEY (id)
) INHERITS (base);

CREATE TABLE dog (breed text) INHERITS (base);

CREATE TABLE bird (wings integer) INHERITS (base);

-- Leaves base: NO INHERIT keeps the columns and the CHECK as its own.
CREATE TABLE fish (
    id integer NOT NULL,
    created_at timestamp DEFAULT now(),
    fins integer,
    CONSTRAINT base_id_positive CHECK (id > 0)
);

-- A child's own default and NOT NULL on columns it inherits.
ALTER TABLE dog ALTER COLUMN owner SET DEFAULT 'dog owner';

CREATE TABLE snake (length integer) INHERITS (base);
ALTER TABLE snake ALTER COLUMN created_at SET NOT NULL;
