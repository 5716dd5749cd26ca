"""Figures a page leaves under-specified, joined to the one named quantity their page gives.

Two kinds of measured figure name less than their page does:

- an *ownerless* phrase ("total debt", "the benchmark"), with no owner and no page topic, is
  confined to its page (``tracker._key``); when the page itself gives one owned series whose
  phrase holds its words with the same head ("the debt" → Brazil's "foreign debt", on a page
  about Brazil's debt), at a size within ``SAME_SIZE_RATIO`` and the same stated period (an
  ownerless "budget" of last year is not the state budget the page gives for this one), it is
  that series' figure;
- an *amount* ("18 dlrs" read as measuring "OPEC", "$9.3bn" as measuring "the Kremlin") is
  keyed by its exact figure in its story (``tracker._story_amounts``); the tracker places it
  beside the one named quantity with that figure on its page or story, which fails while a page
  names one quantity in several phrases.  Once those are joined (``measured_join``,
  ``measured_same_figure``), an amount whose page gives exactly one named series of its owner
  with exactly that figure in that unit is that series' figure; an organisation's amount may
  find it on another page published within ``AMOUNT_REACH_DAYS`` ("5.2 mln stg" on two pages
  about Guinness's challenged payment), a place's only on its own page (on the whole corpus,
  amounts "in United States" across pages were mostly unrelated: a Treasury auction's 1.8
  billion dlrs and a trade mission's purchases).

The ownerless phrase must have fewer words than the owned one: a page names a quantity in full
and then shortens it ("Brazil's foreign debt" … "the total debt"); an ownerless phrase with all
the owned one's words is more often a general quantity beside one party's (on the corpus: the
"minimum wage" of £5.05 beside a union's call for a £6 "minimum wage"; an ownerless preferred
stock "series" of 4.23 dlrs beside the company's "series" of 4.04 dlrs).  Both only for money and rates (``distinctive_unit``): on the whole news corpus, an ownerless
percentage or duration put beside its page's one owned series of that head was as often another
owner's ("output" cut 11 pct by a ministry's call, 10 pct by one maker).  Neither ever joins two
owned series: only what its words leave open is filled from its page.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from claimledger.track.keys import SeriesKey
from claimledger.track.measured_heads import canonical_words
from claimledger.track.measured_same_figure import distinctive_unit
from claimledger.track.measured_split import SAME_SIZE_RATIO, size
from claimledger.track.points import Point


def _base_unit(unit: Optional[str]) -> Optional[str]:
    return unit.split("/")[0] if unit else unit


def _fits(short: str, long: str) -> bool:
    """The same head noun, all of ``short``'s words among ``long``'s (or the same phrase)."""
    a, b = canonical_words(short), canonical_words(long)
    return a[-1] == b[-1] and set(a) <= set(b)


def _ownerless(key: SeriesKey, points: list[Point]) -> bool:
    return key.entity is None and not key.scope and key.page is not None \
        and len({p.doc_id for p in points}) == 1


def _middle_size(points: list[Point]) -> Optional[float]:
    values = sorted(v for v in (size(p) for p in points) if v)
    return values[len(values) // 2] if values else None


def _alike(a: Optional[float], b: Optional[float]) -> bool:
    return a is not None and b is not None and max(a, b) <= SAME_SIZE_RATIO * min(a, b)


#: how far apart in publication two pages may be for an amount on one to be the named figure
#: the other gives (one story's coverage: the Guinness payment, the Borg-Warner buyout)
AMOUNT_REACH_DAYS = 14


def _close(a: Point, b: Point) -> bool:
    """Whether two points' pages are one story's coverage by their dates (the same page always)."""
    if a.doc_id == b.doc_id:
        return True
    return a.published is not None and b.published is not None and \
        abs((a.published - b.published).days) <= AMOUNT_REACH_DAYS


def join_on_page(grouped: dict[SeriesKey, list[Point]], joinable, is_amount) -> None:
    """Join, in place, ownerless and amount series to the one named series their page gives
    (see the module's doc).  ``joinable(key)``: a named measured key; ``is_amount(key)``: an
    amount's key."""
    on_page: dict[str, set[SeriesKey]] = defaultdict(set)  # owned series by page
    for key, points in grouped.items():
        if joinable(key) and not is_amount(key) and (key.entity or key.scope):
            for p in points:
                on_page[p.doc_id].add(key)
    moves: list[tuple[SeriesKey, SeriesKey]] = []
    for key, points in grouped.items():
        if not joinable(key) or is_amount(key) or not _ownerless(key, points) or not distinctive_unit(key.unit):
            continue
        doc = points[0].doc_id
        hosts = [k for k in on_page.get(doc, ()) if _base_unit(k.unit) == _base_unit(key.unit)
                 and _fits(key.measured, k.measured) and len(key.measured.split()) < len(k.measured.split())
                 and k.period == key.period
                 and _alike(_middle_size(points), _middle_size(grouped[k]))]
        if len(hosts) == 1:
            moves.append((key, hosts[0]))
    by_owner: dict[tuple, list[SeriesKey]] = defaultdict(list)
    for k in {k for keys in on_page.values() for k in keys}:
        by_owner[(k.entity, k.scope, _base_unit(k.unit))].append(k)
    for key in [k for k in grouped if is_amount(k) and distinctive_unit(k.unit)]:
        hosts = set()
        for p in grouped[key]:
            if key.scope:  # a place's amount: only on its own page (the dateline's "United States")
                hosts |= {k for k in on_page.get(p.doc_id, ()) if _base_unit(k.unit) == _base_unit(key.unit)
                          and (k.entity, k.scope) == (key.entity, key.scope)
                          and any(q.doc_id == p.doc_id and q.figure == p.figure for q in grouped[k])}
            else:
                hosts |= {k for k in by_owner.get((key.entity, key.scope, _base_unit(key.unit)), ())
                          if any(q.figure == p.figure and _close(q, p) for q in grouped[k])}
        if len(hosts) == 1:
            moves.append((key, hosts.pop()))
    for key, host in moves:
        if key in grouped and host in grouped:
            grouped[host] += grouped.pop(key)
