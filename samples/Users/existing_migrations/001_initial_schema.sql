-- Migration: Initial Schema
-- Created: 2024-01-15 10:30:00
-- Description: Create users table

BEGIN;

-- UP
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) UNIQUE NOT NULL,
    created_at TIMESTAMP DEFAULT NOW()
);

COMMIT;

-- DOWN
BEGIN;

DROP TABLE users;

COMMIT;
