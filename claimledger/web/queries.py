"""The reads the web pages and the API make, as SQL over a read-only ledger.

``Ledger.claims`` streams claims in document order for the CLI; the web needs pages of results,
counts, a few columns per row and lookups by id, so the SQL lives here, next to its only user.
Every value reaches DuckDB as a bound parameter; filters are plain substring matches
(``contains``), so no user text is ever read as a pattern.

A ledger opened read-only cannot change under us (DuckDB lets no writer in while a reader holds
the file), so aggregates over the whole ledger are computed once and kept.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional, Sequence

from claimledger.store.ledger import Ledger

if TYPE_CHECKING:
    from claimledger.web.search_index import SearchIndex
    from claimledger.web.warming import Warmup

#: the columns of a claim row in lists (search results, a source's claims, a document's claims)
_CLAIM_COLUMNS = (
    "c.claim_id, c.doc_id, c.kind, c.voice, c.segment_kind, c.segment_author, c.sentence, "
    "c.sentence_start, c.sentence_end, c.span_start, c.span_end, c.surface, c.value, c.low, "
    "c.high, c.approximate, c.unit, c.counted, c.source_name, c.source_organization, "
    "c.source_role, c.source_title, c.cue, c.via, c.time_surface, c.time_value, c.time_relation, "
    "c.measured, c.measured_of, " + "json_extract_string(c.record, '$.cue_kind') AS cue_kind"
)
_ROW = _CLAIM_COLUMNS + ", d.title, d.published, d.outlet"

#: at most this many words of a search are matched (each must occur in the sentence)
MAX_WORDS = 12

#: the filterable columns, as the ledger's tables name them
LEDGER_COLUMNS = {
    "text": "lower(c.sentence)", "kind": "c.kind", "voice": "c.voice",
    # from the record, so a ledger older than the column (served read-only, not upgraded) works
    "cue_kind": "json_extract_string(c.record, '$.cue_kind')",
    "doc_id": "c.doc_id",
    "source_name": "c.source_name", "source_lower": "lower(c.source_name)",
    "org_lower": "lower(c.source_organization)", "claim_id": "c.claim_id",
    "published": "d.published",
}
#: … and as the search index names them
INDEX_COLUMNS = {k: k for k in LEDGER_COLUMNS}


@dataclass(frozen=True)
class ClaimFilter:
    """What the claims search narrows by; every field is optional."""

    q: Optional[str] = None              # words that must all occur in the sentence
    kind: Optional[str] = None           # quantity | statement
    voice: Optional[str] = None          # source | outlet | reader
    cue_kind: Optional[str] = None       # speech | belief | intention | perception | finding
    source: Optional[str] = None         # text in the source's name
    organization: Optional[str] = None   # text in the source's organisation
    date_from: Optional[dt.date] = None  # the page's publication date, inclusive
    date_to: Optional[dt.date] = None
    doc_id: Optional[str] = None
    source_exact: Optional[str] = None   # the source page: this name exactly
    series: Optional[str] = None         # a series id (for links) …
    claim_ids: Optional[tuple[str, ...]] = None  # … and the claims it holds

    def where(self, columns: dict[str, str]) -> tuple[list[str], list[Any]]:
        """Conditions and parameters over ``columns`` (``LEDGER_COLUMNS`` or the search
        index's), so the ledger and the index answer a filter alike."""
        where, params = [], []
        for word in (self.q or "").lower().split()[:MAX_WORDS]:
            where.append(f"contains({columns['text']}, ?)")
            params.append(word)
        for name, value in (("kind", self.kind), ("voice", self.voice), ("cue_kind", self.cue_kind),
                            ("doc_id", self.doc_id),
                            ("source_name", self.source_exact)):
            if value:
                where.append(f"{columns[name]} = ?")
                params.append(value)
        for name, value in (("source_lower", self.source), ("org_lower", self.organization)):
            if value:
                where.append(f"contains({columns[name]}, ?)")
                params.append(value.lower())
        if self.claim_ids is not None:
            where.append(f"{columns['claim_id']} IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(self.claim_ids))
        if self.date_from:
            where.append(f"{columns['published']} >= ?")
            params.append(self.date_from)
        if self.date_to:
            where.append(f"{columns['published']} <= ?")
            params.append(self.date_to)
        return where, params

    def params(self) -> dict[str, str]:
        """The filter as query-string parameters (for links to the next page)."""
        out = {}
        for name in ("q", "kind", "voice", "cue_kind", "source", "organization", "date_from", "date_to", "doc_id",
                     "series"):
            value = getattr(self, name)
            if value:
                out[name] = value.isoformat() if isinstance(value, dt.date) else str(value)
        return out


@dataclass
class Page:
    """One page of results and where it sits in the whole."""

    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass
class Reader:
    """Read-only queries over one ledger, safe to call from many threads at once."""

    ledger: Ledger
    index: Optional["SearchIndex"] = None
    _local: threading.local = field(default_factory=threading.local, repr=False)
    _cursors: list = field(default_factory=list, repr=False)
    _cursors_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # -- plumbing ------------------------------------------------------------------------------

    def _cursor(self):
        """A cursor of this thread's own: DuckDB connections are not shared across threads.
        The reader keeps them too (``_cursors``) and ``close()`` closes them here: a request
        thread ending then only drops a reference, and never runs DuckDB's clean-up while the
        interpreter may be shutting down (issue 18).  The warm-up's cursor is the warm-up's."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self.ledger.connection.cursor()
            with self._cursors_lock:
                self._cursors.append(cur)
        return cur

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self._cursor().execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> Optional[dict[str, Any]]:
        found = self.rows(sql, params)
        return found[0] if found else None

    def fill_titles(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A page read from plain text has no title column: its headline segment is its title."""
        missing = list({r["doc_id"] for r in rows if not r.get("title") and r.get("doc_id")})
        if missing:
            found = {x["doc_id"]: " ".join(x["t"].split()) for x in self.rows(
                "SELECT s.doc_id, substr(d.text, s.start_char + 1, s.end_char - s.start_char) AS t "
                "FROM segments s JOIN documents d USING (doc_id) WHERE s.kind = 'headline' "
                "AND NOT s.in_title AND s.doc_id IN (SELECT unnest(?::VARCHAR[]))", [missing])}
            for r in rows:
                if not r.get("title") and r.get("doc_id") in found:
                    r["title"] = found[r["doc_id"]]
        return rows

    def close(self) -> None:
        """Close the request threads' cursors and the search index (its in-memory database);
        the ledger is the app's to close."""
        with self._cursors_lock:
            cursors, self._cursors = self._cursors, []
        for cur in cursors:
            cur.close()
        index, self.index = self.index, None
        if index is not None:
            index.close()

    # -- the ledger as a whole -----------------------------------------------------------------

    def warm(self, warmup: Optional["Warmup"] = None) -> None:
        """Compute the kept aggregates and build the search index now (the app does this in
        the background at start-up, under ``warmup``, whose ``stop()`` interrupts every query
        made here: they all run on cursors it handed out, or on the ledger's own connection,
        which it watches)."""
        from claimledger.web.search_index import SearchIndex

        if warmup is None:
            self.stats  # noqa: B018
            self._sources  # noqa: B018
            cursor = self.ledger.connection.cursor()
            try:
                self.index = SearchIndex(cursor)
            finally:
                cursor.close()
            return
        warmup.watch(self.ledger.connection)  # Ledger.stats() runs on it
        self._local.cursor = warmup.cursor(self.ledger.connection)
        try:
            self.stats  # noqa: B018
            warmup.check()
            self._sources  # noqa: B018
            warmup.check()
            self.index = SearchIndex(warmup.cursor(self.ledger.connection), warmup.watch)
        finally:
            self._local.cursor = None  # closed by the warm-up when it ends

    @functools.cached_property
    def stats(self) -> dict[str, Any]:
        s = self.ledger.stats()
        s["sources"] = self.one(
            "SELECT count(*) AS n FROM (SELECT DISTINCT source_name FROM claims "
            "WHERE source_name IS NOT NULL)")["n"]
        span = self.one("SELECT min(published) AS first, max(published) AS last FROM documents")
        s["published_from"] = _iso(span["first"])
        s["published_to"] = _iso(span["last"])
        return s

    @functools.cached_property
    def _sources(self) -> list[dict[str, Any]]:
        """Every named source with its claim count, most claims first (kept: it is a full scan)."""
        return self.rows(
            "SELECT source_name AS name, mode(source_kind) AS kind, "
            "mode(source_organization) AS organization, mode(source_role) AS role, "
            "count(*) AS claims, count(DISTINCT doc_id) AS documents, "
            "min(d.published) AS first, max(d.published) AS last "
            "FROM claims c JOIN documents d USING (doc_id) WHERE source_name IS NOT NULL "
            "GROUP BY source_name ORDER BY claims DESC, name")

    def sources(self, q: Optional[str], page: int, per_page: int) -> Page:
        found = self._sources
        if q:
            needle = q.lower()
            found = [s for s in found if needle in s["name"].lower()
                     or needle in (s["organization"] or "").lower()]
        start = (page - 1) * per_page
        items = [dict(s, first=_iso(s["first"]), last=_iso(s["last"]))
                 for s in found[start:start + per_page]]
        return Page(items, len(found), page, per_page)

    def source(self, name: str) -> Optional[dict[str, Any]]:
        for s in self._sources:
            if s["name"] == name:
                return dict(s, first=_iso(s["first"]), last=_iso(s["last"]))
        return None

    def source_details(self, name: str) -> dict[str, list[dict[str, Any]]]:
        """The titles, roles and organisations a source was given, with how often."""
        out = {}
        for column in ("source_title", "source_role", "source_organization"):
            out[column.split("_", 1)[1]] = [r["v"] for r in self.rows(
                f"SELECT {column} AS v, count(*) AS n FROM claims WHERE source_name = ? "
                f"AND {column} IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT 10", [name])]
        return out

    # -- claims --------------------------------------------------------------------------------

    def search(self, f: ClaimFilter, page: int, per_page: int) -> Page:
        """Claims matching ``f``, newest pages first (then page order)."""
        if self.index is not None:
            total, ids = self.index.search(*f.where(INDEX_COLUMNS), page, per_page)
            rows = self._claims_by_id(ids)
        else:  # before the index is built: the same answer, read from the ledger
            where, params = f.where(LEDGER_COLUMNS)
            base = " FROM claims c JOIN documents d USING (doc_id)" + (
                " WHERE " + " AND ".join(where) if where else "")
            total = self.one("SELECT count(*) AS n" + base, params)["n"]
            rows = self.rows(
                f"SELECT {_ROW}{base} ORDER BY d.published DESC NULLS LAST, c.doc_id, c.span_start, "
                "c.kind, c.claim_id LIMIT ? OFFSET ?", params + [per_page, (page - 1) * per_page])
        return Page(self.fill_titles([_claim_row(r) for r in rows]), total, page, per_page)

    def _claims_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        """Claim rows in the order of ``ids``.  A literal IN list and no join: DuckDB then looks
        the ids up in the primary key instead of scanning (≈6 ms against ≈25 ms)."""
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self.rows(f"SELECT {_CLAIM_COLUMNS} FROM claims c WHERE c.claim_id IN ({marks})", ids)
        doc_ids = list({r["doc_id"] for r in rows})
        docs = {d["doc_id"]: d for d in self.rows(
            "SELECT doc_id, title, published, outlet FROM documents "
            f"WHERE doc_id IN ({', '.join('?' * len(doc_ids))})", doc_ids)}
        at = {claim_id: i for i, claim_id in enumerate(ids)}
        for r in rows:
            d = docs[r["doc_id"]]
            r.update(title=d["title"], published=d["published"], outlet=d["outlet"])
        return sorted(rows, key=lambda r: at[r["claim_id"]])

    def claim(self, claim_id: str) -> Optional[dict[str, Any]]:
        """The claim record (``Claim.to_dict()``) with its document's title, date and outlet."""
        row = self.one(
            "SELECT c.record, d.title, d.published, d.outlet, d.url, d.doc_ref, d.format "
            "FROM claims c JOIN documents d USING (doc_id) WHERE c.claim_id = ?", [claim_id])
        if row is None:
            return None
        record = json.loads(row.pop("record"))
        row["published"] = _iso(row["published"])
        record["document"] = self.fill_titles([dict(row, doc_id=record["doc_id"])])[0]
        return record

    def same_claim(self, record: dict[str, Any], limit: int = 20) -> list[dict[str, Any]]:
        """Other pages carrying the same claim: for a number, the same value (and bounds) of the
        same counted thing; for a statement, the same sentence, spaced and cased alike or not."""
        q = record.get("quantity")
        if record["kind"] == "quantity" and q and q.get("counted"):
            sql = ("c.kind = 'quantity' AND c.value IS NOT DISTINCT FROM ? AND c.low IS NOT "
                   "DISTINCT FROM ? AND c.high IS NOT DISTINCT FROM ? AND lower(c.counted) = ?")
            params: list[Any] = [q.get("value"), q.get("low"), q.get("high"), q["counted"].lower()]
        else:
            sql = "c.kind = ? AND lower(regexp_replace(c.sentence, '\\s+', ' ', 'g')) = ?"
            params = [record["kind"], " ".join(record["sentence"].lower().split())]
        rows = self.rows(
            f"SELECT {_ROW} FROM claims c JOIN documents d USING (doc_id) WHERE {sql} "
            "AND c.doc_id <> ? ORDER BY d.published NULLS LAST, c.doc_id LIMIT ?",
            params + [record["doc_id"], limit])
        return self.fill_titles([_claim_row(r) for r in rows])

    # -- documents -----------------------------------------------------------------------------

    def documents(self, q: Optional[str], page: int, per_page: int) -> Page:
        where, params = "", []
        if q:
            where = " WHERE contains(lower(title), ?) OR contains(lower(outlet), ?)"
            params = [q.lower()] * 2
        total = self.one("SELECT count(*) AS n FROM documents" + where, params)["n"]
        items = self.rows(
            "SELECT doc_id, doc_ref, title, url, outlet, published, author, format, n_claims "
            f"FROM documents{where} ORDER BY published DESC NULLS LAST, doc_ref, doc_id "
            "LIMIT ? OFFSET ?", params + [per_page, (page - 1) * per_page])
        for r in items:
            r["published"] = _iso(r["published"])
        return Page(self.fill_titles(items), total, page, per_page)

    def document(self, doc_id: str) -> Optional[dict[str, Any]]:
        doc = self.ledger.document(doc_id)
        if doc is not None:
            doc.pop("ingested_at", None)
            doc["title"] = self.fill_titles([dict(doc)])[0]["title"]
        return doc

    def document_claims(self, doc_id: str) -> list[dict[str, Any]]:
        rows = self.rows(
            f"SELECT {_ROW}, c.cue_start, c.cue_end, c.source_start, c.source_end "
            "FROM claims c JOIN documents d USING (doc_id) WHERE c.doc_id = ? "
            "ORDER BY c.segment_kind <> 'headline', c.span_start, c.span_end DESC, c.kind",
            [doc_id])
        return [_claim_row(r) for r in rows]

    def segments(self, doc_id: str):
        return self.ledger.segments(doc_id)


def _iso(x: Any) -> Optional[str]:
    return x.isoformat() if isinstance(x, (dt.date, dt.datetime)) else x


def _claim_row(r: dict[str, Any]) -> dict[str, Any]:
    r["published"] = _iso(r.get("published"))
    for k in ("value", "low", "high"):
        if isinstance(r.get(k), float) and r[k].is_integer():
            r[k] = int(r[k])
    return r

