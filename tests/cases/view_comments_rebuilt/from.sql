CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance integer NOT NULL,
    owner text
);

CREATE MATERIALIZED VIEW balances AS SELECT id, balance FROM accounts;
CREATE INDEX balances_balance_idx ON balances (balance);
COMMENT ON INDEX balances_balance_idx IS 'for range scans';
COMMENT ON COLUMN balances.balance IS 'cached balance';

CREATE VIEW rich AS SELECT id FROM balances WHERE balance > 1000;
COMMENT ON VIEW rich IS 'over a thousand';
COMMENT ON COLUMN rich.id IS 'account id';

CREATE VIEW owners AS SELECT owner FROM accounts;
