"""The ledger's DuckDB schema: the DDL, and the Arrow schemas the store writes through.

The one place the tables are written out: the store creates and upgrades ledgers from ``DDL``
(``migrations``), and the README's "The ledger (DuckDB schema)" section describes them — a test
in ``tests/test_store.py`` reads this DDL through DuckDB and checks the README names exactly its
tables, columns and indexes.  The Arrow schemas of documents, segments and sources mirror their
tables column for column, in order (the store inserts with ``INSERT INTO t SELECT * FROM
arrow_table``; a test checks that too); claims arrive as JSON records and ``CLAIMS_INSERT``
spreads them over the columns.  A column added to a table must be added there too.
"""
from __future__ import annotations

import json

import pyarrow as pa

#: bumped whenever a table or column changes; stored in ``meta`` so an older claimledger refuses
#: a ledger written by a newer one instead of misreading it
SCHEMA_VERSION = 7

#: tables a ledger of each version holds (version 2 added ``sources``, version 3 the claims'
#: ``predicate`` column, version 4 their ``measured`` column, version 5 their ``measured_of``
#: column, version 6 their ``cue_kind`` column, version 7 the ``tracked`` table, where the
#: tracker's result is kept; an older ledger is upgraded in place when opened for writing, and
#: read as it is otherwise)
TABLES = ("meta", "documents", "segments", "claims", "skipped", "sources")
TABLES_V1 = ("meta", "documents", "segments", "claims", "skipped")

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
    record JSON,
    predicate VARCHAR,
    measured VARCHAR,
    measured_of VARCHAR,
    cue_kind VARCHAR
);
CREATE TABLE IF NOT EXISTS sources (
    doc_id VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    name VARCHAR,
    kind VARCHAR,
    title VARCHAR,
    role VARCHAR,
    organization VARCHAR,
    mentions INTEGER,
    statements INTEGER,
    quantities INTEGER,
    first_start INTEGER,
    names VARCHAR[],
    PRIMARY KEY (doc_id, source_id)
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
-- version 3: what a count says happened ("killed", "exported"); read from the record for older rows
ALTER TABLE claims ADD COLUMN IF NOT EXISTS predicate VARCHAR;
-- version 4: what a quantity measures ("sedan sales"); read from the record for older rows
ALTER TABLE claims ADD COLUMN IF NOT EXISTS measured VARCHAR;
-- version 5: whose property that is ("Dell" for "5% of its workforce"); NULL for older rows
ALTER TABLE claims ADD COLUMN IF NOT EXISTS measured_of VARCHAR;
-- version 6: what the cue reports (speech, belief, intention, perception, finding); an older
-- row's is read from its cue and source on upgrade (store/migrations.py)
ALTER TABLE claims ADD COLUMN IF NOT EXISTS cue_kind VARCHAR;
CREATE INDEX IF NOT EXISTS sources_name ON sources (name);
-- version 7: the tracker's result, kept (store/kept.py): Arrow IPC per part, found by its key
CREATE TABLE IF NOT EXISTS tracked (
    result_key VARCHAR,
    part VARCHAR,
    settings VARCHAR,
    content VARCHAR,
    computed_at TIMESTAMP,
    data BLOB
);
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

SOURCES_ARROW = pa.schema([
    ("doc_id", _S), ("source_id", _S), ("name", _S), ("kind", _S), ("title", _S), ("role", _S),
    ("organization", _S), ("mentions", _I), ("statements", _I), ("quantities", _I),
    ("first_start", _I), ("names", _L),
])

#: claims travel as their JSON record only; DuckDB parses it once (``from_json``, in C++ and in
#: parallel) and fills the flat columns, which costs far less than flattening in Python
CLAIMS_ARROW = pa.schema([("record", _S)])

#: the record's shape (``Claim.to_dict()``) as a DuckDB JSON structure
_RECORD_TYPE = json.dumps({
    "claim_id": "VARCHAR", "doc_id": "VARCHAR", "doc_ref": "VARCHAR", "kind": "VARCHAR",
    "segment": {"kind": "VARCHAR", "index": "INTEGER", "author": "VARCHAR"},
    "voice": "VARCHAR", "sentence": "VARCHAR", "sentence_span": "INTEGER[]",
    "span": "INTEGER[]", "cue_span": "INTEGER[]", "source_span": "INTEGER[]",
    "quantity": {"surface": "VARCHAR", "value": "DOUBLE", "low": "DOUBLE", "high": "DOUBLE",
                 "approximate": "BOOLEAN", "trend": "VARCHAR", "unit": "VARCHAR",
                 "counted": "VARCHAR", "entity": "VARCHAR", "predicate": "VARCHAR",
                 "measured": "VARCHAR", "measured_span": "INTEGER[]",
                 "measured_of": "VARCHAR", "measured_of_span": "INTEGER[]"},
    "scope": "VARCHAR[]",
    "source": {"name": "VARCHAR", "title": "VARCHAR", "role": "VARCHAR",
               "organization": "VARCHAR", "kind": "VARCHAR"},
    "cue": "VARCHAR", "cue_kind": "VARCHAR", "quote": "VARCHAR", "via": "VARCHAR[]",
    "time": {"surface": "VARCHAR", "value": "VARCHAR", "relation": "VARCHAR"},
    "hedges": "VARCHAR[]", "extractor": "VARCHAR",
})

#: ``INSERT`` for claims from a relation with one ``record`` column; ``{source}`` names it.
#: Column order follows the ``claims`` DDL; list indexes are 1-based in DuckDB.
CLAIMS_INSERT = """
INSERT INTO claims SELECT
    r.claim_id, r.doc_id, r.doc_ref, r.kind, r.segment.kind, r.segment.index, r.segment.author,
    r.voice, r.sentence, r.sentence_span[1], r.sentence_span[2], r.span[1], r.span[2],
    r.cue_span[1], r.cue_span[2], r.source_span[1], r.source_span[2],
    r.quantity.surface, r.quantity.value, r.quantity.low, r.quantity.high,
    r.quantity.approximate, r.quantity.trend, r.quantity.unit, r.quantity.counted,
    r.quantity.entity, r.scope,
    r.source.name, r.source.title, r.source.role, r.source.organization, r.source.kind,
    r.cue, r.quote, r.via, r.time.surface, r.time.value, r.time.relation, r.hedges,
    r.extractor, record, r.quantity.predicate, r.quantity.measured,
    r.quantity.measured_of, r.cue_kind
FROM (SELECT from_json(record, '%s') AS r, record FROM {source})
""" % _RECORD_TYPE.replace("'", "''")

ARROW_SCHEMAS = {"documents": DOCUMENTS_ARROW, "segments": SEGMENTS_ARROW, "claims": CLAIMS_ARROW,
                 "sources": SOURCES_ARROW}
