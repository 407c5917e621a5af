INSERT INTO products (id, sku, name, price, category) VALUES
    (1, 'SKU-001', 'Kettle', 25.00, 'kitchen'),
    (2, 'SKU-002', 'Toaster', 40.50, 'kitchen'),
    (3, 'SKU-003', 'Lamp', 15.99, NULL);
