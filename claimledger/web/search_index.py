"""A narrow copy of the claims for searching, kept in an in-memory DuckDB beside the ledger.

Searching the ledger itself meant lower-casing every sentence and sorting wide rows on each
request (≈300 ms at 90,000 claims).  The ledger is open read-only and cannot change while the
site runs, so once at start-up the searchable columns are copied out, lower-cased and ranked
(newest page first); a search then filters this narrow table, sorts by an integer and returns
claim ids, and only those few rows are read from the ledger.  DuckDB refuses to attach an
in-memory database to a read-only one, so the copy lives in a connection of its own, filled
through Arrow.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

import duckdb

#: the searchable columns, ranked in the order results are shown
_COPY = """
SELECT c.claim_id, c.doc_id,
       row_number() OVER (ORDER BY d.published DESC NULLS LAST, c.doc_id, c.span_start, c.kind,
                          c.claim_id)::INTEGER AS rank,
       lower(c.sentence) AS text, c.kind, c.voice,
       json_extract_string(c.record, '$.cue_kind') AS cue_kind, c.source_name,
       lower(c.source_name) AS source_lower, lower(c.source_organization) AS org_lower,
       d.published
FROM claims c JOIN documents d USING (doc_id)
"""


class SearchIndex:
    """Claim ids by filter, newest pages first; thread-safe (a cursor per thread)."""

    def __init__(self, ledger: duckdb.DuckDBPyConnection,
                 watch: Callable[[duckdb.DuckDBPyConnection], None] = lambda connection: None):
        """Copy the claims out through ``ledger`` (a cursor of the ledger's, left open: the
        caller owns it); ``watch`` is shown the in-memory connection as soon as it exists, so a
        warm-up being stopped can interrupt the copy (``claimledger/web/warming.py``)."""
        table = ledger.sql(_COPY).to_arrow_table()
        self._db = duckdb.connect(":memory:")
        try:
            watch(self._db)
            self._db.register("copied", table)
            self._db.execute("CREATE TABLE ix AS SELECT * FROM copied ORDER BY rank")
            self._db.unregister("copied")
        except BaseException:
            self._db.close()
            raise
        self.size = table.num_rows
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._cursors_lock = threading.Lock()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor, kept here too so that ``close()`` closes it (not the thread's
        end, which may come while the interpreter shuts down)."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self._db.cursor()
            with self._cursors_lock:
                self._cursors.append(cur)
        return cur

    def search(self, where: list[str], params: list[Any], page: int, per_page: int
               ) -> tuple[int, list[str]]:
        """``(total, claim ids of the page)``; ``where`` holds conditions over the columns of
        ``_COPY`` (built by ``ClaimFilter.index_sql``)."""
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        cur = self._cursor()
        ids = [r[0] for r in cur.execute(f"SELECT claim_id FROM ix{cond} ORDER BY rank LIMIT ? OFFSET ?",
                                         params + [per_page, (page - 1) * per_page]).fetchall()]
        if not where:
            return self.size, ids
        return cur.execute(f"SELECT count(*) FROM ix{cond}", params).fetchone()[0], ids

    def close(self) -> None:
        with self._cursors_lock:
            cursors, self._cursors = self._cursors, []
        for cur in cursors:
            cur.close()
        self._db.close()
