-- Both sequences end below the MINVALUE of the target version.
INSERT INTO voltages (label) VALUES ('low'), ('lower'), ('lowest');
INSERT INTO tickets (title) VALUES ('first'), ('second');
