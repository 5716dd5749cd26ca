"""A running toll that a page first gives in its own voice and then in a source's words, at a
later stated time: "with additional bodies recovered, the confirmed death toll rose from
fourteen to 31 on Wednesday" … "a total of 39 are confirmed dead, officials told state media" on
Thursday.  The page is relaying one count as it was kept: the officials' 39 updates the 31 the
page gave without naming them, as the outlet's voice carries the keepers' earlier count.

Kept narrow: one page; both times stated (not the page's date); the source's figure for a later
day; counts that only grow while they are kept (the dead and the injured, cases of a disease),
and a later figure not below the earlier one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.lexicon.tracking import CASE_WORDS
from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point

if TYPE_CHECKING:
    from claimledger.track.relations import Relay, Revision

#: predicate classes of counts that only grow while they are kept
GROWING = ("killed", "injured")


def is_running_toll(key: SeriesKey) -> bool:
    return key.predicate in GROWING or key.counted in CASE_WORDS


def toll_updates(key: SeriesKey, groups: "list[Relay]") -> "list[Revision]":
    """The outlet's latest stated count on a page, updated by a named source's later one there."""
    from claimledger.track.relations import Revision
    if not is_running_toll(key):
        return []
    by_page: dict[str, list[Point]] = {}
    for g in groups:
        p = g.first
        if p.lane == "source" and p.date_basis == "stated" and p.value is not None:
            by_page.setdefault(p.doc_id, []).append(p)
    found = []
    for points in by_page.values():
        outlet = [p for p in points if p.voice == "outlet"]
        named = [p for p in points if p.voice != "outlet" and not p.source_key.startswith("outlet: ")]
        for after in named:
            earlier = [p for p in outlet if p.date < after.date]
            if not earlier:
                continue
            before = max(earlier, key=lambda p: (p.date, p.position))
            if after.value > before.value:
                found.append(Revision(key, after.source_key, before, after, "update"))
    return found
