CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    total numeric NOT NULL,
    updated_at timestamp with time zone
);

CREATE TABLE order_audit (order_id integer, changed_at timestamp with time zone);

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END;
$$;

CREATE FUNCTION audit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_audit VALUES (NEW.id, now());
    RETURN NULL;
END;
$$;

CREATE TRIGGER orders_touch BEFORE UPDATE OF status, total ON orders
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION touch();
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_order('insert', 42);
CREATE CONSTRAINT TRIGGER orders_check AFTER INSERT ON orders DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_order();
ALTER TABLE orders DISABLE TRIGGER orders_audit;
COMMENT ON TRIGGER orders_touch ON orders IS 'keeps updated_at';
