"""Measured series that name one quantity in more or fewer words, joined.

Pages name one quantity with more or fewer modifiers around the same head noun: "ceiling" and
"output ceiling" of OPEC, "trade deficit" and "merchandise trade deficit" of the United States,
"pipeline" and "oil pipeline" of Ecuador.  ``measured_key`` writes each phrase one way, but it
cannot know which modifiers a page left out, so the tracker first groups by the exact phrase and
this module then joins the groups that can only be one quantity:

- the same owner (entity and places), the same unit and the same topic or page;
- the same head noun, and the words of one phrase all among the other's ("ceiling" ⊂ "output
  ceiling"), when the longer phrases it fits form one line ("deficit" ⊂ "trade deficit" ⊂
  "merchandise trade deficit"); a phrase that fits two unrelated longer ones ("deficit" in
  "trade deficit" and "budget deficit") stays apart: which one it is, the words do not say;
- the same stated period; a figure stated with no period joins the one period its quantity is
  given for elsewhere, when there is exactly one ("15.8 mln bpd" ceiling beside "the December
  ceiling"); with two periods ("1986" and "February") it stays apart;
- figures of one size: within a factor of ``SAME_SIZE_RATIO`` (a repair "cost" of 150 mln dlrs
  is not the "economic cost" of a billion);
- not told apart by a page: one page giving both phrases different figures names two
  quantities ("manufacturing output" and "output of the metals industry").

A part of a whole ("part of foreign debt") and a change ("… rise") have their own head words, so
they never join the level.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from claimledger.track.keys import SeriesKey
from claimledger.track.measured_heads import canonical_words
from claimledger.track.measured_on_page import join_on_page
from claimledger.track.measured_same_figure import join_same_figure
from claimledger.track.measured_split import SAME_SIZE_RATIO, size, split_far_figures
from claimledger.track.points import Point

#: what an unplaced figure's series measures: its amount (``tracker.AMOUNT``), never joined
AMOUNT_PREFIX = "amount "
#: a part of a whole (``measured_key``): its own quantity, never joined with the whole
PART_PREFIX = "part of "


#: how far apart the figures of two phrases may be and still be one quantity's: reports and
#: revisions of one quantity move it by tens of percent (payrolls 337,000 → 236,000), two
#: different quantities of one owner and head differ far more often by a multiple (an
#: earthquake's "cost" of repairs, 150 mln dlrs, and its "economic cost", near a billion).  On
#: 40 joins sampled on the news corpus at a factor of 2, the wrong cross-page ones were two
#: bonds' coupons (16 and 8 pct) and denominations (5,000 and 10,000 dlrs), exported and
#: intervention wheat (535,460 and 300,000 tonnes): all at 1.8 or more
#: (``SAME_SIZE_RATIO`` is defined in measured_split.py, which splits a page's far figures by it)


def _words(thing: str) -> frozenset[str]:
    return frozenset(thing.split())


def _fits(short: str, long: str) -> bool:
    """Whether ``short`` names ``long`` with fewer modifiers: the same head noun (or its synonym,
    ``measured_heads``: "target" fits "reference price"), all its words among the longer
    phrase's."""
    a, b = canonical_words(short), canonical_words(long)
    return len(a) < len(b) and a[-1] == b[-1] and set(a) <= set(b)


def _joinable(key: SeriesKey) -> bool:
    return key.measured is not None and not key.measured.startswith(AMOUNT_PREFIX)


def _bucket(key: SeriesKey) -> tuple:
    # a part joins only parts ("part of foreign debt" with and without its period), never the
    # whole whose words it holds
    return (key.entity, key.scope, key.unit, key.page, key.topic, key.measured.startswith(PART_PREFIX))


def join_measured(grouped: dict[SeriesKey, list[Point]]) -> None:
    """Join, in place, the measured series that name one quantity (see the module's doc).  The
    joined series keeps the key of its largest part (ties: the longest phrase).

    First each series one page gives far-apart figures is split (``measured_split``); after the
    phrases are joined, those of one owner one page gives one figure are (``measured_same_figure``),
    and last what a page leaves under-specified joins the one named series of its page
    (``measured_on_page``)."""
    split_far_figures(grouped, _joinable)
    buckets: dict[tuple, list[SeriesKey]] = defaultdict(list)
    for key in grouped:
        if _joinable(key):
            buckets[_bucket(key)].append(key)
    for keys in buckets.values():
        if len(keys) < 2:
            continue
        for group in _joined_groups(keys):
            if len(group) < 2:
                continue
            keep = max(group, key=lambda k: (len(grouped[k]), len(k.measured.split()), k.measured, k.period or ""))
            size = _size(grouped[keep])
            for k in group:
                if k != keep and _alike(size, _size(grouped[k])) and not _told_apart(grouped[keep], grouped[k]) \
                        and (not keep.measured.startswith(PART_PREFIX) or _same_figure_given(grouped[keep], grouped[k])):
                    grouped[keep] += grouped.pop(k)
    join_same_figure(grouped, _joinable)
    join_on_page(grouped, _joinable, _is_amount)


def _is_amount(key: SeriesKey) -> bool:
    return key.measured is not None and key.measured.startswith(AMOUNT_PREFIX)


def _same_figure_given(a: list[Point], b: list[Point]) -> bool:
    """Whether the two give one figure somewhere: a part ("68 billion dlrs of its foreign debt")
    is one part of its whole among many, and two parts of one whole are one only when their
    figure is ("9.4 billion" and "10.3 billion" of a country's debt are two reschedulings)."""
    return bool({p.figure for p in a} & {p.figure for p in b})


def _told_apart(a: list[Point], b: list[Point]) -> bool:
    """Whether one page gives both phrases different figures: "manufacturing output was two
    pct higher … output of the metals industry rose six pct" names two quantities, whatever
    words they share."""
    figures: dict[str, set] = defaultdict(set)
    for p in a:
        figures[p.doc_id].add(p.figure)
    return any(p.doc_id in figures and p.figure not in figures[p.doc_id] for p in b)


def _size(points: list[Point]) -> Optional[float]:
    """The middle figure of a series' points (a range by its middle), in its dimension's base
    unit ("25 miles" beside "40 km")."""
    values = sorted(v for v in (size(p) for p in points) if v)
    return values[len(values) // 2] if values else None


def _alike(a: Optional[float], b: Optional[float]) -> bool:
    """Whether two figures can be one quantity's: within ``SAME_SIZE_RATIO`` of each other."""
    if a is None or b is None:
        return False
    return max(a, b) <= SAME_SIZE_RATIO * min(a, b)


def _joined_groups(keys: list[SeriesKey]) -> list[list[SeriesKey]]:
    """Groups of keys (within one owner, unit and page) that name one quantity."""
    # a head and its synonym are one head ("bid" and "proposal" with "takeover offer")
    canon = {k.measured: " ".join(canonical_words(k.measured)) for k in keys}
    heads: dict[str, set] = defaultdict(set)  # the head words each written-one-way phrase was given
    for k in keys:
        heads[canon[k.measured]].add(k.measured.split()[-1])
    things = sorted(set(canon.values()), key=lambda t: (len(t.split()), t))
    # each phrase's class: the longest phrase of the one line of longer phrases it fits; when it
    # fits two lines, the one line that shares its head as written, not only through a synonym
    # ("offer" with "takeover offer", not with Euronext's "cash bid")
    name: dict[str, str] = {}
    for t in things:
        longer = [u for u in things if _fits(t, u)]
        longest = [u for u in longer if not any(_fits(u, v) for v in longer)]
        if len(longest) > 1:
            literal = [u for u in longest if heads[u] & heads[t]]
            longest = literal if len(literal) == 1 else longest
        name[t] = longest[0] if len(longest) == 1 else t
    for t in things:  # follow the chain to its end ("deficit" → "trade deficit" → …)
        seen = {t}
        while name[name[t]] != name[t] and name[t] not in seen:
            seen.add(name[t])
            name[t] = name[name[t]]
    by_class: dict[str, list[SeriesKey]] = defaultdict(list)
    for k in keys:
        by_class[name[canon[k.measured]]].append(k)
    out = []
    for members in by_class.values():
        periods: dict[Optional[str], list[SeriesKey]] = defaultdict(list)
        for k in members:
            periods[k.period].append(k)
        stated = [p for p in periods if p is not None]
        if len(stated) == 1 and None in periods:
            periods[stated[0]] += periods.pop(None)
        out += list(periods.values())
    return out
