CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamp with time zone NOT NULL DEFAULT now());
CREATE TABLE event_log (kind text, n bigint);

CREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE UNIQUE INDEX event_counts_kind ON event_counts (kind);

CREATE PROCEDURE purge(older_than interval) LANGUAGE sql AS $$ DELETE FROM events WHERE at < now() - older_than $$;

CREATE FUNCTION log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_log SELECT kind, count(*) FROM inserted GROUP BY kind;
    RETURN NULL;
END;
$$;
CREATE TRIGGER events_log AFTER INSERT ON events REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION log_inserted();
