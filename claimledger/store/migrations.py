"""The ledger's schema on open: created in an empty file, checked in an existing one, and an older
ledger brought to ``schema.SCHEMA_VERSION`` the first time it is opened for writing.

Each step runs in one transaction, so a crash leaves the file as it was (and it is upgraded on
the next open).  Version 1 gains the ``sources`` table, filled from its stored claims; version 2
the claims' ``predicate`` column, filled from their records; version 3 their ``measured``
column, filled from the records that carry it (NULL for the others); version 4 their
``measured_of`` column, likewise; version 5 their ``cue_kind`` column, read from each claim's
stored cue and source (``claims.cue_kind``: the lemma guessed from the cue's form, as no parse is
at hand) and written into the record too, so ``Ledger.claims`` returns it; versions 5 and 6 the
``tracked`` table, empty (the tracker's result is kept there on the first view).  Opened
read-only, an older ledger is read as it is.
"""
from __future__ import annotations

from typing import Callable, Iterator, Optional

import duckdb

import pyarrow as pa

from claimledger.claims.cue_kind import cue_kind_of_text
from claimledger.errors import NotALedger, SchemaTooNew
from claimledger.model import Claim, Source
from claimledger.store.connection import now, table_exists
from claimledger.store.schema import DDL, SCHEMA_VERSION, TABLES, TABLES_V1
from claimledger.store.sources import DocumentSource, document_sources
from claimledger.store.writer import insert, sources_table

#: stored claims grouped by document (``doc_id`` None: every document), for the upgrade that
#: computes the ``sources`` table from them
ClaimsByDocument = Callable[[Optional[str]], Iterator[list[Claim]]]

#: sources rows buffered before each insert while upgrading a version-1 ledger
_UPGRADE_CHUNK = 50_000


def ensure_schema(con: duckdb.DuckDBPyConnection, path: str, read_only: bool,
                  claims_by_document: ClaimsByDocument) -> None:
    """Create the tables on first open; refuse files that are some other database."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_schema = 'main'"
    ).fetchall()}
    if "meta" in tables:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or not str(row[0]).isdigit():
            raise NotALedger(path, "its meta table has no schema_version")
        found = int(row[0])
        if found > SCHEMA_VERSION:
            raise SchemaTooNew(path, found, SCHEMA_VERSION)
        missing = set(TABLES if found >= 2 else TABLES_V1) - tables
        if missing:
            raise NotALedger(path, f"tables missing: {', '.join(sorted(missing))}")
        if found < SCHEMA_VERSION and not read_only:
            upgrade(con, claims_by_document)
        return
    if tables:
        raise NotALedger(path, f"it holds other tables: {', '.join(sorted(tables)[:5])}")
    if read_only:
        raise NotALedger(path, "the database is empty")
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(DDL)
        con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?)",
            [str(SCHEMA_VERSION), now().isoformat()],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def upgrade(con: duckdb.DuckDBPyConnection, claims_by_document: ClaimsByDocument) -> None:
    """Bring an older ledger to this version in one transaction (a crash leaves it as it
    was, upgraded on the next open): version 1 gains the ``sources`` table, filled from the
    stored claims; version 2 the claims' ``predicate`` column, filled from their records;
    version 3 the ``measured`` column, version 4 the ``measured_of`` column, likewise; version 5
    the ``cue_kind`` column, from the cues and sources; version 5 or 6 the ``tracked`` table
    (created by the DDL, empty)."""
    con.execute("BEGIN TRANSACTION")
    try:
        had_sources = table_exists(con, "sources")
        con.execute(DDL)  # creates what is missing and adds the predicate and measured columns
        if not had_sources:
            rows: list[DocumentSource] = []
            for doc_claims in claims_by_document(None):
                rows.extend(document_sources(doc_claims))
                if len(rows) >= _UPGRADE_CHUNK:
                    insert(con, "sources", sources_table(rows))
                    rows = []
            insert(con, "sources", sources_table(rows))
        con.execute("UPDATE claims SET predicate = json_extract_string(record, '$.quantity.predicate') "
                    "WHERE predicate IS NULL AND kind = 'quantity'")
        # a record written before version 4 has no "measured": the column stays NULL for it
        con.execute("UPDATE claims SET measured = json_extract_string(record, '$.quantity.measured') "
                    "WHERE measured IS NULL AND kind = 'quantity'")
        con.execute("UPDATE claims SET measured_of = json_extract_string(record, '$.quantity.measured_of') "
                    "WHERE measured_of IS NULL AND kind = 'quantity'")
        fill_cue_kinds(con)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


#: the attributed claims still without a cue kind, one row per cue and source (a ledger of
#: millions of claims has a few thousand of these)
_CUES_WITHOUT_KIND = """
SELECT DISTINCT cue, source_name, source_kind FROM claims
WHERE cue_kind IS NULL AND json_type(record, '$.source') = 'OBJECT'
"""

_SET_CUE_KIND = """
UPDATE claims SET cue_kind = k.cue_kind,
                  record = json_merge_patch(record, json_object('cue_kind', k.cue_kind))
FROM _claimledger_cue_kinds k
WHERE claims.cue_kind IS NULL AND json_type(claims.record, '$.source') = 'OBJECT'
  AND claims.cue IS NOT DISTINCT FROM k.cue AND claims.source_name IS NOT DISTINCT FROM k.source_name
  AND claims.source_kind IS NOT DISTINCT FROM k.source_kind
"""


def fill_cue_kinds(con: duckdb.DuckDBPyConnection) -> None:
    """Give every attributed claim written before version 6 its cue kind, in the column and the
    record; a claim with no source keeps none (inside the caller's transaction)."""
    rows = con.execute(_CUES_WITHOUT_KIND).fetchall()
    if not rows:
        return
    kinds = pa.table({
        "cue": [r[0] for r in rows], "source_name": [r[1] for r in rows],
        "source_kind": [r[2] for r in rows],
        "cue_kind": [cue_kind_of_text(r[0], Source(r[1], kind=r[2] or "person")) for r in rows],
    }, schema=pa.schema([("cue", pa.string()), ("source_name", pa.string()),
                         ("source_kind", pa.string()), ("cue_kind", pa.string())]))
    con.register("_claimledger_cue_kinds", kinds)
    try:
        con.execute(_SET_CUE_KIND)
    finally:
        con.unregister("_claimledger_cue_kinds")
