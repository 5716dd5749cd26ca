"""Series, conflicts and revisions for the web, read once per ledger and kept.

``Ledger.tracked()`` reads the tracker's result kept in the ledger, or, when none is kept for
its claims, reads every quantity claim and groups them (seconds on a large ledger).  Either way
it runs once, in a background thread started with the app (``app._warm``), and requests wait for
it only if they come before it is done.  The ledger is open read-only and cannot change
meanwhile, so the result never goes stale.  In the background the claims are read through the
warm-up's cursors, a chunk at a time, so stopping the app stops the read
(``claimledger/web/warming.py``); what is left then is the grouping of rows already read.  The
web and the command line read the same result (the web once tracked without the pages'
headlines, so its series of victims and cases missed their topics).
"""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, Optional

from claimledger.store.ledger import Ledger
from claimledger.web.queries import Page

if TYPE_CHECKING:
    from claimledger.web.warming import Warmup

#: rows read between two looks at whether the warm-up was stopped
_CHUNK = 2048


def available() -> bool:
    """Whether this claimledger has the tracker (``claimledger/track.py``)."""
    try:
        import claimledger.track.tracker  # noqa: F401
    except ImportError:
        return False
    return hasattr(Ledger, "tracked")


@dataclass
class Tracking:
    ledger: Ledger
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _done: Optional[dict[str, Any]] = field(default=None, repr=False)

    def warm(self, warmup: Optional["Warmup"] = None) -> None:
        """Compute now (the app calls this from a background thread at start-up, under
        ``warmup``: its ``stop()`` interrupts the read and leaves the work to the requests)."""
        self._get(warmup)

    def _get(self, warmup: Optional["Warmup"] = None) -> dict[str, Any]:
        with self._lock:
            if self._done is None:
                tracked = self.ledger.tracked() if warmup is None else _tracked(self.ledger, warmup)
                by_claim = {p.claim_id: s.id for s in tracked.series for p in s.points}
                by_series: dict[tuple[str, str], list] = {}
                for what in ("conflicts", "revisions"):
                    for x in getattr(tracked, what):
                        by_series.setdefault((what, x.series.id), []).append(x)
                by_speaker: dict[str, list] = {}
                for r in tracked.revisions:
                    for name in {r.before.source, r.after.source} - {None}:
                        by_speaker.setdefault(name, []).append(r)
                self._done = {
                    "by_series": by_series,
                    "by_speaker": by_speaker,
                    "tracked": tracked,
                    "series": {s.id: s for s in tracked.series},
                    "by_claim": by_claim,
                    # newest first: what changed last is what a reader looks for
                    "conflicts": sorted(tracked.conflicts, key=lambda c: _latest(c.a, c.b), reverse=True),
                    "revisions": sorted(tracked.revisions, key=lambda r: _latest(r.before, r.after), reverse=True),
                }
            return self._done

    # -- series --------------------------------------------------------------------------------

    def series_page(self, q: Optional[str], page: int, per_page: int, show_all: bool = False) -> Page:
        """A page of series in the tracker's order (across the most documents first, then the
        largest): by default only those spanning two documents or two sources (a series on one
        page from one source is that page's own list); ``show_all`` for every series."""
        found = self._get()["tracked"].series
        if not show_all:
            found = [s for s in found if s.across]
        if q:
            needle = q.lower()
            found = [s for s in found if needle in s.label.lower()]
        start = (page - 1) * per_page
        return Page([s.summary() for s in found[start:start + per_page]], len(found), page, per_page)

    def series(self, series_id: str):
        return self._get()["series"].get(series_id)

    def series_of(self, claim_id: str):
        sid = self._get()["by_claim"].get(claim_id)
        return self.series(sid) if sid else None

    def claim_ids(self, series_id: str) -> list[str]:
        s = self.series(series_id)
        return [p.claim_id for p in s.points] if s else []

    def chart(self, series_id: str) -> dict[str, Any]:
        """The timeline layout of a series (kept: the series cannot change)."""
        charts = self._get().setdefault("charts", {})
        if series_id not in charts:
            from claimledger.web.timeline import layout

            charts[series_id] = layout(self.series(series_id))
        return charts[series_id]

    def count(self) -> int:
        return len(self._get()["tracked"].series)

    # -- conflicts and revisions ---------------------------------------------------------------

    def conflicts(self, page: int, per_page: int, series_id: Optional[str] = None) -> Page:
        return self._page("conflicts", page, per_page, series_id)

    def revisions(self, page: int, per_page: int, series_id: Optional[str] = None) -> Page:
        return self._page("revisions", page, per_page, series_id)

    def revisions_by(self, source_name: str, limit: int = 100) -> list[dict[str, Any]]:
        """Revisions in which ``source_name`` (as stored on the claims) changed a figure, newest
        first."""
        found = sorted(self._get()["by_speaker"].get(source_name, []),
                       key=lambda r: _latest(r.before, r.after), reverse=True)
        return [r.to_dict() for r in found[:limit]]

    def _page(self, what: str, page: int, per_page: int, series_id: Optional[str]) -> Page:
        done = self._get()
        found = done["by_series"].get((what, series_id), []) if series_id else done[what]
        start = (page - 1) * per_page
        return Page([x.to_dict() for x in found[start:start + per_page]], len(found), page, per_page)


def _tracked(ledger: Ledger, warmup: "Warmup"):
    """``Ledger.tracked()``, with the claims read through the warm-up's cursors when they must be
    tracked anew (the result kept in the ledger is read back in a fraction of a second)."""
    def stream(sql: str, params: list) -> Iterator[tuple]:
        return _rows(warmup.cursor(ledger.connection), sql, params, warmup)

    return ledger.tracked(stream=stream)


def _rows(cursor, sql: str, params: list, warmup: "Warmup") -> Iterator[tuple]:
    cursor.execute(sql, params)
    while rows := cursor.fetchmany(_CHUNK):
        warmup.check()
        yield from rows


def _latest(a, b) -> dt.date:
    return max(d for d in (a.date, b.date, dt.date.min) if d is not None)
