CREATE TYPE ticket_state AS ENUM ('open', 'closed');
CREATE DOMAIN ticket_kind AS text CHECK (VALUE IN ('bug', 'feature'));
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'open',
    kind ticket_kind
);
