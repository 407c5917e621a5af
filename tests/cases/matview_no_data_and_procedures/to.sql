CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamp with time zone NOT NULL DEFAULT now());
CREATE TABLE event_log (kind text, n bigint);

-- Not populated until refreshed.
CREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind WITH NO DATA;
CREATE UNIQUE INDEX event_counts_kind ON event_counts (kind);

CREATE PROCEDURE purge(older_than interval) LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    DELETE FROM events WHERE at < now() - older_than;
END;
$$;
CREATE PROCEDURE purge_all() LANGUAGE sql BEGIN ATOMIC DELETE FROM events; END;
COMMENT ON PROCEDURE purge(interval) IS 'drops old events';

CREATE FUNCTION log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_log SELECT kind, count(*) FROM inserted GROUP BY kind;
    RETURN NULL;
END;
$$;
CREATE TRIGGER events_log AFTER UPDATE ON events REFERENCING OLD TABLE AS before_rows NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION log_inserted();
ALTER TABLE events DISABLE TRIGGER events_log;
