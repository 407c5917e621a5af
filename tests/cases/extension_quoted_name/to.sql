-- The name needs quoting; the default uses one of its functions, so the extension comes first.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE tokens (
    id integer PRIMARY KEY,
    owner citext NOT NULL,
    token uuid NOT NULL DEFAULT uuid_generate_v4()
);
COMMENT ON EXTENSION "uuid-ossp" IS 'uuid generators';
