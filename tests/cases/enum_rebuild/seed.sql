INSERT INTO shop.people (id, mood, moods) VALUES
    (1, 'sad', '{sad,ok}'),
    (2, 'happy', '{}'),
    (3, NULL, '{happy}'),
    (4, DEFAULT, DEFAULT);
