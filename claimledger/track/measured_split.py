"""A measured series that one page gives two far-apart figures holds two quantities: split them.

The extractor often gives two figures of one page the same bare measured phrase: "about 108
billion dlrs in debt" and "68 billion dlrs owed to them (the banks)" both measure "debt".  The
phrase alone cannot tell the total from the part, but the page can: one page giving one
quantity, at one period, two figures further apart than a revision moves a figure
(``SAME_SIZE_RATIO``: revisions move a figure by tens of percent, 337,000 → 236,000; 15.06 →
13.65 billion) names two quantities.

Only figures of one time are told apart this way: a page's figure for an earlier time (the
claim's date, or words that give it as the earlier figure: "rose to 9.00 dlrs from about 5.70",
"compared with 1.23 billion") is the quantity's figure then, and a figure its sentence says
revises another ("3.3 mln dlrs, revised from 1.7 mln") stays with it.  On the whole news corpus
(7,384 articles) this split about 1,000 series; of 30 read, 27 held two quantities (a month's and
the year-to-date passenger miles, a 20 mln charge and a 10.4 mln loss, Italy's and Belgium's
tonnes, two missiles' ranges), and the 3 wrongly split were a figure and its earlier one
written "from …" ("approval slumped from about 65 pct … to about 42 pct"): a page that gives an
earlier figure is now never split.

Which figure keeps the series: the one nearest (by ratio) the figures the series' other pages
give; on a series of one page, the largest (a whole is larger than its parts, and a part or a
change is what a bare phrase most often leaves unsaid: "debt" for the 68 billion of it owed to
the banks).  Each other figure of that page goes to a series of its own, confined to its page.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from statistics import median
from typing import Optional

from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point
from claimledger.track.units import to_base

#: how far apart (as a ratio) two figures of one page may be and still be one quantity's
#: (the same bound ``measured_join`` joins phrases by)
SAME_SIZE_RATIO = 1.5


def size(p: Point) -> Optional[float]:
    """The point's figure in its dimension's base unit (a range by its middle), None without one."""
    if p.value is not None:
        x = abs(p.value)
    elif p.low is not None and p.high is not None:
        x = abs(p.low + p.high) / 2
    elif p.low is not None or p.high is not None:
        x = abs(p.low if p.low is not None else p.high)
    else:
        return None
    return to_base(x, p.unit)


#: words before a figure that make it the quantity's earlier figure ("rose to 9.00 dlrs from about
#: 5.70", "cut to three pct from 11 pct", "compared with 1.23 billion", "vs loss 10.99 billion")
_EARLIER = re.compile(r"\b(?:from|compared\s+with|against|vs\.?|versus)\s+(?:\S+\s+){0,2}$", re.I)
#: how many characters before a figure are looked at for those words
EARLIER_REACH = 40


def earlier_figure(p: Point) -> bool:
    """Whether the point's sentence gives it as the quantity's earlier figure ("from 11 pct")."""
    i = p.sentence.find(p.surface) if p.surface else -1
    return i > 0 and bool(_EARLIER.search(p.sentence[max(0, i - EARLIER_REACH):i]))


def _clusters(points: list[Point]) -> list[list[Point]]:
    """The page's sized points in clusters of figures each within ``SAME_SIZE_RATIO`` of the
    next (in size order)."""
    sized = sorted((p for p in points if size(p)), key=size)
    out: list[list[Point]] = []
    for p in sized:
        if out and size(p) <= SAME_SIZE_RATIO * size(out[-1][-1]):
            out[-1].append(p)
        else:
            out.append([p])
    return out


def split_far_figures(grouped: dict[SeriesKey, list[Point]], joinable) -> None:
    """Split, in place, each measured series (``joinable(key)``) where one page gives figures
    further apart than ``SAME_SIZE_RATIO`` (see the module's doc)."""
    for key in [k for k in grouped if joinable(k)]:
        points = grouped[key]
        docs = {p.doc_id for p in points}
        for doc in sorted(docs):
            here = [p for p in points if p.doc_id == doc]
            clusters = _clusters(here)
            if len(clusters) < 2 or any(all(earlier_figure(p) for p in c) for c in clusters):
                # "net earnings fell to 2.66 mln dlrs from 8.54 mln": the page gives the
                # quantity's change from one figure to the other, whichever is kept
                continue
            elsewhere = [size(p) for p in points if p.doc_id != doc and size(p)]
            if elsewhere:
                ref = median(elsewhere)
                kept = min(clusters, key=lambda c: abs(math.log(median(size(p) for p in c) / ref)))
            else:
                kept = clusters[-1]
            # a far figure for another time ("50 mln dlrs, against 20 mln a year ago") is the
            # quantity's figure then, not another quantity: only one of the same time moves
            kept_times = {p.date for p in kept}
            # a figure its sentence says revises another ("3.3 mln (revised from 1.7 mln)"), and
            # the one it revises, are one quantity's whatever their sizes (``revised.py``)
            revised = {p.revises for p in here if p.revises} | {p.claim_id for p in here if p.revises}
            moved = [c for c in clusters if c is not kept and any(p.date in kept_times for p in c)
                     and not any(p.claim_id in revised for p in c)]
            for i, cluster in enumerate(moved, 1):
                ids = {p.claim_id for p in cluster}
                grouped[key] = [p for p in grouped[key] if p.claim_id not in ids]
                apart = replace(key, page=f"{doc}#{i}")
                grouped.setdefault(apart, []).extend(cluster)
            points = grouped[key]
