INSERT INTO base (id, legacy) VALUES (1, 'one'), (2, NULL);
INSERT INTO cat (id, name, legacy) VALUES (10, 'tom', 'x'), (11, 'felix', NULL);
INSERT INTO dog (id, breed, old_flag) VALUES (20, 'beagle', true);
INSERT INTO fish (id, fins, legacy) VALUES (30, 4, 'gills');
INSERT INTO gone_child (id, note) VALUES (40, 'bye');
