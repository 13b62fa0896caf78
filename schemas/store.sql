-- reportpipe store, schema_version 1. Names are the dataset contract (schemas/README.md).
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, path VARCHAR, stored_path VARCHAR, edition INTEGER, title VARCHAR,
    pages INTEGER, bytes BIGINT, ingested_at VARCHAR, run_id VARCHAR);

CREATE TABLE IF NOT EXISTS pages (
    doc_id VARCHAR, page INTEGER, kind VARCHAR, route VARCHAR, status VARCHAR, error VARCHAR, text VARCHAR,
    seconds DOUBLE, confidence DOUBLE, run_id VARCHAR);

CREATE TABLE IF NOT EXISTS claims (
    claim_id VARCHAR, doc_id VARCHAR, edition INTEGER, page INTEGER, x0 DOUBLE, top DOUBLE, x1 DOUBLE,
    bottom DOUBLE, section VARCHAR, context VARCHAR, subject VARCHAR, raw VARCHAR, value DOUBLE, unit VARCHAR,
    norm_value DOUBLE, norm_exact VARCHAR, decimals INTEGER, base_unit VARCHAR, kind VARCHAR, direction VARCHAR,
    qualifier VARCHAR, period VARCHAR, metric_id VARCHAR, source VARCHAR, confidence DOUBLE, table_id VARCHAR,
    "row" INTEGER, col INTEGER, run_id VARCHAR);

CREATE TABLE IF NOT EXISTS tables (
    doc_id VARCHAR, page INTEGER, table_id VARCHAR, "row" INTEGER, col INTEGER, text VARCHAR, x0 DOUBLE,
    top DOUBLE, x1 DOUBLE, bottom DOUBLE, is_header BOOLEAN, run_id VARCHAR);

CREATE TABLE IF NOT EXISTS checks (
    check_id VARCHAR, doc_id VARCHAR, rule VARCHAR, claim_ids VARCHAR, expected VARCHAR, observed VARCHAR,
    tolerance VARCHAR, outcome VARCHAR, run_id VARCHAR);

CREATE TABLE IF NOT EXISTS flags (
    flag_id VARCHAR, doc_id VARCHAR, rule VARCHAR, severity VARCHAR, message VARCHAR, expected VARCHAR,
    observed VARCHAR, claim_ids VARCHAR, page INTEGER, x0 DOUBLE, top DOUBLE, x1 DOUBLE, bottom DOUBLE,
    status VARCHAR, run_id VARCHAR);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR, flow_run_id VARCHAR, doc_id VARCHAR, path VARCHAR, edition INTEGER, status VARCHAR,
    error VARCHAR, started_at VARCHAR, finished_at VARCHAR, code_version VARCHAR, schema_version INTEGER,
    pages INTEGER, pages_failed INTEGER, claims INTEGER, tables INTEGER, checks INTEGER, flags INTEGER,
    stages VARCHAR);  -- JSON: each stage's cache key and whether this run took it from the cache


-- Review decisions copied from reviews.sqlite (the reviewers' file) by pipeline/publish.py:sync_reviews.
CREATE TABLE IF NOT EXISTS reviews (
    review_id BIGINT, flag_id VARCHAR, claim_id VARCHAR, decision VARCHAR, value VARCHAR, note VARCHAR,
    reviewer VARCHAR, decided_at VARCHAR);

-- Flags with the latest review decision applied.
CREATE OR REPLACE VIEW flag_queue AS
SELECT f.* EXCLUDE (status),
       CASE r.decision WHEN 'accepted' THEN 'accepted' WHEN 'corrected' THEN 'corrected'
                       WHEN 'dismissed' THEN 'dismissed' ELSE 'open' END AS status,
       r.reviewer, r.decided_at, r.note AS review_note
FROM flags f
LEFT JOIN (SELECT * FROM reviews WHERE flag_id <> '' QUALIFY row_number() OVER (PARTITION BY flag_id ORDER BY review_id DESC) = 1) r
  USING (flag_id);

-- Latest decision per claim.
CREATE OR REPLACE VIEW claim_reviews AS
SELECT * FROM reviews WHERE claim_id <> ''
QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY review_id DESC) = 1;

-- Decisions whose flag or claim no longer exists (text changed): reported, never dropped silently.
CREATE OR REPLACE VIEW orphaned_reviews AS
SELECT r.* FROM reviews r
WHERE (r.flag_id <> '' AND r.flag_id NOT IN (SELECT flag_id FROM flags))
   OR (r.claim_id <> '' AND r.claim_id NOT IN (SELECT claim_id FROM claims));

-- The clean dataset: review overrides applied, dismissed claims removed, provenance and check status.
-- Claim decisions: accepted (a person verified it), corrected (value replaced), dismissed (not a claim).
-- Flag decisions (accepted, corrected, dismissed) close the flag in flag_queue.
CREATE OR REPLACE VIEW dataset AS
SELECT c.* REPLACE (
           CASE WHEN cr.decision = 'corrected' AND TRY_CAST(cr.value AS DOUBLE) IS NOT NULL
                THEN TRY_CAST(cr.value AS DOUBLE) ELSE c.value END AS value),
       d.path AS document_path, d.stored_path, r.code_version,
       CASE WHEN cr.decision = 'corrected' THEN 'corrected'
            WHEN EXISTS (SELECT 1 FROM flag_queue f WHERE f.doc_id = c.doc_id AND f.status = 'open'
                           AND list_contains(string_split(f.claim_ids, '|'), c.claim_id)) THEN 'flagged-open'
            WHEN cr.decision = 'accepted' OR EXISTS (
                     SELECT 1 FROM checks k WHERE k.doc_id = c.doc_id AND k.outcome = 'pass'
                       AND k.rule NOT IN ('unit_plausibility', 'ocr_doubt')
                       AND list_contains(string_split(k.claim_ids, '|'), c.claim_id)) THEN 'verified'
            ELSE 'unchecked' END AS check_status
FROM claims c JOIN documents d USING (doc_id)
LEFT JOIN runs r ON r.run_id = c.run_id AND r.doc_id = c.doc_id
LEFT JOIN claim_reviews cr ON cr.claim_id = c.claim_id
WHERE coalesce(cr.decision, '') <> 'dismissed';
