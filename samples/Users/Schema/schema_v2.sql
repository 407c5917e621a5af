-- Updated user table schema
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) UNIQUE NOT NULL,
    -- schemagen:allow SG1003 existing users get an empty name until they set one
    name VARCHAR(255) NOT NULL,
    created_at TIMESTAMP DEFAULT NOW(),
    updated_at TIMESTAMP DEFAULT NOW()
);

-- New index for email lookups
CREATE INDEX idx_users_email ON users(email);
