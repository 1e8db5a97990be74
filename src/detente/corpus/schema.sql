-- Corpus tables: happenings across documents and stories (whole articles on one story).
-- Kept apart from store/schema.sql: the event rows stay as the coder wrote them; membership lives here.
CREATE TABLE IF NOT EXISTS happenings (
    happening_id VARCHAR PRIMARY KEY,
    event_type VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, factuality VARCHAR,
    reciprocal BOOLEAN,
    source_key VARCHAR, target_key VARCHAR,          -- consensus parties ('JPN', 'PRK', or an actor id)
    source_codes VARCHAR[], target_codes VARCHAR[],  -- every code the parties answer to: JPN, JPN-GOV, actor ids
    date VARCHAR, date_end VARCHAR, date_precision VARCHAR, day DATE, day_end DATE,
    date_votes JSON, type_votes JSON, dyad_votes JSON,  -- the disagreement: value -> number of reports
    place VARCHAR, location_country VARCHAR, triggers VARCHAR[],
    n_events INTEGER, n_mentions INTEGER, n_articles INTEGER, n_sources INTEGER,
    first_report DATE, last_report DATE,
    signature BLOB                                    -- MinHash of the evidence sentences, union of members
);

-- One row per stored event: its happening and the features linking reads, so that a new batch
-- is linked against these rows without re-reading any document.
CREATE TABLE IF NOT EXISTS happening_events (
    event_id VARCHAR PRIMARY KEY, happening_id VARCHAR, doc_id VARCHAR, score DOUBLE,
    event_type VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, factuality VARCHAR,
    reciprocal BOOLEAN, source_key VARCHAR, target_key VARCHAR, source_codes VARCHAR[], target_codes VARCHAR[],
    date VARCHAR, date_end VARCHAR, date_precision VARCHAR, date_basis VARCHAR, day DATE, day_end DATE,
    trigger VARCHAR, location VARCHAR, location_country VARCHAR, n_mentions INTEGER,
    news_source VARCHAR, published DATE, signature BLOB
);

-- One row per happening and pair of codes (source code x target code), carrying what relation
-- series count: a relation query is then a filter on two plain columns, not a search in lists.
CREATE TABLE IF NOT EXISTS happening_pairs (
    happening_id VARCHAR, source_code VARCHAR, target_code VARCHAR, factuality VARCHAR, day DATE,
    event_type VARCHAR, quad_class INTEGER, goldstein DOUBLE, n_articles INTEGER, reciprocal BOOLEAN
);

-- Candidate blocks: parties (unordered) x month, or x year for vaguer dates; one row per stored event
-- and block it is filed under, with whether it also looks candidates up there (see happenings.py).
CREATE TABLE IF NOT EXISTS happening_event_blocks (block VARCHAR, event_id VARCHAR, lookup BOOLEAN);
-- (happening_blocks, one row per happening and block, was read by linking before session 7.)
DROP TABLE IF EXISTS happening_blocks;

CREATE TABLE IF NOT EXISTS stories (
    doc_id VARCHAR PRIMARY KEY, story_id VARCHAR, published DATE, score DOUBLE,
    signature BLOB, name_signature BLOB,  -- MinHash of the content words; of the names and numbers
    words VARCHAR[], names VARCHAR[]      -- the word sets themselves: MinHash finds candidates, these decide
);

-- MinHash LSH band keys of each document's signatures (salted with its publication week, see
-- stories.py): documents sharing a key are story candidates. (story_bands held hex keys before.)
CREATE TABLE IF NOT EXISTS story_keys (band BIGINT, doc_id VARCHAR);

CREATE INDEX IF NOT EXISTS happening_pairs_happening ON happening_pairs (happening_id);
CREATE INDEX IF NOT EXISTS happening_events_happening ON happening_events (happening_id);

-- Stores written before the exact word sets were kept: the columns are added (empty) here.
ALTER TABLE stories ADD COLUMN IF NOT EXISTS words VARCHAR[];
ALTER TABLE stories ADD COLUMN IF NOT EXISTS names VARCHAR[];
