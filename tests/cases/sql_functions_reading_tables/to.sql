CREATE TABLE counters (id integer PRIMARY KEY, n integer NOT NULL, label text);

CREATE FUNCTION counter_total() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT sum(n) FROM counters';

CREATE TABLE snapshots (id integer PRIMARY KEY, total bigint DEFAULT counter_total());

CREATE TABLE logs (id integer PRIMARY KEY, message text);

CREATE FUNCTION log_count() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM logs; END;

CREATE FUNCTION labelled() RETURNS SETOF counters LANGUAGE sql STABLE AS $$ SELECT * FROM counters WHERE label IS NOT NULL $$;

CREATE FUNCTION recent_logs(n integer) RETURNS SETOF logs LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY SELECT * FROM logs ORDER BY id DESC LIMIT n;
END;
$$;
