"""Points and series: one claim placed in a series with what is needed to cite it, and the
series' claims in time order."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Optional

from claimledger.lexicon.tracking import RELATION_ORDER
from claimledger.track.claim_time import ClaimTime
from claimledger.track.keys import SeriesKey
from claimledger.track.units import to_base


@dataclass
class Point:
    """One quantity claim placed in a series, with what the tracker needs to cite it."""

    claim_id: str
    doc_id: str
    doc_ref: str
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    approximate: bool
    surface: str
    sentence: str
    voice: str
    source: Optional[str]  # the source's name as written (None: the outlet's own voice)
    source_key: str  # who is speaking, canonical: organisation, else name, else the outlet
    source_title: Optional[str]
    source_role: Optional[str]
    source_organization: Optional[str]
    url: Optional[str]
    outlet: Optional[str]
    published: Optional[dt.date]
    date: Optional[dt.date]  # the claim's time: the first day of its stated time, else the page's date
    date_basis: Optional[str]  # "stated" | "period" | "published" | "vague" | None
    relation: str
    position: int
    series_id: str = ""
    #: the last day of the claim's stated time ("in 1986": 1986-12-31); ``date`` otherwise
    until: Optional[dt.date] = None
    #: the claim id of the first appearance when this one repeats it (a relay)
    relay_of: Optional[str] = None
    #: where the claim's words end in the page's text (``position`` is where they start)
    span_end: Optional[int] = None
    #: the claim's stated time as the extractor gave it (TIMEX3), None when it states none
    time_value: Optional[str] = None
    #: the person who speaks, by the fullest name their page gives (None: no person), so that
    #: one spokesman's figures on several pages meet under one source (``unify_sources``)
    speaker: Optional[str] = None
    #: the claim id of the figure this one replaces, as its own sentence states it ("revised to
    #: 736.6 billion from 736.7 billion": the 736.7 billion's), read by ``revised.py``.  An id,
    #: not the figure's tuple, so a point names another point the way relations do
    revises: Optional[str] = None
    #: whether its sentence calls this figure a revised one ("a revised 236,000")
    says_revised: bool = False
    #: the unit the figure is written in ("mph"); the series' key holds its dimension ("speed")
    #: when it has one, and comparisons are made in that dimension's base unit (``units.py``)
    unit: Optional[str] = None
    #: the claim id of the figure this one gives again in another unit in the same sentence
    #: ("195 km/h (120 mph)": the 120 mph restates the 195 km/h), left out of the relations
    restates: Optional[str] = None

    @property
    def time(self) -> ClaimTime:
        return ClaimTime(self.date, self.until or self.date, self.date_basis)

    @property
    def lane(self) -> str:
        return "reader" if self.voice == "reader" else "source"

    @property
    def dated(self) -> bool:
        """Whether the claim's time is known well enough to compare it with others."""
        return self.time.comparable

    @property
    def figure(self) -> tuple:
        return (self.value, self.low, self.high)

    def interval(self, tolerance: float) -> tuple[float, float]:
        """The values the claim allows, in its dimension's base unit ("120 mph": 193.1 km/h):
        bounds as given, "about" widened by ``tolerance``."""
        lo = self.low if self.low is not None else (self.value if self.value is not None else 0.0)
        hi = self.high if self.high is not None else (
            self.value if self.value is not None else float("inf"))
        if self.high is not None and self.low is None and self.value is None:
            lo = 0.0
        if self.approximate:
            lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
        return to_base(lo, self.unit), to_base(hi, self.unit)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id, "series_id": self.series_id, "value": _num(self.value),
            "low": _num(self.low), "high": _num(self.high), "approximate": self.approximate,
            "surface": self.surface, "source": self.source, "source_key": self.source_key,
            "source_title": self.source_title, "source_role": self.source_role,
            "source_organization": self.source_organization, "voice": self.voice,
            "sentence": self.sentence, "url": self.url, "outlet": self.outlet,
            "doc_ref": self.doc_ref, "doc_id": self.doc_id,
            "span": [self.position, self.span_end] if self.span_end is not None else None,
            "time": {"value": self.time_value, "relation": self.relation},
            "published": _iso(self.published), "date": _iso(self.date),
            "until": _iso(self.until or self.date), "date_basis": self.date_basis, "relay_of": self.relay_of,
            "unit": self.unit, "restates": self.restates,
        }


@dataclass
class Series:
    key: SeriesKey
    points: list[Point] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.key.id

    @property
    def label(self) -> str:
        return self.key.label

    @property
    def sources(self) -> list[str]:
        return sorted({p.source_key for p in self.points if p.lane == "source"})

    @property
    def documents(self) -> int:
        return len({p.doc_id for p in self.points})

    @property
    def across(self) -> bool:
        """Whether the series spans at least two documents or two sources: what the series views
        list by default (a series on one page from one source is that page's own list).  Two
        sources on one page count only when the key names what the figure is of (an entity, a
        place, a topic, a predicate or a measured thing): "one lever … two levers" said by an
        interviewer and a scientist is the page's own talk of levers, not one quantity (on the
        295 Wikinews articles such bare one-page lists led the home page: levers, stars, arms)."""
        if self.documents >= 2:
            return True
        k = self.key
        anchored = bool(k.entity or k.scope or k.measured or k.predicate or k.topic)
        return anchored and len({p.source_key for p in self.points}) >= 2

    @property
    def latest(self) -> Optional[Point]:
        """The most recent estimate outside reader comments (a figure given again in another
        unit, "195 km/h (120 mph)", is the claim it restates, never a later estimate)."""
        dated = [p for p in self.points if p.lane == "source" and p.date is not None and p.restates is None]
        return dated[-1] if dated else None

    def summary(self) -> dict[str, Any]:
        dates = [p.date for p in self.points if p.date is not None]
        latest = self.latest
        return {
            "series_id": self.id, "label": self.label, "key": self.key.to_dict(),
            "claims": len(self.points), "sources": len(self.sources), "documents": self.documents,
            "members": [p.claim_id for p in self.points],
            "first": _iso(min(dates)) if dates else None,
            "last": _iso(max(dates)) if dates else None,
            "latest": latest.to_dict() if latest else None,
        }

    def to_dict(self) -> dict[str, Any]:
        return self.summary() | {"source_keys": self.sources,
                                 "points": [p.to_dict() for p in self.points]}


def _order(p: Point) -> tuple:
    return (p.date or dt.date.max, RELATION_ORDER.get(p.relation, 3),
            p.published or dt.date.max, p.doc_ref, p.position, p.claim_id)


def _num(x: Optional[float]) -> Optional[float]:
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _iso(d: Optional[dt.date]) -> Optional[str]:
    return d.isoformat() if d is not None else None
