"""Measured series of one owner given the same exact figure under two phrases: one quantity.

A page names one quantity in several words, and the extractor reads each sentence's words:
"18 dlrs a barrel" is OPEC's "fixed crude oil prices" in one sentence, its "official selling
prices" in the next and "the benchmark" in a third; "15.8 mln bpd" is the "ceiling" and, two
sentences on, the "output".  No rule on the words joins them (``measured_join`` joins only a
phrase with fewer modifiers of the same head), but the page does: one owner given one exact
figure in one unit under two phrases is, far more often than not, one quantity named twice;
so are two pages' phrases that share a word and give one owner one exact amount ("a 1.2
billion Swiss franc order" and "the order for" MD-11s; "13 billion dlrs of debt" and "of frozen
debt" of South Africa).  On the whole news corpus (7,384 articles) the joins made on one page
were one quantity in 23 of 30 read, those across pages in 20 of 22 (the wrong ones: two
companies' 500 mln dlr debentures and two 3.4 billion dlr falls, both owned by the dateline's
"United States").

Joined only when

- the owner (entity, places), topic and page confinement are the same, and the unit is the
  same or one is the other's "per" form ("18 dlrs" and "18 dlrs a barrel" on one page);
- the figure is money or a rate (``distinctive_unit``): on the whole news corpus, equal
  percentages (a stake limit and a bid for it, both 20 pct), durations ("four weeks" of oil
  demand and of refinery runs), lengths ("200m") and plain counts of one owner on one page were
  as often two quantities as one;
- the two phrases share a word, and a change only joins a change of the same direction (its
  head, ``TREND_WORDS``): on the corpus, phrases with no word in common given one round amount
  on one page were mostly two quantities ("a tax cut" and "the carry-over of tax revenues", both
  more than 1,000 billion yen; "states' cash deposits" and "credit drawdown", both 900 mln
  marks; "defense orders rose" and "unfilled orders fell" 2.2 billion dlrs);
- a figure in a bare unit joins a rate ("18 dlrs" and "18 dlrs a barrel") only when all its
  figures are the rate's ("27 dlrs per share or 270 mln dlrs": the 270 mln is the total);
- the two figures come from different sentences: a sentence that gives one amount twice
  ("250 mln dlrs of debentures … and 250 mln dlrs of notes") gives two things;
- the stated periods are the same (a page's "250 mln dlrs of bonds" sold in August 1986 is not
  the 250 mln dlrs of bonds it offers now), or one side states the one period the other's pages,
  all different and within a year of it, leave out (``_period_left_out``);
- both give the same figure (on one page, in different sentences, or on two pages), and no
  page gives them figures that contradict (each page's figures of one are among the other's,
  or the other way round).

The joined series keeps the key of its largest part (ties: the longest phrase).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional

from claimledger.lexicon.tracking import MEASURED_DROPPED, MEASURED_GENERIC, TREND_WORDS
from claimledger.track.keys import SeriesKey
from claimledger.track.measured_heads import canonical_words
from claimledger.track.points import Point
from claimledger.track.units import dimension_of

#: a money unit as the extractor writes it ("USD", "GBP", "GBX")
_CURRENCY = re.compile(r"[A-Z]{3}")


def distinctive_unit(unit: Optional[str]) -> bool:
    """Whether one exact figure in ``unit`` on one page is distinctive enough to name one
    quantity: money ("18 dlrs") or a rate ("15.8 mln bpd", "300p a share")."""
    if unit is None or dimension_of(unit) is not None or " (" in unit:
        return False  # a length, a speed, a mass: "20 to 35 mph" winds here, "25 to 40" there
    return bool(_CURRENCY.fullmatch(unit.split("/")[0])) or "/" in unit


def _base_unit(unit: Optional[str]) -> Optional[str]:
    return unit.split("/")[0] if unit else unit


def _bucket(key: SeriesKey) -> tuple:
    # a part ("part of foreign debt") never joins its whole, whose words it holds
    return (key.entity, key.scope, _base_unit(key.unit), key.page, key.topic, key.measured.startswith("part of "))


def _figures(points: list[Point]) -> dict[str, set]:
    out: dict[str, set] = defaultdict(set)
    for p in points:
        out[p.doc_id].add(p.figure)
    return out


def _sentences(points: list[Point]) -> dict[tuple, set]:
    """(page, figure) → the sentences that give it."""
    out: dict[tuple, set] = defaultdict(set)
    for p in points:
        out[(p.doc_id, p.figure)].add(p.sentence)
    return out


def _compatible(a: dict[str, set], b: dict[str, set]) -> bool:
    """No page gives the two different figures (one page's figures of each within the other's)."""
    return all(a[d] <= b[d] or b[d] <= a[d] for d in a.keys() & b.keys())


def _shared(a: dict[tuple, set], b: dict[tuple, set]) -> bool:
    """Both give one figure (on any pages), and no sentence gives both one figure."""
    common = a.keys() & b.keys()
    figures = {k[1] for k in a} & {k[1] for k in b}
    return bool(figures) and not any(a[k] & b[k] for k in common)


def _units_fit(a: Optional[str], b: Optional[str]) -> bool:
    return a == b or (a is not None and b is not None and _base_unit(a) == _base_unit(b)
                      and ("/" not in a or "/" not in b))


_CHANGES = frozenset(TREND_WORDS.values())
#: the words ``measured_key`` writes a part with ("part of foreign debt"): shared by any two parts
_PART_WORDS = frozenset({"part", "of"})


def _words_fit(a: str, b: str) -> bool:
    """The phrases share a word that names something ("value", "amount", "level" do not; a head
    and its synonym, ``measured_heads``, are one word), and a change's head is the other's
    ("rise" never "fall")."""
    wa, wb = canonical_words(a), canonical_words(b)
    ha, hb = wa[-1], wb[-1]
    if (ha in _CHANGES or hb in _CHANGES) and ha != hb:
        return False
    shared = (set(wa) | set(a.split())) & (set(wb) | set(b.split()))  # a head's own word still counts
    return bool(shared - MEASURED_DROPPED - MEASURED_GENERIC - _PART_WORDS)


def _rate_fit(bare: dict[str, set], rate: dict[str, set]) -> bool:
    """A bare-unit figure set joins a rate's only when each of its pages' figures is the rate's
    there, or, on a page the rate is not given on, among the rate's figures anywhere ("the 18 dlr
    target" on one page, "the 18 dlr a barrel target" on another)."""
    anywhere = set().union(*rate.values()) if rate else set()
    return all(bare[d] <= rate.get(d, anywhere) for d in bare)


def _period_left_out(period: Optional[str], periods: set, figs: dict[str, set], gfigs: dict[str, set],
                     published: dict[str, Optional[dt.date]]) -> bool:
    """Whether one side states the one period the other's pages leave out: one stated period
    in all, the two on different pages ("OPEC's 18 dlr target" on a June page and "the 18 dlr a
    barrel target" read with February on an April one), every page within ``PERIOD_REACH_DAYS``
    of that period (a 1987 page's "150 billion dlr" deficit is not a 2004 deficit of $150bn).
    A page that states a period for one figure and none for another of the same amount gives two
    things ("100 mln dlrs of bonds" sold in October 1986 and the 100 mln dlrs it offers now),
    and two stated periods keep apart."""
    stated = set(periods) | ({period} if period else set())
    if len(stated) != 1 or figs.keys() & gfigs.keys():
        return False
    bounds = period_bounds(next(iter(stated)))
    if bounds is None:
        return False
    start, end = bounds
    return all(published.get(d) is not None and start - PERIOD_REACH <= published[d] <= end + PERIOD_REACH
               for d in figs.keys() | gfigs.keys())


#: how far from a stated period a page may be and still leave that period out: a year's figure
#: is reported through the next year
PERIOD_REACH = dt.timedelta(days=366)


@lru_cache(maxsize=1 << 12)
def period_bounds(period: str) -> Optional[tuple[dt.date, dt.date]]:
    """The first and last day of a period as the key writes it ("1986", "1987-02", "a..b")."""
    try:
        if ".." in period:
            a, b = period.split("..")
            return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        if re.fullmatch(r"\d{4}", period):
            return dt.date(int(period), 1, 1), dt.date(int(period), 12, 31)
        m = re.fullmatch(r"(\d{4})-(\d{2})", period)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
    except ValueError:
        return None
    return None


def join_same_figure(grouped: dict[SeriesKey, list[Point]], joinable) -> None:
    """Join, in place, the measured series (``joinable(key)``) of one owner that one page gives
    the same figure (see the module's doc)."""
    buckets: dict[tuple, list[SeriesKey]] = defaultdict(list)
    for key in grouped:
        if joinable(key) and distinctive_unit(key.unit):
            buckets[_bucket(key)].append(key)
    published = {p.doc_id: p.published for points in grouped.values() for p in points}
    for keys in buckets.values():
        if len(keys) < 2:
            continue
        # largest first, so each series joins the largest one it can be
        keys.sort(key=lambda k: (-len(grouped[k]), -len(k.measured.split()), k.measured, k.period or ""))
        merged: list[list] = []  # [kept key, figures by page, periods stated, units, sentences, phrases]
        for k in keys:
            figs, sents = _figures(grouped[k]), _sentences(grouped[k])
            for group in merged:
                keep, gfigs, periods, units, gsents, phrases = group
                if not all(_units_fit(k.unit, u) for u in units):
                    continue
                if not _shared(gsents, sents) or not _compatible(gfigs, figs):
                    continue
                if k.period != keep.period and not _period_left_out(k.period, periods, figs, gfigs, published):
                    continue
                if not all(_words_fit(k.measured, m) for m in phrases):
                    continue
                if k.unit not in units:  # a bare unit and a rate ("USD" and "USD/barrel")
                    if not (_rate_fit(figs, gfigs) if "/" not in (k.unit or "") else _rate_fit(gfigs, figs)):
                        continue
                grouped[keep] += grouped.pop(k)
                for d, f in figs.items():
                    gfigs[d] |= f
                for fs, ss in sents.items():
                    gsents[fs] |= ss
                if k.period is not None:
                    periods.add(k.period)
                units.add(k.unit)
                phrases.add(k.measured)
                break
            else:
                merged.append([k, figs, {k.period} if k.period else set(), {k.unit}, sents, {k.measured}])
