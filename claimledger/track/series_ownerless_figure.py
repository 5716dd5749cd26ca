"""An ownerless measured phrase on one page joins the one owned series that gives its exact figure nearby.

"the 15.8 mln barrel a day (bpd) self-imposed ceiling" or "the current benchmark of 18 dlrs per
barrel" names no owner and its page no topic, so the tracker confines it to its page
(``tracker._key``), and ``measured_on_page`` only finds it an owner on its own page.  The pages
of that time often give the owned quantity with exactly that figure ("OPEC's output ceiling of
15.8 mln bpd"): a money or rate figure, exact to its digits, under the same head noun, published
within ``REACH_DAYS``, is then the owned series' figure — when exactly one owned series fits.

Joined only when

- the phrase has no owner and is on one page; the figure is money or a rate
  (``distinctive_unit``), in the host's base unit (a bare "18 dlrs" joins a rate only when all
  its figures are the rate's, as in ``measured_same_figure``);
- the host is owned (an entity or places), names the same head (through its synonym,
  ``measured_heads``), and the words of the ownerless phrase that name something are among the
  host's (a "pipeline" repair cost is not a "pipeline"'s length);
- the host gives exactly the ownerless figure (value and bounds) on a page published within
  ``REACH_DAYS`` (undated pages: from the same outlet and both undated), and its stated period is
  the phrase's, or one has none;
- exactly one owned series fits: two hosts ("OPEC's ceiling" and "Kuwait's ceiling", both 15.8)
  leave the phrase on its page.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from claimledger.lexicon.tracking import MEASURED_DROPPED, MEASURED_GENERIC
from claimledger.track.keys import SeriesKey
from claimledger.track.measured_heads import canonical_words
from claimledger.track.measured_same_figure import _units_fit, distinctive_unit
from claimledger.track.points import Point

#: how far apart two pages' dates may be for an ownerless figure on one to be the owned figure
#: the other gives: a month's coverage of one standing level (a cartel's ceiling, a benchmark)
REACH_DAYS = 31
#: what an unplaced figure's series measures (``tracker.AMOUNT``): no phrase to match
AMOUNT_PREFIX = "amount "


def _base_unit(unit: Optional[str]) -> Optional[str]:
    return unit.split("/")[0] if unit else unit


def _ownerless(key: SeriesKey, points: list[Point]) -> bool:
    return key.entity is None and not key.scope and key.page is not None \
        and len({p.doc_id for p in points}) == 1


def _named_words(phrase: str) -> set[str]:
    return set(canonical_words(phrase)) - MEASURED_DROPPED - MEASURED_GENERIC


def _head_fits(short: str, host: str) -> bool:
    a, b = canonical_words(short), canonical_words(host)
    return bool(a) and bool(b) and a[-1] == b[-1] and a[-1] not in MEASURED_GENERIC


def significant_digits(x: Optional[float]) -> int:
    """The digits a figure is written with, its trailing zeros left out (412e9: 3, 1.8e9: 2, 3e8: 1)."""
    if x is None:
        return 0
    digits = f"{abs(x):.6f}".replace(".", "").strip("0")
    return len(digits)


def distinctive_figure(p: Point, unit: Optional[str]) -> bool:
    """Whether a figure is precise enough to name one quantity across pages: three significant
    digits ("15.8 mln bpd", "412bn"), or two in a rate ("18 dlrs a barrel") that is not per
    share.  On the whole news corpus, round amounts shared by unrelated owners' phrases were the
    wrong joins: "300 mln dlrs" of a World Bank loan and of a bank's Brazil loans, "seven billion
    dlrs" of two companies' debt, "100 dlrs a share" of a redemption and of an offering; and a
    per-share figure of two digits is many companies' ("55 cts a share" of two firms' income)."""
    digits = max(significant_digits(v) for v in p.figure)
    per = unit.split("/", 1)[1] if unit and "/" in unit else None
    return digits >= 3 or (digits >= 2 and per is not None and per != "share")


def _near(a: Point, b: Point) -> bool:
    if a.published is None or b.published is None:
        return a.published is None and b.published is None and a.outlet == b.outlet
    return abs((a.published - b.published).days) <= REACH_DAYS


def join_ownerless_figures(grouped: dict[SeriesKey, list[Point]], joinable) -> None:
    """Join, in place, each ownerless measured series to the one owned series (``joinable``)
    that gives its exact figure nearby (see the module's doc)."""
    owned: dict[tuple, list[SeriesKey]] = defaultdict(list)  # (base unit, figure) -> owned keys
    for key, points in grouped.items():
        if joinable(key) and not key.measured.startswith(AMOUNT_PREFIX) and (key.entity or key.scope) \
                and distinctive_unit(key.unit):
            for f in {p.figure for p in points}:
                owned[(_base_unit(key.unit), f)].append(key)
    moves = []
    for key, points in grouped.items():
        if not joinable(key) or key.measured.startswith(AMOUNT_PREFIX) or not _ownerless(key, points) \
                or not distinctive_unit(key.unit):
            continue
        if not all(distinctive_figure(p, key.unit) for p in points):
            continue
        hosts = None
        for p in points:
            fits = {k for k in owned.get((_base_unit(key.unit), p.figure), ())
                    if _head_fits(key.measured, k.measured) and _units_fit(key.unit, k.unit)
                    and (key.period is None or k.period is None or key.period == k.period)
                    and any(q.figure == p.figure and q.doc_id != p.doc_id and _near(p, q) for q in grouped[k])}
            hosts = fits if hosts is None else hosts & fits
        if not hosts or len(hosts) != 1:
            continue
        host = next(iter(hosts))
        if key.unit != host.unit and "/" not in (key.unit or ""):
            mine = defaultdict(set)
            for p in points:
                mine[p.doc_id].add(p.figure)
            theirs = defaultdict(set)
            for q in grouped[host]:
                theirs[q.doc_id].add(q.figure)
            flat = {f for fs in theirs.values() for f in fs}
            if not all(fs <= flat for fs in mine.values()):
                continue
        moves.append((key, host))
    for key, host in moves:
        if key in grouped and host in grouped:
            grouped[host] += grouped.pop(key)


def join_amount_figures(grouped: dict[SeriesKey, list[Point]], joinable) -> None:
    """Join, in place, each amount series (a figure the extractor could not name, keyed by its
    exact amount in its story: "4.133 mln bpd" as the Saudi quota's) to the one other measured
    series of its owner that gives that exact, precise figure (``distinctive_figure``) on
    another page near in time (``REACH_DAYS``); two such series leave it alone.  Only an amount
    an organisation owns: a place's ("in United States", often the dateline's) joined another
    story's figure (a profit fall and a legal claim, both 10.3 billion dlrs), and on the whole news corpus, ownerless amounts joined this way were another company's
    in 7 of 20 read (GM's 10.6 billion dlrs of spending and Sudan's foreign debt; two companies'
    1.27 billion dlrs of revenue and of sales)."""
    by_figure: dict[tuple, list[SeriesKey]] = defaultdict(list)
    for key, points in grouped.items():
        if joinable(key) and distinctive_unit(key.unit):
            for f in {p.figure for p in points}:
                by_figure[(_base_unit(key.unit), f)].append(key)
    moves = []
    for key, points in grouped.items():
        if not joinable(key) or not key.measured.startswith(AMOUNT_PREFIX) or not distinctive_unit(key.unit):
            continue
        if not all(distinctive_figure(p, key.unit) for p in points) or key.entity is None:
            continue
        hosts = set()
        for p in points:
            hosts |= {k for k in by_figure.get((_base_unit(key.unit), p.figure), ())
                      if k != key and _owner(k) == _owner(key)
                      and _units_fit(key.unit, k.unit)
                      and any(q.figure == p.figure and q.doc_id != p.doc_id and _near(p, q) for q in grouped[k])}
        if len(hosts) == 1:
            moves.append((key, hosts.pop()))
    done: set = set()
    for key, host in moves:
        if key in grouped and host in grouped and (host, key) not in done:
            grouped[host] += grouped.pop(key)
            done.add((key, host))


def _owner(key: SeriesKey) -> tuple:
    return (key.entity, key.scope)
