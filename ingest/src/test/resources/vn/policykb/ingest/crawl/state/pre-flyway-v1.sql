-- A crawl state database as it was made before Flyway: the hand-made schema_version table and
-- step 1, statement for statement, with a run that was under way when its process was killed.
CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL, applied BIGINT NOT NULL);
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

INSERT INTO schema_version VALUES (1, 'runs, frontier, pages, fetch history', 1767225600000);

INSERT INTO runs (started, finished, status) VALUES (1767225600000, 1767225660000, 'completed');
INSERT INTO runs (started, status) VALUES (1767312000000, 'running');
INSERT INTO run_sources (run_id, source, started, discovered) VALUES (2, 'news', 1767312000000, TRUE);
INSERT INTO frontier (run_id, url, raw_url, source, depth, state, outcome, reason, requests, body_bytes, done_at)
  VALUES (2, 'https://news.example/a.html', 'https://news.example/a.html', 'news', 1, 'done', 'new', NULL, 1, 5000,
    1767312010000);
INSERT INTO frontier (run_id, url, raw_url, source, depth, state)
  VALUES (2, 'https://news.example/b.html', 'https://news.example/b.html?utm_source=feed', 'news', 1, 'queued');
INSERT INTO pages (url, etag, last_modified, content_hash, doc_id, warc, status, fetched_at, fetches)
  VALUES ('https://news.example/a.html', '"abc"', 'Thu, 01 Jan 2026 00:00:00 GMT', 'hash-a', 'doc-a',
    'crawl-1.warc.gz@0', 200, 1767312010000, 1);
INSERT INTO fetch_log (run_id, url, status, attempts, body_bytes, outcome, at)
  VALUES (2, 'https://news.example/a.html', 200, 1, 5000, 'new', 1767312010000);
