"""The ledger: analysed documents and their claims in one DuckDB file.

``Ledger`` is the library's main handle; the CLI opens one and calls a single method per command.
Storage and reads live in ``claimledger.store.database`` (opening and locking the file), ``writer``
(batches through Arrow), ``reader`` (claims, documents and sources back) and ``migrations`` (the
schema on open); those import nothing above the store stage.  This module adds what is computed
across documents — series, conflicts, revisions, relays — and export, so it is the one module of
the store that imports upward (from ``claimledger.track`` and ``claimledger.views``).

The tables are written out once, in ``claimledger/store/schema.py``; the README's "The ledger
(DuckDB schema)" section documents them (a test keeps the two in step).
"""
from __future__ import annotations

import gc
from typing import Any, Optional

from claimledger.errors import (
    LedgerError,
    LedgerLocked,
    LedgerNotFound,
    NotALedger,
    QueryError,
    ReadOnlyLedger,
    SchemaTooNew,
)
from claimledger.store.connection import DEFAULT_PATH
from claimledger.store.database import LedgerDatabase
from claimledger.track.find import find_series
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


class Ledger(LedgerDatabase):
    """A claim ledger in a DuckDB file (``":memory:"`` for a throwaway one)."""

    def __enter__(self) -> "Ledger":
        return self

    # -- across documents: thin wrappers over claimledger/track and views/export ---------------

    def tracked(self, settings: Optional[TrackSettings] = None) -> Tracked:
        """Series, relays, conflicts and revisions, computed from the stored claims (on read,
        so every ingest is reflected at once)."""
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of rows and points, none of them cyclic: the collector
        try:          # only rescans them (a third of the time on the 7,384-page news corpus)
            return track(self._stream(ROWS_SQL, []), settings or DEFAULT_TRACK_SETTINGS,
                         self._stream(PAGES_SQL, []))
        finally:
            if collecting:
                gc.enable()

    def series(self, settings: Optional[TrackSettings] = None) -> list[Series]:
        """Claims about the same quantity (counted thing × entity × scope), those across the most
        documents first, then the largest."""
        return self.tracked(settings).series

    def timeline(self, series_or_text: str, settings: Optional[TrackSettings] = None) -> Series:
        """One series, by id or description ("IS fighters in Iraq and Syria"), points in time order."""
        hits = find_series(self.series(settings), series_or_text)
        if not hits:
            raise SeriesNotFound(series_or_text)
        return hits[0]

    def conflicts(self, settings: Optional[TrackSettings] = None) -> list[Conflict]:
        """Different sources with disjoint figures for the same quantity at close times."""
        return self.tracked(settings).conflicts

    def revisions(self, settings: Optional[TrackSettings] = None) -> list[Revision]:
        """Each source's changes of its own figure."""
        return self.tracked(settings).revisions

    def relays(self, settings: Optional[TrackSettings] = None) -> list[Relay]:
        """Claims carried by several pages: first appearance and repeats."""
        return self.tracked(settings).relays

    def export(self, format: str, out: Any, settings: Optional[TrackSettings] = None) -> int:
        """Write every claim to the binary file object ``out`` as jsonl, csv, parquet or jsonld
        (schema.org ``Claim``); return how many records were written."""
        return export_claims(self, format, out, settings)


__all__ = [
    "Ledger", "LedgerError", "LedgerNotFound", "LedgerLocked", "NotALedger", "SchemaTooNew",
    "ReadOnlyLedger", "QueryError", "DEFAULT_PATH",
]
