CREATE TABLE base (
    id integer NOT NULL,
    created_at timestamp DEFAULT now(),
    legacy text,
    CONSTRAINT base_id_positive CHECK (id > 0),
    CONSTRAINT base_local_only CHECK (id <> 13) NO INHERIT
);

-- id is both the child's own and inherited; the key stays with the child.
CREATE TABLE cat (
    id integer NOT NULL,
    name text,
    PRIMARY KEY (id)
) INHERITS (base);

CREATE TABLE dog (
    breed text,
    old_flag boolean
) INHERITS (base);

CREATE TABLE bird (wings integer);

CREATE TABLE fish (fins integer) INHERITS (base);

CREATE TABLE gone_child (note text) INHERITS (base);
