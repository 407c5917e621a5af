CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    total numeric NOT NULL,
    updated_at timestamp with time zone
);

CREATE TABLE order_audit (order_id integer, changed_at timestamp with time zone);

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE FUNCTION audit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO order_audit VALUES (NEW.id, now());
    RETURN NULL;
END;
$$;

CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit_order();
CREATE TRIGGER orders_old AFTER DELETE ON orders FOR EACH STATEMENT EXECUTE PROCEDURE audit_order();
CREATE CONSTRAINT TRIGGER orders_check AFTER INSERT ON orders DEFERRABLE FOR EACH ROW EXECUTE FUNCTION audit_order();
COMMENT ON TRIGGER orders_touch ON orders IS 'keeps updated_at';
