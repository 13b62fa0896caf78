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
    pages INTEGER, pages_failed INTEGER, claims INTEGER, tables INTEGER, checks INTEGER, flags INTEGER);

-- The clean dataset: claims with provenance and check status. Review overrides join in here (issue 7).
CREATE OR REPLACE VIEW dataset AS
SELECT c.*, d.path AS document_path, d.stored_path, r.code_version,
       CASE WHEN EXISTS (SELECT 1 FROM flags f WHERE f.doc_id = c.doc_id AND f.status = 'open'
                           AND list_contains(string_split(f.claim_ids, '|'), c.claim_id)) THEN 'flagged-open'
            WHEN EXISTS (SELECT 1 FROM checks k WHERE k.doc_id = c.doc_id AND k.outcome = 'pass'
                           AND k.rule <> 'unit_plausibility'
                           AND list_contains(string_split(k.claim_ids, '|'), c.claim_id)) THEN 'verified'
            ELSE 'unchecked' END AS check_status
FROM claims c JOIN documents d USING (doc_id) LEFT JOIN runs r ON r.run_id = c.run_id AND r.doc_id = c.doc_id;
