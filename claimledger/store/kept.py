"""The tracker's result kept in the ledger (table ``tracked``, schema version 7), so that series,
timeline and conflicts read it back instead of tracking every claim again on each view.

A kept result is found by its key: a hash of the code that tracks (``track.stored.tracker_digest``),
the tracker's settings and ``content`` — a hash over every column the tracker reads, of every
quantity claim and every page, computed by DuckDB in under a tenth of a second on the 91,000
claims of the news corpus.  Any change to the claims or pages (an ingest, a migration, an
``UPDATE`` through any client) changes that hash, so a kept result is never read back stale; the
old result is deleted when a new one is kept.

This module moves bytes and keys only (the tables are written and read as Arrow by
``claimledger.track.stored``), so it imports nothing above the store stage.
"""
from __future__ import annotations

import hashlib
from typing import Optional

import duckdb

from claimledger.store.connection import now, table_exists

TABLE = "tracked"

#: what the tracker reads of each quantity claim (``track/rows.py``'s ``ROWS_SQL``) and of each
#: page (its ``PAGES_SQL``), hashed order-free (``bit_xor``) with the row counts: every column of
#: the quantity claims but the record JSON (hashing it doubles the time), since what the tracker
#: reads of it, the predicate and what is measured, is in the ``predicate``, ``measured`` and
#: ``measured_of`` columns, filled from it on insert and by the migrations
_CONTENT_SQL = """
SELECT 1 AS part, count(*), bit_xor(hash(q)) FROM (SELECT {claims} FROM claims WHERE kind = 'quantity') q
UNION ALL
SELECT 2, count(*), bit_xor(hash(doc_id, doc_ref, title, url, outlet, published, left(text, 300)))
FROM documents
ORDER BY part
"""
#: the columns of the claims table the record fills (an older ledger lacks some)
_FROM_RECORD = {"predicate", "measured", "measured_of"}


def content(con: duckdb.DuckDBPyConnection) -> str:
    """A hash of everything the tracker reads from the ledger."""
    present = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
        "AND table_catalog = current_database() AND table_name = 'claims'").fetchall()}
    # an older ledger read as it is lacks some of them: the tracker reads the record then
    claims = "* EXCLUDE (record)" if _FROM_RECORD <= present else "*"
    return ":".join(f"{n}/{h}" for _, n, h in con.execute(_CONTENT_SQL.format(claims=claims)).fetchall())


def result_key(tracker: str, settings: str, content_hash: str) -> str:
    """The key a result is kept under: tracker code × settings × ledger content."""
    return hashlib.sha256("\x1f".join((tracker, settings, content_hash)).encode()).hexdigest()


def read(con: duckdb.DuckDBPyConnection, key: str, names: Optional[list[str]] = None,
         but: Optional[str] = None) -> Optional[dict[str, bytes]]:
    """The parts of the result kept under ``key`` (``{part: bytes}``; those in ``names`` when
    given, else all but those whose name starts with ``but``), or None when nothing is kept."""
    if not table_exists(con, TABLE):  # a ledger older than version 7, opened read-only
        return None
    sql, params = f"SELECT part, data FROM {TABLE} WHERE result_key = ?", [key]
    if names is not None:
        sql += " AND list_contains(?, part)"
        params.append(names)
    elif but is not None:
        sql += " AND NOT starts_with(part, ?)"
        params.append(but)
    rows = con.execute(sql, params).fetchall()
    return {part: bytes(data) for part, data in rows} or None


def write(con: duckdb.DuckDBPyConnection, key: str, settings: str, content_hash: str,
          parts: dict[str, bytes]) -> None:
    """Keep a result under ``key``, in one transaction.  Results for the same settings, and any
    for another content of the ledger, are deleted: they could never be read back."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DELETE FROM {TABLE} WHERE settings = ? OR content <> ?", [settings, content_hash])
        stamp = now()
        con.executemany(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?, ?, ?)",
                        [[key, part, settings, content_hash, stamp, data] for part, data in parts.items()])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def clear(con: duckdb.DuckDBPyConnection) -> None:
    """Forget every kept result (inside the caller's transaction): the ledger's claims change."""
    if table_exists(con, TABLE):
        con.execute(f"DELETE FROM {TABLE}")
