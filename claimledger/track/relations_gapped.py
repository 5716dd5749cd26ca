"""A figure the sentence gives with its quantity left out because another source's figure just
before names it: "Phivolcs reported the earthquake's magnitude was 5.5; the USGS reported 5.8".
The "5.8" counts nothing and has no unit, so it reached no series and its disagreement with the
5.5 was never seen.

The rule is the grammar of gapping, kept narrow: within one sentence, a bare figure (no counted
thing, no unit, nothing it measures) attributed to a named source takes the series of the one
placed, unit-less figure there that another named source gives, when the two are of one order
of magnitude (a figure ten times larger is something else: a year, a count of people)."""
from __future__ import annotations

from typing import Any, Callable

from claimledger.lexicon.tracking import SCALE_MEASURES
from claimledger.track.rows import ClaimRow

#: how far apart (as a ratio) two figures may be and still be read as one quantity gapped
SAME_ORDER = 10.0


def gapped(bare: list[ClaimRow], items: list[list], point_of: Callable[[ClaimRow], Any]) -> list[list]:
    """The bare figures placed in their sentence's one other-source figure's series (the
    tracker's item lists: key parts, then the point at index 4)."""
    placed = []
    for r in bare:
        if r.value is None or not r.source_name or not r.source_name[0].isupper() or r.voice != "source":
            # a named source: "the USGS reported 5.8", not "those" who want the 0/92 provision
            continue
        donors = {}
        for item in items:
            p = item[4]
            if (p.doc_id != r.doc_id or p.sentence != r.sentence
                    or item[3] is not None and item[3] not in SCALE_MEASURES  # a magnitude is a bare scale
                    or p.voice != "source" or not p.source or p.source == r.source_name or p.value is None):
                continue
            if p.value > 0 and r.value > 0 and max(p.value, r.value) / min(p.value, r.value) < SAME_ORDER:
                donors.setdefault((item[0], item[1], tuple(item[2]), item[5], item[7], item[8]), item)
        if len(donors) == 1:
            donor = next(iter(donors.values()))
            placed.append([*donor[:4], point_of(r), *donor[5:]])
    return placed
