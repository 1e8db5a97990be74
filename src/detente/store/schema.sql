-- Détente store schema. One row per document, actor-in-document, event, mention, quote and claim.
-- Bump SCHEMA_VERSION in store/__init__.py when this changes.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    title VARCHAR, source VARCHAR, url VARCHAR, authors VARCHAR[], language VARCHAR,
    published DATE, published_source VARCHAR, external_id VARCHAR, input VARCHAR,
    text VARCHAR, ingested_at TIMESTAMP, record JSON
);

CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR, actor_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR,
    kind VARCHAR, mention_count INTEGER, mentions JSON,
    PRIMARY KEY (doc_id, actor_id)
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, doc_id VARCHAR,
    event_type VARCHAR, mode VARCHAR, contexts VARCHAR[], cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    source JSON, target JSON,
    source_actor_ids VARCHAR[], target_actor_ids VARCHAR[], source_countries VARCHAR[], target_countries VARCHAR[],
    factuality VARCHAR, date VARCHAR, date_end VARCHAR, day DATE, day_end DATE,
    date_precision VARCHAR, date_basis VARCHAR, historical BOOLEAN,
    location JSON, confidence DOUBLE, evidence VARCHAR, mention_count INTEGER
);

CREATE TABLE IF NOT EXISTS event_mentions (
    event_id VARCHAR, doc_id VARCHAR, sentence INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR, quote_index INTEGER, speaker_actor_id VARCHAR, speaker_text VARCHAR,
    speaker_description VARCHAR, cue VARCHAR, kind VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER,
    channel JSON,
    PRIMARY KEY (doc_id, quote_index)
);

CREATE TABLE IF NOT EXISTS claims (
    doc_id VARCHAR, claim_index INTEGER, value DOUBLE, value_max DOUBLE, unit VARCHAR, qualifier VARCHAR,
    text VARCHAR, start_char INTEGER, end_char INTEGER, sentence INTEGER, claimant JSON,
    PRIMARY KEY (doc_id, claim_index)
);

CREATE TABLE IF NOT EXISTS failures (
    input VARCHAR, doc_id VARCHAR, error VARCHAR, failed_at TIMESTAMP
);
