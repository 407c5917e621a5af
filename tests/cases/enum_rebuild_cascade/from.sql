CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'teal');
CREATE DOMAIN warm_color AS color DEFAULT 'red' CHECK (VALUE <> 'blue');
CREATE TYPE swatch AS (c color, w warm_color, n text);
CREATE TABLE paints (id int PRIMARY KEY, c color, w warm_color DEFAULT 'green', s swatch, cs color[]);
COMMENT ON DOMAIN warm_color IS 'not blue';
