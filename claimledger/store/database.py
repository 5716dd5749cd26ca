"""The ledger's DuckDB I/O: open and lock the file, write batches, read claims, documents and
sources back.  ``claimledger.store.ledger.Ledger`` builds on it with the methods that reach up to
tracking and export; this module imports nothing above the store stage.

A document is identified by the sha256 of its normalised title and text (``Document.doc_id``), so
storing the same page twice changes nothing, and a resumed ingest can ask which documents are
already in (``has_documents``) before spending time on analysis.

Writes go through Arrow tables (``writer``), one transaction per batch: a document row, its
segments and its claims commit together or not at all, so a crash (even SIGKILL) mid-batch leaves
every stored document complete.  The tables are described in ``schema`` (the DDL) and in the
README's "The ledger (DuckDB schema)" section.

DuckDB allows one writing process per file; other processes may open it read-only only while no
writer holds it.  A ledger may be shared between threads (calls are serialised).
"""
from __future__ import annotations

import json
import os
import threading
from typing import Any, Iterable, Iterator, Optional, Sequence

import duckdb
import pyarrow as pa

from claimledger.errors import LedgerError, QueryError, ReadOnlyLedger
from claimledger.model import Claim, Document, Segment
from claimledger.store import kept, reader, writer
from claimledger.store.connection import DEFAULT_PATH, connect, now, table_exists
from claimledger.store.migrations import ensure_schema
from claimledger.store.sources import document_sources

#: rows fetched per round trip when streaming claims and documents
_FETCH = 2048


class LedgerDatabase:
    """A claim ledger in a DuckDB file (``":memory:"`` for a throwaway one): storage and reads.
    Use :class:`claimledger.store.Ledger`, which adds tracking and export."""

    def __init__(self, path: str | os.PathLike = DEFAULT_PATH, read_only: bool = False):
        self.path = os.fspath(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        self._con = connect(self.path, read_only)
        try:
            ensure_schema(self._con, self.path, read_only, self._claims_by_document)
        except BaseException:
            self._con.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (idempotent).  Committed batches are already durable."""
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<Ledger {self.path!r} {mode}{' closed' if self._con is None else ''}>"

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for relations and SQL beyond what the methods offer."""
        return self._live()

    def _live(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise LedgerError(f"the ledger {self.path!r} is closed; open a new Ledger to use it.")
        return self._con

    def _claims_by_document(self, doc_id: Optional[str]) -> Iterator[list[Claim]]:
        """Stored claims, one list per document (for sources computed from claims)."""
        sql, params = reader.claims_by_document_query(doc_id)
        return reader.group_by_document(self._stream(sql, params))

    def _stream(self, sql: str, params: list[Any]) -> Iterator[tuple]:
        """Rows of a query in chunks, on a cursor of its own so callers may interleave calls."""
        with self._lock:
            cur = self._live().cursor()
        try:
            cur.execute(sql, params)
            while rows := cur.fetchmany(_FETCH):
                yield from rows
        finally:
            cur.close()

    # -- writing -----------------------------------------------------------------------------

    def add(self, batch: writer.Batch) -> int:
        """Store analysed documents; return how many were new.

        Documents already in the ledger, and repeats within ``batch``, are skipped: adding the same
        page twice changes nothing.  The batch is one transaction, so either all its new documents
        (each with all its segments and claims) are stored, or none are.
        """
        self._writable("adding documents")
        fresh: dict[str, tuple[Document, Sequence[Segment], Sequence[Claim]]] = {}
        for doc, segments, claims in batch:
            fresh.setdefault(doc.doc_id, (doc, segments, claims))
        with self._lock:
            con = self._live()
            for doc_id in self.has_documents(fresh):
                del fresh[doc_id]
            if not fresh:
                return 0
            tables = writer.arrow_tables(fresh, now())
            con.execute("BEGIN TRANSACTION")
            try:
                for name in ("documents", "segments", "claims", "sources"):
                    self._insert(name, tables[name])
                kept.clear(con)  # the claims change: a kept tracker result could not be read back
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return len(fresh)

    def _insert(self, table: str, rows: pa.Table) -> None:
        """Append an Arrow table to ``table`` inside the open transaction (one method, so a test
        can make a batch fail half-way)."""
        writer.insert(self._live(), table, rows)

    def record_skipped(self, input: str, reason: str) -> None:
        """Note an input that could not be read (kept once per input and reason)."""
        self._writable("recording a skipped input")
        with self._lock:
            self._live().execute(
                "INSERT INTO skipped SELECT ?, ?, ? WHERE NOT EXISTS "
                "(SELECT 1 FROM skipped WHERE input = ? AND reason = ?)",
                [input, reason, now(), input, reason],
            )

    def _writable(self, what: str) -> None:
        if self.read_only:
            raise ReadOnlyLedger(self.path, what)

    # -- reading -----------------------------------------------------------------------------

    def has_documents(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of ``doc_ids`` are stored already (to skip re-analysis on a resumed ingest)."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        with self._lock:
            rows = self._live().execute(
                "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            ).fetchall()
        return {r[0] for r in rows}

    def claims(
        self,
        *,
        subject: Optional[str] = None,
        source: Optional[str] = None,
        voice: Optional[str] = None,
        kind: Optional[str] = None,
        doc_id: Optional[str] = None,
        limit: Optional[int] = None,
        cue_kind: Optional[str] = None,
    ) -> Iterator[Claim]:
        """Stored claims, in document order (ingestion, then input id) and then by position.

        ``subject`` matches case-insensitively in the counted thing, entity, scope or sentence;
        ``source`` in the source's name or organization; the others match exactly (``cue_kind``
        "speech" keeps only what was said, leaving out beliefs, intentions, perceptions and
        findings, and the outlet's own claims, which have no cue).
        """
        if cue_kind is not None:
            self._has_cue_kinds()
        sql, params = reader.claims_query(subject=subject, source=source, voice=voice, kind=kind,
                                          doc_id=doc_id, limit=limit, cue_kind=cue_kind)
        for (record,) in self._stream(sql, params):
            yield Claim.from_dict(json.loads(record))

    def _has_cue_kinds(self) -> None:
        """Refuse a cue-kind filter on a ledger older than the column (read-only, so not yet
        upgraded), saying how to upgrade it, rather than fail inside DuckDB."""
        with self._lock:
            found = self._live().execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_catalog = current_database() "
                "AND table_name = 'claims' AND column_name = 'cue_kind'").fetchone()[0]
        if not found:
            raise LedgerError(f"the ledger {self.path!r} was written before claims had a cue kind; open it "
                              "for writing once to upgrade it (`claimledger ingest` of any input does).")

    def sources(self, doc_id: Optional[str] = None) -> list[dict[str, Any]]:
        """The speakers of each document (or of one): a person is one source across the article,
        with canonical name, title, role, organisation and how often it is mentioned.  In
        document order, then by first mention."""
        with self._lock:
            has_table = table_exists(self._live(), "sources")
        if not has_table:  # a version-1 ledger opened read-only: computed from its claims
            order = {d["doc_id"]: k for k, d in enumerate(self.documents(include_text=False))}
            found = [s.to_dict() for group in self._claims_by_document(doc_id) for s in document_sources(group)]
            reader.sort_computed_sources(found, order)
            return found
        sql, params = reader.sources_query(doc_id)
        return [dict(zip(reader.SOURCE_COLUMNS, row)) for row in self._stream(sql, params)]

    def documents(self, *, include_text: bool = True) -> Iterator[dict[str, Any]]:
        """Stored documents as dicts (the ``documents`` columns), in ingestion order."""
        columns = reader.document_columns(include_text)
        sql = (f"SELECT {', '.join(columns)} FROM documents "
               "ORDER BY ingested_at, doc_ref, doc_id")
        for row in self._stream(sql, []):
            yield reader.document_dict(dict(zip(columns, row)))

    def document(self, doc_id: str) -> Optional[dict[str, Any]]:
        """One stored document with its text, or None."""
        columns = reader.document_columns()
        with self._lock:
            row = self._live().execute(
                f"SELECT {', '.join(columns)} FROM documents WHERE doc_id = ?", [doc_id]
            ).fetchone()
        return reader.document_dict(dict(zip(columns, row))) if row else None

    def segments(self, doc_id: str) -> list[Segment]:
        """A stored document's segments, in page order."""
        with self._lock:
            rows = self._live().execute(
                "SELECT kind, start_char, end_char, idx, comment_index, author, in_title "
                "FROM segments WHERE doc_id = ? ORDER BY in_title DESC, start_char, end_char",
                [doc_id],
            ).fetchall()
        return [Segment(k, s, e, i, ci, a, bool(t)) for k, s, e, i, ci, a, t in rows]

    def skipped(self) -> list[dict[str, Any]]:
        """Inputs that could not be read: ``{"input", "reason", "at"}`` in the order noted."""
        with self._lock:
            rows = self._live().execute(
                'SELECT input, reason, "at" FROM skipped ORDER BY "at", input'
            ).fetchall()
        return [{"input": i, "reason": r, "at": a.isoformat() if a else None} for i, r, a in rows]

    def stats(self) -> dict[str, Any]:
        """Counts: documents, claims (and by kind and voice), distinct sources, skipped inputs."""
        with self._lock:
            con = self._live()
            one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
            by = lambda col: dict(con.execute(  # noqa: E731
                f"SELECT {col}, count(*) FROM claims GROUP BY ALL ORDER BY 2 DESC, 1"
            ).fetchall())
            return {
                "documents": one("SELECT count(*) FROM documents"),
                "claims": one("SELECT count(*) FROM claims"),
                "claims_by_kind": by("kind"),
                "claims_by_voice": by("voice"),
                "sources": one("SELECT count(DISTINCT source_name) FROM claims"),
                "skipped": one("SELECT count(*) FROM skipped"),
            }

    def query(self, sql: str, params: Optional[Sequence[Any] | dict[str, Any]] = None
              ) -> tuple[list[str], list[tuple]]:
        """Run SQL against the ledger; return ``(columns, rows)``.

        On a read-only ledger only reading statements are accepted.
        """
        try:
            statements = duckdb.extract_statements(sql)
        except duckdb.Error as e:
            raise QueryError(f"could not parse the query: {e}") from e
        if not statements:
            raise QueryError("the query is empty; pass an SQL statement such as `SELECT …`.")
        if self.read_only:
            for s in statements:
                if s.type.name not in reader.READING_STATEMENTS:
                    raise ReadOnlyLedger(self.path, f"a {s.type.name} statement")
        with self._lock:
            con = self._live()
            try:
                cur = con.execute(sql, params) if params is not None else con.execute(sql)
                columns = [d[0] for d in cur.description] if cur.description else []
                rows = cur.fetchall() if cur.description else []
            except duckdb.Error as e:
                if self.read_only and "read-only" in str(e):
                    raise ReadOnlyLedger(self.path, "this statement") from e
                raise QueryError(f"the query failed: {e}") from e
        return columns, rows
