"""One owner's one precise rate, given alone under different head nouns: one standing level.

A cartel's reference price is its "benchmark" on one page, its "target" on the next, its
"fixed crude oil price" on a third, always "18 dlrs a barrel"; its output limit is the
"ceiling" here and what it "agreed to limit output to" there, always "15.8 mln bpd".  The
earlier joins need the phrases to share a word (``measured_same_figure``); a rate given by one
owner as exactly one figure under any phrase is, on the news corpus, one level in force.

Joined only when

- the owner is the same and named (an entity or places);
- each series gives one figure and one only, the same, precise (``distinctive_figure``: three
  significant digits, or two in a rate that is not per share) in a rate unit ("USD/barrel",
  "bbl/day"): a series with several figures moves, and which of them is the other's level the
  figure alone does not say;
- no sentence gives both (one sentence's two "15.8 mln" are two things), and the stated periods
  are the same or one side has none;
- the pages are near in time (``series_ownerless_figure.REACH_DAYS``).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point
from claimledger.track.series_ownerless_figure import _near, distinctive_figure

#: what an unplaced figure's series measures (``tracker.AMOUNT``)
AMOUNT_PREFIX = "amount "
#: a part of a whole (``measured_key``)
PART_PREFIX = "part of "


def _rate(unit: Optional[str]) -> bool:
    return bool(unit) and "/" in unit and unit.split("/", 1)[1] != "share"


def _rate_of(key: SeriesKey, points: list[Point]) -> Optional[str]:
    """The series' rate unit: its key's, or the one rate its points are written in when the key
    kept a bare unit ("the 18 dlr target" twice beside "an 18 dlr per barrel reference point")."""
    if _rate(key.unit):
        return key.unit
    rates = {p.unit for p in points if _rate(p.unit) and p.unit.split("/")[0] == (key.unit or "").split("/")[0]}
    return rates.pop() if len(rates) == 1 else None


def join_rate_figures(grouped: dict[SeriesKey, list[Point]], joinable) -> None:
    """Join, in place, the measured series of one owner that each give one and the same precise
    rate (see the module's doc)."""
    buckets: dict[tuple, list[SeriesKey]] = defaultdict(list)
    for key, points in grouped.items():
        rate = _rate_of(key, points) if joinable(key) else None
        if rate is None or key.measured.startswith((AMOUNT_PREFIX, PART_PREFIX)):
            continue
        if not (key.entity or key.scope):
            continue
        figures = {p.figure for p in points}
        if len(figures) != 1 or not distinctive_figure(points[0], rate):
            continue
        buckets[(key.entity, key.scope, rate, next(iter(figures)))].append(key)
    for keys in buckets.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(grouped[k]), -len(k.measured.split()), k.measured, k.period or ""))
        keep = keys[0]
        for k in keys[1:]:
            if k.period != keep.period and k.period is not None and keep.period is not None:
                continue
            if {(p.doc_id, p.sentence) for p in grouped[k]} & {(p.doc_id, p.sentence) for p in grouped[keep]}:
                continue
            if not any(_near(p, q) for p in grouped[k] for q in grouped[keep]):
                continue
            grouped[keep] += grouped.pop(k)
