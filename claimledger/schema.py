"""The ledger's DuckDB schema: DDL and the Arrow schemas the store writes through.

Kept apart from ``store.py`` so the table layout can be read (and documented) in one place.  The
Arrow schemas mirror the tables column for column, in order: the store inserts with
``INSERT INTO t SELECT * FROM arrow_table``, so a column added here must be added to both.
"""
from __future__ import annotations

import pyarrow as pa

#: bumped whenever a table or column changes; stored in ``meta`` so an older claimledger refuses
#: a ledger written by a newer one instead of misreading it
SCHEMA_VERSION = 1

TABLES = ("meta", "documents", "segments", "claims", "skipped")

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    doc_ref VARCHAR,
    title VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    published DATE,
    author VARCHAR,
    format VARCHAR,
    text VARCHAR,
    n_claims INTEGER,
    ingested_at TIMESTAMP,
    metadata JSON
);
CREATE TABLE IF NOT EXISTS segments (
    doc_id VARCHAR NOT NULL,
    kind VARCHAR,
    idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    comment_index INTEGER,
    author VARCHAR,
    in_title BOOLEAN
);
CREATE TABLE IF NOT EXISTS claims (
    claim_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    doc_ref VARCHAR,
    kind VARCHAR,
    segment_kind VARCHAR,
    segment_index INTEGER,
    segment_author VARCHAR,
    voice VARCHAR,
    sentence VARCHAR,
    sentence_start INTEGER,
    sentence_end INTEGER,
    span_start INTEGER,
    span_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    source_start INTEGER,
    source_end INTEGER,
    surface VARCHAR,
    value DOUBLE,
    low DOUBLE,
    high DOUBLE,
    approximate BOOLEAN,
    trend VARCHAR,
    unit VARCHAR,
    counted VARCHAR,
    entity VARCHAR,
    scope VARCHAR[],
    source_name VARCHAR,
    source_title VARCHAR,
    source_role VARCHAR,
    source_organization VARCHAR,
    source_kind VARCHAR,
    cue VARCHAR,
    quote VARCHAR,
    via VARCHAR[],
    time_surface VARCHAR,
    time_value VARCHAR,
    time_relation VARCHAR,
    hedges VARCHAR[],
    extractor VARCHAR,
    record JSON
);
CREATE TABLE IF NOT EXISTS skipped (
    input VARCHAR,
    reason VARCHAR,
    "at" TIMESTAMP  -- quoted: AT is a keyword
);
CREATE INDEX IF NOT EXISTS segments_doc_id ON segments (doc_id);
CREATE INDEX IF NOT EXISTS claims_doc_id ON claims (doc_id);
CREATE INDEX IF NOT EXISTS claims_source_name ON claims (source_name);
CREATE INDEX IF NOT EXISTS claims_voice ON claims (voice);
CREATE INDEX IF NOT EXISTS claims_counted ON claims (counted);
"""

_S = pa.string()
_I = pa.int32()
_F = pa.float64()
_B = pa.bool_()
_L = pa.list_(pa.string())

#: JSON columns travel as strings; DuckDB casts them on insert
DOCUMENTS_ARROW = pa.schema([
    ("doc_id", _S), ("doc_ref", _S), ("title", _S), ("url", _S), ("outlet", _S),
    ("published", pa.date32()), ("author", _S), ("format", _S), ("text", _S),
    ("n_claims", _I), ("ingested_at", pa.timestamp("us")), ("metadata", _S),
])

SEGMENTS_ARROW = pa.schema([
    ("doc_id", _S), ("kind", _S), ("idx", _I), ("start_char", _I), ("end_char", _I),
    ("comment_index", _I), ("author", _S), ("in_title", _B),
])

CLAIMS_ARROW = pa.schema([
    ("claim_id", _S), ("doc_id", _S), ("doc_ref", _S), ("kind", _S),
    ("segment_kind", _S), ("segment_index", _I), ("segment_author", _S), ("voice", _S),
    ("sentence", _S), ("sentence_start", _I), ("sentence_end", _I),
    ("span_start", _I), ("span_end", _I), ("cue_start", _I), ("cue_end", _I),
    ("source_start", _I), ("source_end", _I),
    ("surface", _S), ("value", _F), ("low", _F), ("high", _F), ("approximate", _B),
    ("trend", _S), ("unit", _S), ("counted", _S), ("entity", _S), ("scope", _L),
    ("source_name", _S), ("source_title", _S), ("source_role", _S),
    ("source_organization", _S), ("source_kind", _S),
    ("cue", _S), ("quote", _S), ("via", _L),
    ("time_surface", _S), ("time_value", _S), ("time_relation", _S),
    ("hedges", _L), ("extractor", _S), ("record", _S),
])

ARROW_SCHEMAS = {"documents": DOCUMENTS_ARROW, "segments": SEGMENTS_ARROW, "claims": CLAIMS_ARROW}
