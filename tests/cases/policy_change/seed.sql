INSERT INTO documents (id, owner, published) VALUES (1, 'alice', true), (2, 'bob', false);
