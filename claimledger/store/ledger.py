"""The ledger: analysed documents and their claims in one DuckDB file.

``Ledger`` is the library's main handle; the CLI opens one and calls a single method per command.
Storage and reads live in ``claimledger.store.database`` (opening and locking the file), ``writer``
(batches through Arrow), ``reader`` (claims, documents and sources back), ``migrations`` (the
schema on open) and ``kept`` (the tracker's result kept in the file); those import nothing above
the store stage.  This module adds what is computed across documents — series, conflicts,
revisions, relays — and export, so it is the one module of the store that imports upward (from
``claimledger.track`` and ``claimledger.views``).

Tracking every claim takes seconds on a large ledger, so the result is kept in the ledger (table
``tracked``) under a key made of the tracker's code, its settings and a hash of the claims and
pages it reads: the first view computes and keeps it, later views read it back (a read-only
``Ledger`` keeps it when it closes, by opening the file for writing if nothing else holds it).
Any change to the claims changes the key, so a kept result is never stale.  The views read back
only what they show (``track.stored``: the series spanning two pages, one series, the series
with conflicts).

The tables are written out once, in ``claimledger/store/schema.py``; the README's "The ledger
(DuckDB schema)" section documents them (a test keeps the two in step).
"""
from __future__ import annotations

import contextlib
import gc
import time
from typing import Any, Callable, Iterable, Iterator, Optional

import duckdb

from claimledger.errors import (
    ClaimLedgerError,
    LedgerError,
    LedgerLocked,
    LedgerNotFound,
    NotALedger,
    QueryError,
    ReadOnlyLedger,
    SchemaTooNew,
)
from claimledger.store import kept
from claimledger.store.connection import DEFAULT_PATH
from claimledger.store.database import LedgerDatabase
from claimledger.track import stored
from claimledger.track.find import find_ids, find_keys, looks_like_id
from claimledger.track.tracker import (
    DEFAULT_TRACK_SETTINGS,
    PAGES_SQL,
    ROWS_SQL,
    Conflict,
    Relay,
    Revision,
    Series,
    SeriesNotFound,
    Tracked,
    TrackSettings,
    track,
)
from claimledger.views.export import export as export_claims

#: a result that took at least this long to compute is kept by a read-only ``Ledger`` too (it
#: reopens the file for writing as it closes); a small ledger is tracked faster than written
KEEP_AFTER_SECONDS = 0.5

#: streams the rows of a query: ``(sql, params) -> rows`` (the web reads through its own cursor)
Stream = Callable[[str, list], Iterable[tuple]]


class Ledger(LedgerDatabase):
    """A claim ledger in a DuckDB file (``":memory:"`` for a throwaway one)."""

    #: a result computed by this read-only ledger, to keep once it closes
    _pending: Optional[tuple[str, str, str, dict[str, bytes]]] = None

    def __enter__(self) -> "Ledger":
        return self

    def close(self) -> None:
        """Close the file; a tracker result computed meanwhile on a read-only ledger is then
        kept in it, if the file can be opened for writing (else the next view computes it)."""
        pending, self._pending = self._pending, None
        super().close()
        if pending is not None:
            _keep_in_file(self.path, *pending)

    # -- across documents: thin wrappers over claimledger/track and views/export ---------------

    def tracked(self, settings: Optional[TrackSettings] = None, stream: Optional[Stream] = None) -> Tracked:
        """Series, relays, conflicts and revisions of the stored claims: the result kept in the
        ledger for exactly these claims and settings, else computed (and kept).  ``stream``
        reads the rows when they must be computed (the web's interruptible cursor)."""
        return self._tracked(settings or DEFAULT_TRACK_SETTINGS, None, stream)

    def series(self, settings: Optional[TrackSettings] = None, *, across: bool = False) -> list[Series]:
        """Claims about the same quantity (counted thing × entity × scope), those across the most
        documents first, then the largest; ``across``: only those spanning two documents or two
        sources."""
        found = self._tracked(settings or DEFAULT_TRACK_SETTINGS, stored.across if across else None).series
        return [s for s in found if s.across] if across else found

    def timeline(self, series_or_text: str, settings: Optional[TrackSettings] = None) -> Series:
        """One series, by id or description ("IS fighters in Iraq and Syria"), points in time order."""
        settings = settings or DEFAULT_TRACK_SETTINGS
        tables = self._kept(settings)[2]
        if tables is None:
            found = self._tracked(settings, None).series
            hits = find_keys([s.key for s in found], [len(s.points) for s in found], series_or_text)
            if not hits:
                raise SeriesNotFound(series_or_text)
            return found[hits[0]]
        hits = find_ids(stored.series_ids(tables), series_or_text) if looks_like_id(series_or_text) else []
        hits = hits or find_keys(*stored.series_sizes(tables), series_or_text)
        if not hits:
            raise SeriesNotFound(series_or_text)
        with _collector_paused():
            return stored.from_tables(tables, stored.at(hits[0])).series[0]

    def conflicts(self, settings: Optional[TrackSettings] = None) -> list[Conflict]:
        """Different sources with disjoint figures for the same quantity at close times."""
        return self._tracked(settings or DEFAULT_TRACK_SETTINGS, stored.with_relations("conflicts")).conflicts

    def revisions(self, settings: Optional[TrackSettings] = None) -> list[Revision]:
        """Each source's changes of its own figure."""
        return self._tracked(settings or DEFAULT_TRACK_SETTINGS, stored.with_relations("revisions")).revisions

    def relays(self, settings: Optional[TrackSettings] = None) -> list[Relay]:
        """Claims carried by several pages: first appearance and repeats."""
        return self.tracked(settings).relays

    def export(self, format: str, out: Any, settings: Optional[TrackSettings] = None) -> int:
        """Write every claim to the binary file object ``out`` as jsonl, csv, parquet or jsonld
        (schema.org ``Claim``); return how many records were written."""
        return export_claims(self, format, out, settings)

    # -- the kept result -----------------------------------------------------------------------

    def _kept(self, settings: TrackSettings) -> tuple[str, str, Optional[stored.Kept]]:
        """``(key, content, kept)``: the key a result for ``settings`` is kept under, the
        ledger's content hash, and the result kept under the key (None when there is none);
        its points are read from the ledger as the series built need them."""
        with self._lock:
            con = self._live()
            content = kept.content(con)
            key = kept.result_key(stored.tracker_digest(), stored.settings_text(settings), content)
            parts = kept.read(con, key, but=stored.POINTS)
        if parts is None:
            return key, content, None

        def fetch(names: list[str]) -> dict[str, bytes]:
            with self._lock:
                return kept.read(self._live(), key, names) or {}

        return key, content, stored.Kept(parts, fetch)

    def _tracked(self, settings: TrackSettings, only: Optional[stored.Only],
                 stream: Optional[Stream] = None) -> Tracked:
        """The kept result (just the series ``only`` picks, when given), else the whole result
        computed now and kept."""
        key, content, tables = self._kept(settings)
        with _collector_paused():
            if tables is not None:
                try:
                    return stored.from_tables(tables, only)
                except (KeyError, IndexError, TypeError, ValueError):  # pyarrow's errors are ValueErrors
                    pass  # damaged, or of another shape: computed anew, and kept over it
            read = stream or self._stream
            started = time.perf_counter()
            result = track(read(ROWS_SQL, []), settings, read(PAGES_SQL, []))
            self._keep(key, stored.settings_text(settings), content, result,
                       time.perf_counter() - started)
            return result

    def _keep(self, key: str, settings: str, content: str, result: Tracked, seconds: float) -> None:
        if self.read_only and seconds < KEEP_AFTER_SECONDS:
            return
        parts = stored.to_parts(result)
        if self.read_only:
            self._pending = (key, settings, content, parts)
            return
        try:
            with self._lock:
                kept.write(self._live(), key, settings, content, parts)
        except duckdb.Error:  # e.g. inside the caller's own transaction: the view goes on, unkept
            pass


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Tens of thousands of rows and points, none of them cyclic: the garbage collector only
    rescans them (a third of the time on the 7,384-page news corpus)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _keep_in_file(path: str, key: str, settings: str, content: str, parts: dict[str, bytes]) -> None:
    """Keep a result a read-only ``Ledger`` computed, opening the file for writing; nothing
    happens when that cannot be done (another process holds the file, it is read-only on disk):
    the next view computes the result again."""
    if path == ":memory:":
        return
    try:
        with LedgerDatabase(path) as db:
            with db._lock:
                con = db.connection
                if kept.content(con) == content:  # unchanged since it was computed
                    kept.write(con, key, settings, content, parts)
    except (ClaimLedgerError, duckdb.Error, OSError):
        pass


__all__ = [
    "Ledger", "LedgerError", "LedgerNotFound", "LedgerLocked", "NotALedger", "SchemaTooNew",
    "ReadOnlyLedger", "QueryError", "DEFAULT_PATH",
]
