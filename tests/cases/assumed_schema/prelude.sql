-- Provisioned outside the schema files (by the DBA, an extension, another tool).
CREATE SCHEMA ext;
