-- Databases made before Flyway kept their schema version in schema_version; Flyway took them over
-- at that version (see CrawlSchema), and its own history is the one kept from here on.
DROP TABLE IF EXISTS schema_version;
