"""Opening the ledger's DuckDB file, with DuckDB's errors turned into ones that say what to do.

DuckDB allows one writing process per file; other processes may open it read-only only while no
writer holds it.  The lock errors it raises name the holder's PID, which the message keeps.
"""
from __future__ import annotations

import datetime as dt
import os

import duckdb

from claimledger.errors import LedgerError, LedgerLocked, LedgerNotFound, NotALedger

DEFAULT_PATH = "claimledger.duckdb"


def connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file, turning DuckDB's errors into ones that say what to do."""
    if path == ":memory:" and read_only:
        raise LedgerError("an in-memory ledger cannot be read-only; give a file path.")
    if read_only and not os.path.exists(path):
        raise LedgerNotFound(path)
    if path != ":memory:":
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise LedgerError(f"cannot create a ledger at {path!r}: the directory {parent!r} "
                              f"does not exist. Create it first or choose another path.")
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.Error as e:
        msg = str(e)
        if "Could not set lock" in msg or "Conflicting lock" in msg:
            held = msg.split("Conflicting lock is held in", 1)[-1].split(". See", 1)[0].strip()
            raise LedgerLocked(path, held if "PID" in held else "locked") from e
        if "not a valid DuckDB database" in msg:
            raise NotALedger(path, "the file is not a DuckDB database") from e
        if "different configuration" in msg:
            raise LedgerError(
                f"{path!r} is already open in this process with read_only="
                f"{not read_only}; close that Ledger first or open this one the same way."
            ) from e
        raise LedgerError(f"cannot open the ledger {path!r}: {msg}") from e


def now() -> dt.datetime:
    """UTC, without tzinfo (the timestamp columns are plain TIMESTAMP)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the ledger's main schema holds table ``name``."""
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_catalog = current_database() AND table_name = ?", [name]).fetchone()[0])
