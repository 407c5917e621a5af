CREATE TABLE readings (
    id serial PRIMARY KEY,
    sensor text NOT NULL,
    value bigint NOT NULL
);

-- value is retyped, so the view is rebuilt and its trigger comes back with it.
CREATE VIEW latest AS SELECT id, sensor, value FROM readings;

CREATE FUNCTION latest_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO readings (sensor, value) VALUES (NEW.sensor, NEW.value);
    RETURN NEW;
END;
$$;

CREATE TRIGGER latest_insert INSTEAD OF INSERT ON latest FOR EACH ROW EXECUTE FUNCTION latest_insert();
CREATE TRIGGER latest_update INSTEAD OF UPDATE ON latest FOR EACH ROW EXECUTE FUNCTION latest_insert();
COMMENT ON TRIGGER latest_insert ON latest IS 'writes go to readings';
