"""Within one series: which claims are one statement carried by several pages (relays), one
source moving its own figure (revisions), and two sources disagreeing about one time (conflicts).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from rapidfuzz import fuzz

from claimledger.lexicon.tracking import CORRECTION_WORDS
from claimledger.track.claim_time import days_between
from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point
from claimledger.track.relations_parts import comparable, is_part, subunit
from claimledger.track.relations_period import period_of
from claimledger.track.units import mixed_units, same_figure

if TYPE_CHECKING:
    from claimledger.track.tracker import TrackSettings


@dataclass
class Relay:
    """One claim and the pages that carried it: the first appearance and its repeats."""

    first: Point
    repeats: list[Point]

    def to_dict(self) -> dict[str, Any]:
        return {"series_id": self.first.series_id, "source": self.first.source_key,
                "first": self.first.to_dict(), "repeats": [p.to_dict() for p in self.repeats]}


@dataclass
class Conflict:
    series: SeriesKey
    a: Point
    b: Point
    days_apart: int

    def to_dict(self) -> dict[str, Any]:
        return {"series_id": self.series.id, "series": self.series.label,
                "days_apart": self.days_apart, "a": self.a.to_dict(), "b": self.b.to_dict()}


@dataclass
class Revision:
    """One source changing its own figure: an ``update`` (a figure for a later time, such as a
    running toll) or a ``correction`` (a figure for the same time, or one the source says
    replaces the earlier one)."""

    series: SeriesKey
    source: str
    before: Point
    after: Point
    kind: str = "update"

    def to_dict(self) -> dict[str, Any]:
        return {"series_id": self.series.id, "series": self.series.label, "source": self.source,
                "kind": self.kind, "days_apart": _days(self.before.date, self.after.date),
                "before": self.before.to_dict(), "after": self.after.to_dict()}


def _days(a: Optional[dt.date], b: Optional[dt.date]) -> Optional[int]:
    return None if a is None or b is None else abs((a - b).days)


def _relays(points: list[Point], settings: TrackSettings, specific: bool = True) -> list[Relay]:
    """Points grouped into claims: each group one source's figure and its later repeats.
    Unattributed copies of an attributed figure (the outlet's own voice, on the same day or
    later, within ``relay_days``) join that figure's group.

    A repeat must be the same statement, not only the same number: a named source's figure for a
    quantity that names its entity or place (``specific`` keys), or a sentence that reads the
    same (``same_statement``).  Without that, "one analyst said", "the two companies", "the Six
    Nations" on pages of one outlet were relays: 24 of 40 sampled on the news corpus
    (bench/relay_judgements.jsonl)."""
    groups: list[Relay] = []
    open_: dict[tuple, Relay] = {}
    mixed = mixed_units(points)  # "195 km/h" and "120 mph": one figure, compared converted
    for p in points:  # in time order
        if p.lane == "reader":
            groups.append(Relay(p, []))
            continue
        g = open_.get((p.source_key, p.figure))
        if mixed and (g is None or not same_figure(g.first, p)):
            g = next((h for (k, _f), h in open_.items() if k == p.source_key and same_figure(h.first, p)), None)
        if g is None and p.source is None:
            g = next((h for (k, f), h in open_.items()
                      if (f == p.figure if not mixed else same_figure(h.first, p))
                      and not k.startswith("outlet: ") and _close(h.first, p, settings)), None)
        if g is not None and _close(g.first, p, settings) and (
                specific and g.first.source is not None or same_statement(g.first.sentence, p.sentence)):
            p.relay_of = g.first.claim_id
            g.repeats.append(p)
            continue
        g = Relay(p, [])
        groups.append(g)
        open_[(p.source_key, p.figure)] = g
    return groups


#: how alike two sentences must read (rapidfuzz token-set ratio, 0–100) to be one statement.
#: On 40 relays the earlier rule made on the news corpus, judged by hand
#: (bench/relay_judgements.jsonl, sample 1): the true repeats scored 90–100, or 51–61 when
#: reworded, the false ones 9–67; with 80 the tracker keeps 12 of the 16 true and none of the
#: 24 false.  A second sample of 25 relays drawn after the change (sample 2): all 25 true
SAME_STATEMENT_RATIO = 80


def same_statement(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(a, b) >= SAME_STATEMENT_RATIO


def _close(first: Point, p: Point, settings: TrackSettings) -> bool:
    gap = _days(first.date, p.date)
    return gap is not None and gap <= settings.relay_days or (first.date is None and p.date is None)


def _conflicts(key: SeriesKey, groups: list[Relay], settings: TrackSettings) -> list[Conflict]:
    """Pairs of claims by different sources about the same time whose intervals are disjoint:
    two points in time at most ``window_days`` apart, two figures for one stated period ("in
    1986"), or two figures on one page that has no date (one page is one time).  Each pair is
    reported once, by its first appearances."""
    # a figure its source dates before a day ("up until today we had an estimate of …") is the
    # history of an estimate, not a claim about the time it is compared at
    firsts = [g.first for g in groups if (settings.readers_conflict or g.first.lane != "reader")
              and g.first.relation != "before"]
    same_time: dict[tuple, list[Point]] = defaultdict(list)
    points = []  # in time order
    for p in firsts:
        when = period_of(key, p)
        if when is not None:
            same_time[("period", *when)].append(p)
        elif p.dated:
            points.append(p)
        elif p.date is None and p.date_basis is None:
            same_time[("undated page", p.doc_id)].append(p)
    window = settings.window_days
    found = []
    for group in [points, *same_time.values()]:
        for i, a in enumerate(group):
            lo_a, hi_a = a.interval(settings.tolerance)
            for b in group[i + 1:]:
                if a.date is None or group is not points:
                    gap = 0  # one page without a date, or one period: one time
                else:
                    if (b.date - (a.until or a.date)).days > window:
                        break  # in time order: every later point is further away
                    gap = days_between(a.time, b.time)
                    if gap is None or gap > window:
                        continue
                if b.source_key == a.source_key or _one_page_own_voice(a, b):
                    continue
                lo_b, hi_b = b.interval(settings.tolerance)
                if (hi_a < lo_b or hi_b < lo_a) and not same_figure(a, b) and comparable(a, b):
                    # converted figures rounded alike are one; a part is not its whole
                    found.append(Conflict(key, a, b, gap))
    return found


def _one_page_own_voice(a: Point, b: Point) -> bool:
    """Two figures on one page, one of them in the outlet's own voice: the page is not
    contradicting itself — it gives a part and a whole, a forecast and a result, another date.
    Measured: of the 315 pairs the window sweep flagged on the 7,384-article news corpus and
    judged by hand (bench/conflict_judgements.jsonl), 150 were such pairs, none true."""
    return a.doc_id == b.doc_id and "outlet" in (a.voice, b.voice)


def _revisions(key: SeriesKey, groups: list[Relay], settings: TrackSettings) -> list[Revision]:
    """Each source's changes of figure, at any distance in time, in time order (readers
    excluded).  A figure for a stated period ("1986 exports") is revised only by another figure
    for that period; figures for points in time revise each other.  A run of one figure counts
    from its first appearance ("fewer than 3,000" in October, repeated in December as the
    estimate "up until today" → "about 1,000": one revision, from October).  Two figures on one
    page are a revision only when the page dates the first before the second (the source
    replacing its own estimate), and not the second as well ("two or three blocs by 1990", "78,600
    of wheat and 30,000 of wheat by this Friday": one time, two figures — 2 of the 32 revisions
    on the news corpus read so); otherwise a page gives a part and a whole, now and a year ago."""
    by_source: dict[tuple, list[Point]] = defaultdict(list)
    for g in groups:
        p = g.first
        if p.lane == "source" and p.dated and not p.source_key.startswith("outlet: "):
            when = period_of(key, p)
            by_source[(p.source_key, when)].append(p)
    found = []
    for (source, _when), pts in by_source.items():
        previous = None
        for p in pts:
            if is_part(p) or subunit(p) is not None or previous is not None and not comparable(previous, p):
                continue  # "six deaths were of children" after the toll: a part, not a new toll
            if previous is not None and not same_figure(p, previous):
                if p.doc_id != previous.doc_id or previous.relation == "before" != p.relation:
                    found.append(Revision(key, source, previous, p, _revision_kind(previous, p)))
                previous = p
            elif previous is None:
                previous = p
    return found


def _revision_kind(before: Point, after: Point) -> str:
    """``correction`` when the later figure is for the same time as the earlier one, or its
    sentence says it replaces one ("revised", "corrected"); ``update`` otherwise."""
    if days_between(before.time, after.time) == 0 and before.relation != "before":
        return "correction"
    sentence = after.sentence.lower()
    if any(re.search(r"\b" + re.escape(w) + r"\b", sentence) for w in CORRECTION_WORDS):
        return "correction"
    return "update"


def _stated_revisions_in(key: SeriesKey, points: list[Point], found: list[Revision]) -> list[Revision]:
    """Revisions the pages state (``revised.py``), in any series and any voice but readers': a
    figure that says which figure it replaces revises that figure's first appearance in the
    series (the figure as first published: "revised to 736.6 from 736.7" a week after the
    Federal Reserve's 736.7); one called "revised" with the old figure left unsaid ("a revised
    236,000 in February") revises the latest earlier figure of the series for the same time on
    another page.  Pairs the source's own revisions (``found``) already hold are not repeated."""
    if not any(p.revises is not None or p.says_revised for p in points):
        return []  # most series: the pairs already found are not gathered for nothing
    seen = {(r.before.claim_id, r.after.claim_id) for r in found}
    out = []
    for i, p in enumerate(points):  # in time order
        if p.lane == "reader" or p.revises is None and not p.says_revised:
            continue
        if p.revises is not None:
            replaced = next((q.figure for q in points if q.claim_id == p.revises), None)
            old = next((q for q in points if q is not p and q.lane != "reader" and q.figure == replaced
                        and (q.date is None or p.date is None or q.date <= p.date or q.doc_id == p.doc_id)), None)
        else:
            old = next((q for q in reversed(points[:i]) if q.lane != "reader" and q.doc_id != p.doc_id
                        and not same_figure(q, p) and days_between(q.time, p.time) == 0), None)
        if old is None or (old.claim_id, p.claim_id) in seen:
            continue
        seen.add((old.claim_id, p.claim_id))
        source = p.source_key if not p.source_key.startswith("outlet: ") else old.source_key
        out.append(Revision(key, source, old, p, "correction"))
    return out
