"""Measured series of one story given one exact figure under different phrases or owners: one quantity.

The joins before this one (``measured_join``, ``measured_same_figure``, ``measured_on_page``)
need the two series to have one owner.  Across the pages of one story (``stories.py``: pages
days apart whose headlines share salient words) the owner is often only the page's topic, and
each page picks its own ("Glazer" on one Manchester United page, "Man Utd" on the next); a
phrase with no owner at all stays on its page ("the bid" of 800 mln stg); an amount the
extractor could not name is keyed by its exact figure ("amount 800,000,000").  One story giving
one exact money or rate figure under two such keys is, far more often than not, one quantity
named twice.

Joined only when

- both series have points in one story, and the figure is money or a rate
  (``distinctive_unit``), in one base unit ("GBX" and "GBX/share" fit only as
  ``measured_same_figure``'s rate rule says);
- their owners do not contradict: the same, or one of them none, or each one of the story's
  page topics (an owner the sentence names itself, "Kuwait's quota" beside "Libya's quota",
  keeps two series apart even with one figure);
- they share an exact figure, no page gives them figures that contradict (each page's figures of
  one among the other's), no sentence gives both one figure ("250 mln dlrs of debentures and 250
  mln dlrs of notes" are two things), and their stated periods are the same or one has none;
- the phrases' words fit as in ``measured_same_figure`` (a shared word that names something, a
  rise never a fall), or one of them is an amount, which has no words of its own;
- a part ("part of foreign debt") only joins a part.

The joined series keeps the key of its largest part.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from claimledger.track.keys import SeriesKey
from claimledger.track.measured_same_figure import _rate_fit, _units_fit, _words_fit, distinctive_unit
from claimledger.track.points import Point

#: what an unplaced figure's series measures: its amount (``tracker.AMOUNT``)
AMOUNT_PREFIX = "amount "
#: a part of a whole (``measured_key``)
PART_PREFIX = "part of "


def _base_unit(unit: Optional[str]) -> Optional[str]:
    return unit.split("/")[0] if unit else unit


def _owner(key: SeriesKey) -> tuple:
    return (key.entity, key.scope)


def _owners_fit(a: SeriesKey, b: SeriesKey, topics: set[str]) -> bool:
    """The same owner, or one with none, or both only the story's page topics."""
    oa, ob = _owner(a), _owner(b)
    if oa == ob or oa == (None, ()) or ob == (None, ()):
        return True
    return all(_topical(o, topics) for o in (oa, ob))


def _topical(owner: tuple, topics: set[str]) -> bool:
    entity, scope = owner
    names = ({entity} if entity else set()) | set(scope)
    return bool(names) and names <= topics


def _words_ok(a: str, b: str) -> bool:
    if a.startswith(PART_PREFIX) != b.startswith(PART_PREFIX):
        return False
    if a.startswith(AMOUNT_PREFIX) or b.startswith(AMOUNT_PREFIX):
        return True
    return _words_fit(a, b)


class _Group:
    """A joined series being built: its kept key and what its points state."""

    def __init__(self, key: SeriesKey, points: list[Point]):
        self.key, self.keys = key, [key]
        self.figures: dict[str, set] = defaultdict(set)
        self.sentences: dict[tuple, set] = defaultdict(set)
        self.units: set = set()
        self.periods: set = set()
        self.flat: set = set()  # every figure given, for a quick first test
        self.add(key, points)

    def add(self, key: SeriesKey, points: list[Point]) -> None:
        if key is not self.key:
            self.keys.append(key)
        for p in points:
            self.figures[p.doc_id].add(p.figure)
            self.sentences[(p.doc_id, p.figure)].add(p.sentence)
            self.flat.add(p.figure)
        self.units.add(key.unit)
        if key.period is not None:
            self.periods.add(key.period)

    def _period_left_out(self, key: SeriesKey, points: list[Point]) -> bool:
        """Whether one side states the period the other's pages leave out: one stated period
        against none, on pages apart (a page that states a period for one figure and none for
        another of the same amount gives two things: "100 mln dlrs of bonds" sold in October 1986
        and the 100 mln dlrs it offers now)."""
        if len(self.periods) > 1 or (key.period is not None and self.periods):
            return False
        return not {p.doc_id for p in points} & self.figures.keys()

    def fits(self, key: SeriesKey, points: list[Point], topics: set[str]) -> bool:
        if not any(p.figure in self.flat for p in points):
            return False
        if {key.period} != (self.periods or {None}) and not self._period_left_out(key, points):
            return False
        if not all(_units_fit(key.unit, u) for u in self.units):
            return False
        figures: dict[str, set] = defaultdict(set)
        sentences: dict[tuple, set] = defaultdict(set)
        for p in points:
            figures[p.doc_id].add(p.figure)
            sentences[(p.doc_id, p.figure)].add(p.sentence)
        shared = {f for fs in figures.values() for f in fs} & {f for fs in self.figures.values() for f in fs}
        if not shared or any(self.sentences[k] & sentences[k] for k in sentences.keys() & self.sentences.keys()):
            return False
        if not all(self.figures[d] <= figures[d] or figures[d] <= self.figures[d]
                   for d in figures.keys() & self.figures.keys()):
            return False
        if not all(_owners_fit(key, k, topics) and _words_ok(key.measured, k.measured) for k in self.keys):
            return False
        if key.unit not in self.units:  # a bare unit and a rate ("USD" and "USD/barrel")
            mine = dict(figures)
            return _rate_fit(mine, self.figures) if "/" not in (key.unit or "") else _rate_fit(self.figures, mine)
        return True


def join_story_figures(grouped: dict[SeriesKey, list[Point]], story: dict[str, str],
                       topics: dict[str, Optional[str]], joinable) -> None:
    """Join, in place, the measured series (``joinable(key)``, amounts included) of one story
    that give one exact figure (see the module's doc)."""
    by_story: dict[tuple, list[SeriesKey]] = defaultdict(list)
    story_topics: dict[str, set[str]] = defaultdict(set)
    for doc_id, sid in story.items():
        if topics.get(doc_id):
            story_topics[sid].add(topics[doc_id])
    for key, points in grouped.items():
        if not joinable(key) or not distinctive_unit(key.unit):
            continue
        for sid in {story[p.doc_id] for p in points if p.doc_id in story}:
            by_story[(sid, _base_unit(key.unit))].append(key)
    for (sid, _unit), keys in by_story.items():
        keys = [k for k in keys if k in grouped]
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-len(grouped[k]), k.measured.startswith(AMOUNT_PREFIX),
                                 -len(k.measured.split()), k.measured, k.period or ""))
        groups: list[_Group] = []
        for k in keys:
            for g in groups:
                if g.fits(k, grouped[k], story_topics[sid]):
                    g.add(k, grouped[k])
                    break
            else:
                groups.append(_Group(k, grouped[k]))
        for g in groups:
            for k in g.keys[1:]:
                if k in grouped and g.key in grouped and k != g.key:
                    grouped[g.key] += grouped.pop(k)
