-- A script once released is never edited: every existing database must reach the same schema.
-- A new column or table is a new script at the end.

CREATE TABLE runs (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  started BIGINT NOT NULL,
  finished BIGINT,
  status VARCHAR(16) NOT NULL,
  resumed BOOLEAN DEFAULT FALSE NOT NULL);

CREATE TABLE run_sources (
  run_id BIGINT NOT NULL,
  source VARCHAR(200) NOT NULL,
  started BIGINT NOT NULL,
  discovered BOOLEAN DEFAULT FALSE NOT NULL,
  PRIMARY KEY (run_id, source));

CREATE TABLE frontier (
  run_id BIGINT NOT NULL,
  url VARCHAR(4096) NOT NULL,
  raw_url VARCHAR(4096) NOT NULL,
  source VARCHAR(200) NOT NULL,
  depth INT NOT NULL,
  state VARCHAR(8) NOT NULL,
  outcome VARCHAR(16),
  reason VARCHAR(2000),
  aliases INT DEFAULT 0 NOT NULL,
  requests INT DEFAULT 0 NOT NULL,
  body_bytes BIGINT DEFAULT 0 NOT NULL,
  done_at BIGINT,
  PRIMARY KEY (run_id, url));

CREATE INDEX frontier_state ON frontier (run_id, state);

CREATE TABLE run_problems (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id BIGINT NOT NULL,
  source VARCHAR(200) NOT NULL,
  url VARCHAR(4096) NOT NULL,
  reason VARCHAR(2000) NOT NULL);

CREATE TABLE pages (
  url VARCHAR(4096) PRIMARY KEY,
  etag VARCHAR(1000),
  last_modified VARCHAR(200),
  content_hash VARCHAR(64),
  doc_id VARCHAR(128),
  warc VARCHAR(400),
  status INT,
  error VARCHAR(2000),
  fetched_at BIGINT,
  fetches INT DEFAULT 0 NOT NULL,
  stored_text CLOB);

CREATE TABLE fetch_log (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id BIGINT NOT NULL,
  url VARCHAR(4096) NOT NULL,
  status INT,
  attempts INT NOT NULL,
  body_bytes BIGINT NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  reason VARCHAR(2000),
  at BIGINT NOT NULL);

CREATE INDEX fetch_log_run ON fetch_log (run_id);
