"""The ledger: analysed documents and their claims in one DuckDB file.

``Ledger`` is the library's main handle; the CLI opens one and calls a single method per command.
A document is identified by the sha256 of its normalised title and text (``Document.doc_id``), so
storing the same page twice changes nothing, and a resumed ingest can ask which documents are
already in (``has_documents``) before spending time on analysis.

Writes go through Arrow tables, one transaction per batch: a document row, its segments and its
claims commit together or not at all, so a crash (even SIGKILL) mid-batch leaves every stored
document complete.  Row-by-row ``executemany`` runs ~1,000 rows/s in DuckDB; Arrow scans are
three orders of magnitude faster.

Schema (version 3, kept in ``meta``; DDL in ``claimledger/schema.py``; an older ledger is
upgraded the first time it is opened for writing: version 1 gains the ``sources`` table, filled
from its claims, version 2 the claims' ``predicate`` column, filled from their records):

``meta(key PK, value)``
    ``schema_version`` — an older claimledger refuses a ledger written by a newer one.
``documents``
    ``doc_id`` PK (sha256 of the normalised title and text), ``doc_ref`` (the input's own id:
    JSONL ``id``, file path or URL), ``title``, ``url``, ``outlet``, ``published DATE``,
    ``author``, ``format`` (text, html, jsonl, warc…), ``text`` (exactly as read: claim offsets
    index it), ``n_claims`` (claims stored for the document), ``ingested_at TIMESTAMP`` (UTC, one
    value per batch), ``metadata JSON`` (the reader's extra fields).
``segments``
    ``doc_id``, ``kind`` (headline, byline, caption, body, comments_header, comment, boilerplate),
    ``idx`` (count among segments of the same kind), ``start_char``, ``end_char``,
    ``comment_index`` (groups the paragraphs of one reader comment), ``author``, ``in_title``
    (offsets index the title instead of the text).
``claims``
    ``claim_id`` PK, ``doc_id``, ``doc_ref``, ``kind`` (quantity | statement),
    ``segment_kind``/``segment_index``/``segment_author``, ``voice`` (source | outlet | reader),
    ``sentence``, ``sentence_start``/``_end``, ``span_start``/``_end`` (the claim's own words),
    ``cue_start``/``_end``, ``source_start``/``_end``; the quantity: ``surface``,
    ``value``/``low``/``high DOUBLE``, ``approximate BOOLEAN``, ``trend`` (up | down), ``unit``,
    ``counted``, ``entity``, ``predicate`` (what the count says happened: killed, exported,
    capacity …; NULL when it only says the things exist); ``scope VARCHAR[]``; the source: ``source_name``, ``source_title``,
    ``source_role``, ``source_organization``, ``source_kind``; ``cue``, ``quote`` (direct |
    indirect | mixed), ``via VARCHAR[]`` (outlets, nearest the source first); the time:
    ``time_surface``, ``time_value`` (TIMEX3), ``time_relation``; ``hedges VARCHAR[]``,
    ``extractor`` (version that produced the claim), ``record JSON`` (``Claim.to_dict()``:
    ``Claim.from_dict`` round-trips it exactly; the flat columns are for SQL).
``sources``
    one row per speaker per document (a person is one source however often and however named):
    ``doc_id``, ``source_id`` (stable hash of document, kind and name; PK with ``doc_id``),
    ``name`` (canonical), ``kind``, ``title``, ``role``, ``organization``, ``mentions`` (distinct
    places the text names or refers to it), ``statements``/``quantities`` (claims attributed),
    ``first_start`` (offset of the first mention), ``names VARCHAR[]`` (other names it went by).
``skipped(input, reason, at TIMESTAMP)``
    inputs that could not be read, and why.

Indexes: ``segments(doc_id)``, ``claims(doc_id)``, ``claims(source_name)``, ``claims(voice)``,
``claims(counted)``, ``sources(name)``.

DuckDB allows one writing process per file; other processes may open it read-only only while no
writer holds it.  A ``Ledger`` may be shared between threads (calls are serialised).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Sequence

import duckdb
import pyarrow as pa

from claimledger.errors import ClaimLedgerError
from claimledger.model import Claim, Document, Segment
from claimledger.store.schema import (
    ARROW_SCHEMAS,
    CLAIMS_INSERT,
    DDL,
    SCHEMA_VERSION,
    TABLES,
    TABLES_V1,
)
from claimledger.store.sources import DocumentSource, document_sources

if TYPE_CHECKING:
    from claimledger.track.tracker import (
        Conflict,
        Relay,
        Revision,
        Series,
        Tracked,
        TrackSettings,
    )

log = logging.getLogger(__name__)

DEFAULT_PATH = "claimledger.duckdb"

#: statement types ``query`` lets through on a read-only ledger (checked before DuckDB would refuse,
#: so the message can say what to do)
_READING_STATEMENTS = frozenset({"SELECT", "EXPLAIN", "PRAGMA", "SHOW", "DESCRIBE", "SUMMARIZE"})

#: rows fetched per round trip when streaming claims and documents
_FETCH = 2048

Batch = Sequence[tuple[Document, Sequence[Segment], Sequence[Claim]]]


class LedgerError(ClaimLedgerError):
    """Something is wrong with the ledger file or a request made to it."""


class LedgerNotFound(LedgerError):
    def __init__(self, path: str):
        super().__init__(
            f"no ledger at {path!r}. Check the path, or create one by ingesting into it "
            f"(`claimledger ingest --db {path} …`)."
        )


class LedgerLocked(LedgerError):
    def __init__(self, path: str, detail: str):
        super().__init__(
            f"{path!r} is in use by another process ({detail}). DuckDB allows one writer per "
            f"file: wait for that process to finish or stop it, or work on a copy of the file."
        )


class NotALedger(LedgerError):
    def __init__(self, path: str, why: str):
        super().__init__(
            f"{path!r} is not a claimledger ledger ({why}). Choose another path for the ledger; "
            f"claimledger does not write into other databases."
        )


class SchemaTooNew(LedgerError):
    def __init__(self, path: str, found: int):
        super().__init__(
            f"{path!r} has ledger schema version {found}, but this claimledger reads version "
            f"{SCHEMA_VERSION}. Upgrade claimledger (`pip install -U claimledger`)."
        )


class ReadOnlyLedger(LedgerError):
    def __init__(self, path: str, what: str):
        super().__init__(
            f"{path!r} is open read-only, so {what} is refused. Open it with read_only=False "
            f"(the CLI opens read-only for queries) to change it."
        )


class QueryError(LedgerError):
    """DuckDB rejected a query; the message is DuckDB's, prefixed with what was being done."""


class Ledger:
    """A claim ledger in a DuckDB file (``":memory:"`` for a throwaway one)."""

    def __init__(self, path: str | os.PathLike = DEFAULT_PATH, read_only: bool = False):
        self.path = os.fspath(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        self._con = _connect(self.path, read_only)
        try:
            self._ensure_schema()
        except BaseException:
            self._con.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> "Ledger":
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

    def _ensure_schema(self) -> None:
        """Create the tables on first open; refuse files that are some other database."""
        con = self._live()
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_catalog = current_database() AND table_schema = 'main'"
        ).fetchall()}
        if "meta" in tables:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None or not str(row[0]).isdigit():
                raise NotALedger(self.path, "its meta table has no schema_version")
            found = int(row[0])
            if found > SCHEMA_VERSION:
                raise SchemaTooNew(self.path, found)
            missing = set(TABLES if found >= 2 else TABLES_V1) - tables
            if missing:
                raise NotALedger(self.path, f"tables missing: {', '.join(sorted(missing))}")
            if found < SCHEMA_VERSION and not self.read_only:
                self._upgrade()
            return
        if tables:
            raise NotALedger(self.path, f"it holds other tables: {', '.join(sorted(tables)[:5])}")
        if self.read_only:
            raise NotALedger(self.path, "the database is empty")
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(DDL)
            con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?)",
                [str(SCHEMA_VERSION), _now().isoformat()],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _upgrade(self) -> None:
        """Bring an older ledger to this version in one transaction (a crash leaves it as it
        was, upgraded on the next open): version 1 gains the ``sources`` table, filled from the
        stored claims; version 2 the claims' ``predicate`` column, filled from their records."""
        con = self._live()
        con.execute("BEGIN TRANSACTION")
        try:
            had_sources = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
                "AND table_catalog = current_database() AND table_name = 'sources'").fetchone()[0]
            con.execute(DDL)  # creates what is missing and adds the predicate column
            if not had_sources:
                rows: list[DocumentSource] = []
                for doc_claims in self._claims_by_document(None):
                    rows.extend(document_sources(doc_claims))
                    if len(rows) >= 50_000:
                        self._insert("sources", _sources_table(rows))
                        rows = []
                self._insert("sources", _sources_table(rows))
            con.execute("UPDATE claims SET predicate = json_extract_string(record, '$.quantity.predicate') "
                        "WHERE predicate IS NULL AND kind = 'quantity'")
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _claims_by_document(self, doc_id: Optional[str]) -> Iterator[list[Claim]]:
        """Stored claims, one list per document (for sources computed from claims)."""
        sql = "SELECT doc_id, record FROM claims" + (" WHERE doc_id = ?" if doc_id else "") + " ORDER BY doc_id"
        current, group = None, []
        for d, record in self._stream(sql, [doc_id] if doc_id else []):
            if d != current and group:
                yield group
                group = []
            current = d
            group.append(Claim.from_dict(json.loads(record)))
        if group:
            yield group

    # -- writing -----------------------------------------------------------------------------

    def add(self, batch: Batch) -> int:
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
            tables = _arrow_tables(fresh, _now())
            con.execute("BEGIN TRANSACTION")
            try:
                for name in ("documents", "segments", "claims", "sources"):
                    self._insert(name, tables[name])
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return len(fresh)

    def _insert(self, table: str, rows: pa.Table) -> None:
        """Append an Arrow table to ``table`` (same columns, same order) inside the open transaction."""
        if rows.num_rows == 0:
            return
        con = self._live()
        view = f"_claimledger_new_{table}"
        con.register(view, rows)
        try:
            if table == "claims":
                con.execute(CLAIMS_INSERT.replace("{source}", view))
            else:
                con.execute(f"INSERT INTO {table} SELECT * FROM {view}")
        finally:
            con.unregister(view)

    def record_skipped(self, input: str, reason: str) -> None:
        """Note an input that could not be read (kept once per input and reason)."""
        self._writable("recording a skipped input")
        with self._lock:
            self._live().execute(
                "INSERT INTO skipped SELECT ?, ?, ? WHERE NOT EXISTS "
                "(SELECT 1 FROM skipped WHERE input = ? AND reason = ?)",
                [input, reason, _now(), input, reason],
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
    ) -> Iterator[Claim]:
        """Stored claims, in document order (ingestion, then input id) and then by position.

        ``subject`` matches case-insensitively in the counted thing, entity, scope or sentence;
        ``source`` in the source's name or organization; the others match exactly.
        """
        where, params = [], []
        if subject:
            where.append(
                "(contains(lower(c.counted), ?) OR contains(lower(c.entity), ?) OR "
                "contains(lower(array_to_string(c.scope, chr(31))), ?) OR "
                "contains(lower(c.sentence), ?))"
            )
            params += [subject.lower()] * 4
        if source:
            where.append(
                "(contains(lower(c.source_name), ?) OR contains(lower(c.source_organization), ?))"
            )
            params += [source.lower()] * 2
        for column, value in (("voice", voice), ("kind", kind), ("doc_id", doc_id)):
            if value is not None:
                where.append(f"c.{column} = ?")
                params.append(value)
        sql = (
            "SELECT c.record FROM claims c JOIN documents d USING (doc_id)"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.ingested_at, d.doc_ref, c.doc_id,"
            " c.segment_kind <> 'headline', c.span_start, c.span_end, c.kind, c.claim_id"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        for (record,) in self._stream(sql, params):
            yield Claim.from_dict(json.loads(record))

    def sources(self, doc_id: Optional[str] = None) -> list[dict[str, Any]]:
        """The speakers of each document (or of one): a person is one source across the article,
        with canonical name, title, role, organisation and how often it is mentioned.  In
        document order, then by first mention."""
        columns = [f.name for f in ARROW_SCHEMAS["sources"]]
        with self._lock:
            con = self._live()
            has_table = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
                "AND table_catalog = current_database() AND table_name = 'sources'").fetchone()[0]
        if not has_table:  # a version-1 ledger opened read-only: computed from its claims
            order = {d["doc_id"]: k for k, d in enumerate(self.documents(include_text=False))}
            found = [s.to_dict() for group in self._claims_by_document(doc_id) for s in document_sources(group)]
            found.sort(key=lambda s: (order.get(s["doc_id"], len(order)), s["first_start"] is None,
                                      s["first_start"] or 0, s["name"]))
            return found
        sql = (f"SELECT {', '.join('s.' + c for c in columns)} FROM sources s JOIN documents d USING (doc_id)"
               + (" WHERE s.doc_id = ?" if doc_id else "")
               + " ORDER BY d.ingested_at, d.doc_ref, s.doc_id, s.first_start IS NULL, s.first_start, s.name")
        return [dict(zip(columns, row)) for row in self._stream(sql, [doc_id] if doc_id else [])]

    def documents(self, *, include_text: bool = True) -> Iterator[dict[str, Any]]:
        """Stored documents as dicts (the ``documents`` columns), in ingestion order."""
        columns = [f.name for f in ARROW_SCHEMAS["documents"] if include_text or f.name != "text"]
        sql = (f"SELECT {', '.join(columns)} FROM documents "
               "ORDER BY ingested_at, doc_ref, doc_id")
        for row in self._stream(sql, []):
            yield _document_dict(dict(zip(columns, row)))

    def document(self, doc_id: str) -> Optional[dict[str, Any]]:
        """One stored document with its text, or None."""
        columns = [f.name for f in ARROW_SCHEMAS["documents"]]
        with self._lock:
            row = self._live().execute(
                f"SELECT {', '.join(columns)} FROM documents WHERE doc_id = ?", [doc_id]
            ).fetchone()
        return _document_dict(dict(zip(columns, row))) if row else None

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
                if s.type.name not in _READING_STATEMENTS:
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

    # -- across documents: thin wrappers over claimledger/track.py and export.py -----------

    def tracked(self, settings: Optional["TrackSettings"] = None) -> "Tracked":
        """Series, relays, conflicts and revisions, computed from the stored claims (on read,
        so every ingest is reflected at once)."""
        from claimledger.track.tracker import DEFAULT_TRACK_SETTINGS, ROWS_SQL, track

        return track(self._stream(ROWS_SQL, []), settings or DEFAULT_TRACK_SETTINGS)

    def series(self, settings: Optional["TrackSettings"] = None) -> list["Series"]:
        """Claims about the same quantity (counted thing × entity × scope), largest first."""
        return self.tracked(settings).series

    def timeline(self, series_or_text: str, settings: Optional["TrackSettings"] = None) -> "Series":
        """One series, by id or description ("IS fighters in Iraq and Syria"), points in time order."""
        from claimledger.track.find import find_series
        from claimledger.track.tracker import SeriesNotFound

        hits = find_series(self.series(settings), series_or_text)
        if not hits:
            raise SeriesNotFound(series_or_text)
        return hits[0]

    def conflicts(self, settings: Optional["TrackSettings"] = None) -> list["Conflict"]:
        """Different sources with disjoint figures for the same quantity at close times."""
        return self.tracked(settings).conflicts

    def revisions(self, settings: Optional["TrackSettings"] = None) -> list["Revision"]:
        """Each source's changes of its own figure."""
        return self.tracked(settings).revisions

    def relays(self, settings: Optional["TrackSettings"] = None) -> list["Relay"]:
        """Claims carried by several pages: first appearance and repeats."""
        return self.tracked(settings).relays

    def export(self, format: str, out: Any, settings: Optional["TrackSettings"] = None) -> int:
        """Write every claim to the binary file object ``out`` as jsonl, csv, parquet or jsonld
        (schema.org ``Claim``); return how many records were written."""
        from claimledger.views.export import export

        return export(self, format, out, settings)

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


# -- helpers -----------------------------------------------------------------------------------

def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
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


def _now() -> dt.datetime:
    """UTC, without tzinfo (the column is a plain TIMESTAMP)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _arrow_tables(
    fresh: dict[str, tuple[Document, Sequence[Segment], Sequence[Claim]]], now: dt.datetime
) -> dict[str, pa.Table]:
    """Column-ordered rows for each table, as Arrow tables matching ``schema.ARROW_SCHEMAS``."""
    documents, segments, claims, sources = [], [], [], []
    for doc_id, (doc, segs, doc_claims) in fresh.items():
        kept = _unique_claims(doc_id, doc_claims)
        sources.extend(document_sources(kept))
        metadata = dict(doc.metadata)
        published = _date(doc.published)
        if doc.published and published is None:
            # unparseable dates are kept, not guessed at: the DATE column stays empty
            metadata.setdefault("published_raw", doc.published)
        documents.append({
            "doc_id": doc_id, "doc_ref": doc.doc_ref, "title": doc.title, "url": doc.url,
            "outlet": doc.outlet, "published": published, "author": doc.author,
            "format": doc.format, "text": doc.text, "n_claims": len(kept), "ingested_at": now,
            "metadata": json.dumps(metadata, ensure_ascii=False, default=str),
        })
        segments.extend({
            "doc_id": doc_id, "kind": s.kind, "idx": s.index, "start_char": s.start,
            "end_char": s.end, "comment_index": s.comment_index, "author": s.author,
            "in_title": s.in_title,
        } for s in segs)
        claims.extend({"record": json.dumps(_record(c), ensure_ascii=False)} for c in kept)
    return {
        "documents": pa.Table.from_pylist(documents, schema=ARROW_SCHEMAS["documents"]),
        "segments": pa.Table.from_pylist(segments, schema=ARROW_SCHEMAS["segments"]),
        "claims": pa.Table.from_pylist(claims, schema=ARROW_SCHEMAS["claims"]),
        "sources": _sources_table(sources),
    }


def _sources_table(rows: Sequence[DocumentSource]) -> pa.Table:
    return pa.Table.from_pylist([s.to_dict() for s in rows], schema=ARROW_SCHEMAS["sources"])


def _unique_claims(doc_id: str, claims: Sequence[Claim]) -> list[Claim]:
    """The document's claims, each id once; a claim filed under another document is a bug."""
    seen: dict[str, Claim] = {}
    for c in claims:
        if c.doc_id != doc_id:
            raise LedgerError(
                f"claim {c.claim_id} belongs to document {c.doc_id[:12]}… but was added with "
                f"document {doc_id[:12]}…; pass each document with the claims analysed from it."
            )
        if c.claim_id in seen:
            if seen[c.claim_id] != c:
                log.warning("two different claims share id %s in %s; keeping the first",
                            c.claim_id, c.doc_ref)
            continue
        seen[c.claim_id] = c
    return list(seen.values())


def _record(c: Claim) -> dict[str, Any]:
    """``Claim.to_dict()``, written out by hand: ``dataclasses.asdict`` deep-copies every field
    and made serialising most of the cost of ``add``.  A test compares the two on claims with
    every field set, so a field added to the model cannot be missed here."""
    q, s, t, g = c.quantity, c.source, c.time, c.segment
    return {
        "claim_id": c.claim_id, "doc_id": c.doc_id, "doc_ref": c.doc_ref, "kind": c.kind,
        "segment": {"kind": g.kind, "index": g.index, "author": g.author},
        "voice": c.voice, "sentence": c.sentence,
        "sentence_span": list(c.sentence_span), "span": list(c.span),
        "cue_span": list(c.cue_span) if c.cue_span is not None else None,
        "source_span": list(c.source_span) if c.source_span is not None else None,
        "quantity": None if q is None else {
            "surface": q.surface, "value": _num(q.value), "low": _num(q.low),
            "high": _num(q.high), "approximate": q.approximate, "trend": q.trend,
            "unit": q.unit, "counted": q.counted, "entity": q.entity, "predicate": q.predicate,
        },
        "scope": list(c.scope),
        "source": None if s is None else {
            "name": s.name, "title": s.title, "role": s.role, "organization": s.organization,
            "kind": s.kind,
        },
        "cue": c.cue, "quote": c.quote, "via": list(c.via),
        "time": None if t is None else {"surface": t.surface, "value": t.value,
                                        "relation": t.relation},
        "hedges": list(c.hedges), "extractor": c.extractor,
    }


def _num(x: Optional[float]) -> Optional[float]:
    """As ``model._jsonable``: whole floats are written as integers."""
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _document_dict(row: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready: dates as ISO strings, metadata parsed."""
    if row.get("published") is not None:
        row["published"] = row["published"].isoformat()
    if row.get("ingested_at") is not None:
        row["ingested_at"] = row["ingested_at"].isoformat()
    if row.get("metadata") is not None:
        row["metadata"] = json.loads(row["metadata"])
    return row


__all__ = [
    "Ledger", "LedgerError", "LedgerNotFound", "LedgerLocked", "NotALedger", "SchemaTooNew",
    "ReadOnlyLedger", "QueryError", "DEFAULT_PATH",
]
