-- Migration: Add Users Index
-- Created: 2024-02-03 09:15:00
-- Description: Index users by creation time

BEGIN;

-- UP: Create index
CREATE INDEX IF NOT EXISTS idx_users_created_at ON users(created_at);

COMMIT;

-- DOWN: Rollback changes
BEGIN;

-- DOWN: Remove index
DROP INDEX IF EXISTS idx_users_created_at;

COMMIT;
