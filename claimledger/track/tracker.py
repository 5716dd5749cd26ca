"""Across documents: claims about the same quantity grouped into series, and what moves in them.

A *series* is one counted thing × entity × scope × predicate (× unit): "ISIS members in Syria and
Iraq", "IS fighters in Iraq and Syria" and "Daesh militants remaining in Syria/Iraq" are one
series, "ISIS members in Libya" another, "ISIS fighters killed in Iraq" a third (the predicate,
extract/predicate.py, says what the count says happened).  A claim's time is a point (a day, a
week, the page's date) or a period (a stated month or year), claim_time.py.  Within a series:

- a *relay* is one claim carried by several pages (same source, same figure, close in time), or
  copied without attribution by a later page: one claim, a first appearance and repeats;
- a *revision* is one source moving its own figure;
- a *conflict* is two different sources whose intervals are disjoint at times closer than the
  window.

Everything is computed on read from the ``claims`` and ``documents`` tables, so ingesting new
pages updates every view without a rebuild (measured in ``bench/ledger.py``: 0.15–0.6 s for
``series`` or ``conflicts`` over a ledger of 1,000 news articles and 13,000 claims, on two
shared CPUs).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable, Optional

from rapidfuzz import fuzz

from claimledger.errors import ClaimLedgerError
from claimledger.extract.actors import alias_table, resolve_alias
from claimledger.lexicon.predicates import CLASSES as PREDICATE_CLASSES
from claimledger.lexicon.tracking import (
    COUNTED_SYNONYMS,
    IGNORED_MODIFIERS,
    IRREGULAR_PLURALS,
    MEASURE_WORDS,
    MEMBER_HEAD,
    MEMBER_WORDS,
    RELATION_ORDER,
    SINGULAR_ENDINGS,
)
from claimledger.track.claim_time import ClaimTime, claim_time, days_between
from claimledger.track.page_sources import PageSources
from claimledger.track.rows import ROWS_SQL, ClaimRow, claim_rows  # noqa: F401 (ROWS_SQL: the store reads it here)

ARMED_GROUPS = "armed_groups"


@dataclass(frozen=True)
class TrackSettings:
    """How close is "the same time" and how loose is "about"."""

    #: claims further apart than this are about different times, never in conflict (days).
    #: Measured by bench/ledger.py on the whole news corpus (7,384 articles), every flagged
    #: pair judged by hand (bench/conflict_judgements.jsonl): of 315 pairs flagged at any
    #: window up to a year, 2 are true, one on the same day, one a day apart.  At tolerance 0.25,
    #: 0 days flags 215 (0 true), 7 days 252 (1), 30 days 271 (1), 90 days 295, a year 305;
    #: everything beyond 7 days is false (successive weekly or monthly figures, other
    #: quantities).  7 days is the shortest window that keeps both (0 loses the day-apart one).
    #: After bpd became a unit and a page stopped conflicting with its own voice: 0 days 20
    #: (0 true), 7 days 44 (1), 30 days 60 (1), a year 76 (1) — 7 days is still the best.
    #: After predicates, periods and page-level speakers (the grouping fixes): 0 days 0, 3 and
    #: 7 days 1 (the true one: "last week" is now the week, 3 days before the other page), 30
    #: days 2, a year 5 (the 4 added false: weekly rig counts 53 days apart, two maize tenders
    #: 22 days apart, typhoon and virus deaths in one country).  7 days keeps a week's reporting
    #: of one figure together
    window_days: int = 7
    #: repeats of a figure further apart than this are new statements, not relays (days).
    #: Relays on that corpus (window and relay days varied together, not judged by hand): 751
    #: at 0 days, 891 at 7, 954 at 30, 990 at 90, 1,012 at a year: most repeats fall within a
    #: month, so a month it stays.  With relays required to be one statement (see
    #: ``same_statement``): 284 at 0 days, 321 at 7, 324 at 30, 331 at a year
    relay_days: int = 30
    #: "about 1,000" is read as 1,000 ± this fraction when intervals are compared.  On that
    #: corpus (7-day window) 0.1 and 0.25 flag the same 252 pairs, 0.5 one fewer (false); 0
    #: flags 6 more: 1 true ("15.3-15.5 mln" vs "around 16 mln"), 5 false, 3 of them figures
    #: that "around" covers ("around three mln" vs 3.1 mln).  Precision was below 1% at every
    #: setting: false conflicts came from grouping, not from these settings.  After the
    #: grouping fixes every tolerance from 0 to 0.5 flags the same single (true) pair
    tolerance: float = 0.25
    #: reader comments are shown in their own lane; they do not make conflicts or revisions
    readers_conflict: bool = False

    def with_(self, **changes: Any) -> "TrackSettings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT_TRACK_SETTINGS = TrackSettings()


@dataclass(frozen=True)
class SeriesKey:
    counted: str
    entity: Optional[str]
    scope: tuple[str, ...]
    unit: Optional[str] = None
    #: what the counts say happened ("killed", "exported", "capacity"); None: the things exist
    predicate: Optional[str] = None

    @property
    def id(self) -> str:
        parts = [self.counted, self.entity or "", ",".join(self.scope), self.unit or ""]
        if self.predicate:
            parts.append(self.predicate)
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]

    @property
    def label(self) -> str:
        thing = f"{self.entity} {_plural(self.counted)}" if self.entity and \
            self.entity.lower() != self.counted and self.entity not in self.scope else _plural(self.counted)
        if self.predicate:
            thing += f" {self.predicate}" if self.predicate in PREDICATE_CLASSES else f" ({self.predicate})"
        if self.unit:
            thing = f"{self.unit} of {thing}"
        return thing + (f" in {', '.join(self.scope)}" if self.scope else "")

    @property
    def specific(self) -> bool:
        """Whether the key names one quantity well enough to check it for conflicts and
        revisions: a thing (not a measure such as "dlrs" or "pct", not a unit) of an entity or
        in a place.  Measured on 1,100 news articles (bench/ledger.py): without these rules
        89,613 conflicts, almost all in "dlrs"; with entity-or-place 868, still 96% money
        ("dlrs in WASHINGTON": unrelated amounts datelined in one city); with measures
        (and currencies such as guilders) excluded 13, all between two figures on one page."""
        if self.unit or self.counted.split()[-1] in MEASURE_WORDS or self.counted in MEASURE_WORDS:
            return False
        return bool(self.entity or self.scope)

    def to_dict(self) -> dict[str, Any]:
        return {"counted": self.counted, "entity": self.entity, "scope": list(self.scope),
                "unit": self.unit, "predicate": self.predicate}


@dataclass
class Point:
    """One quantity claim placed in a series, with what the tracker needs to cite it."""

    claim_id: str
    doc_id: str
    doc_ref: str
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    approximate: bool
    surface: str
    sentence: str
    voice: str
    source: Optional[str]  # the source's name as written (None: the outlet's own voice)
    source_key: str  # who is speaking, canonical: organisation, else name, else the outlet
    source_title: Optional[str]
    source_role: Optional[str]
    source_organization: Optional[str]
    url: Optional[str]
    outlet: Optional[str]
    published: Optional[dt.date]
    date: Optional[dt.date]  # the claim's time: the first day of its stated time, else the page's date
    date_basis: Optional[str]  # "stated" | "period" | "published" | "vague" | None
    relation: str
    position: int
    series_id: str = ""
    #: the last day of the claim's stated time ("in 1986": 1986-12-31); ``date`` otherwise
    until: Optional[dt.date] = None
    #: the claim id of the first appearance when this one repeats it (a relay)
    relay_of: Optional[str] = None

    @property
    def time(self) -> ClaimTime:
        return ClaimTime(self.date, self.until or self.date, self.date_basis)

    @property
    def lane(self) -> str:
        return "reader" if self.voice == "reader" else "source"

    @property
    def dated(self) -> bool:
        """Whether the claim's time is known well enough to compare it with others."""
        return self.time.comparable

    @property
    def figure(self) -> tuple:
        return (self.value, self.low, self.high)

    def interval(self, tolerance: float) -> tuple[float, float]:
        """The values the claim allows: bounds as given, "about" widened by ``tolerance``."""
        lo = self.low if self.low is not None else (self.value if self.value is not None else 0.0)
        hi = self.high if self.high is not None else (
            self.value if self.value is not None else float("inf"))
        if self.high is not None and self.low is None and self.value is None:
            lo = 0.0
        if self.approximate:
            lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
        return lo, hi

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id, "series_id": self.series_id, "value": _num(self.value),
            "low": _num(self.low), "high": _num(self.high), "approximate": self.approximate,
            "surface": self.surface, "source": self.source, "source_key": self.source_key,
            "source_title": self.source_title, "source_role": self.source_role,
            "source_organization": self.source_organization, "voice": self.voice,
            "sentence": self.sentence, "url": self.url, "outlet": self.outlet,
            "doc_ref": self.doc_ref, "doc_id": self.doc_id,
            "published": _iso(self.published), "date": _iso(self.date),
            "until": _iso(self.until or self.date), "date_basis": self.date_basis, "relay_of": self.relay_of,
        }


@dataclass
class Series:
    key: SeriesKey
    points: list[Point] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.key.id

    @property
    def label(self) -> str:
        return self.key.label

    @property
    def sources(self) -> list[str]:
        return sorted({p.source_key for p in self.points if p.lane == "source"})

    @property
    def latest(self) -> Optional[Point]:
        """The most recent estimate outside reader comments."""
        dated = [p for p in self.points if p.lane == "source" and p.date is not None]
        return dated[-1] if dated else None

    def summary(self) -> dict[str, Any]:
        dates = [p.date for p in self.points if p.date is not None]
        latest = self.latest
        return {
            "series_id": self.id, "label": self.label, "key": self.key.to_dict(),
            "claims": len(self.points), "sources": len(self.sources),
            "first": _iso(min(dates)) if dates else None,
            "last": _iso(max(dates)) if dates else None,
            "latest": latest.to_dict() if latest else None,
        }

    def to_dict(self) -> dict[str, Any]:
        return self.summary() | {"source_keys": self.sources,
                                 "points": [p.to_dict() for p in self.points]}


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
    series: SeriesKey
    source: str
    before: Point
    after: Point

    def to_dict(self) -> dict[str, Any]:
        return {"series_id": self.series.id, "series": self.series.label, "source": self.source,
                "before": self.before.to_dict(), "after": self.after.to_dict()}


@dataclass
class Tracked:
    """Every view the tracker offers, computed together from one read of the ledger."""

    series: list[Series]
    relays: list[Relay]
    conflicts: list[Conflict]
    revisions: list[Revision]


# --------------------------------------------------------------------------- reading rows

def track(rows: Iterable[Any], settings: TrackSettings = DEFAULT_TRACK_SETTINGS) -> Tracked:
    """Series, relays, conflicts and revisions from ``ROWS_SQL`` rows (``ClaimRow``s, or the
    plain tuples the store streams)."""
    by_doc: dict[str, list[ClaimRow]] = defaultdict(list)
    for r in claim_rows(rows):
        by_doc[r.doc_id].append(r)
    grouped: dict[SeriesKey, list[Point]] = defaultdict(list)
    for doc_rows in by_doc.values():
        for key, point in _document_points(doc_rows):
            grouped[key].append(point)
    series = []
    for key, points in grouped.items():
        for p in points:
            p.series_id = key.id
        points.sort(key=_order)
        series.append(Series(key, points))
    series.sort(key=lambda s: (-len(s.points), s.label))
    relays, conflicts, revisions = [], [], []
    for s in series:
        groups = _relays(s.points, settings, s.key.specific)
        relays += [g for g in groups if g.repeats]
        if s.key.specific:
            conflicts += _conflicts(s.key, groups, settings)
            revisions += _revisions(s.key, groups, settings)
    return Tracked(series, relays, conflicts, revisions)


def _document_points(rows: list[ClaimRow]) -> Iterable[tuple[SeriesKey, Point]]:
    """The document's claims with their series keys.  A claim that names no place or entity
    takes them from the nearest claim about the same thing on the page ("fewer than 3,000" after
    "1,000 ISIS members in Syria and Iraq"; a headline's "1,000 fighters" over a body's "IS")."""
    page = PageSources.of(itertools.chain.from_iterable(
        ((r.source_name, r.source_kind, r.source_title), (r.source_organization, "organization", None))
        for r in rows))
    items = []
    for r in rows:
        thing, ent = normalise_counted(r.counted, r.entity)
        if thing is None:
            continue
        thing = _without_places(thing, (ent, *(r.scope or ())))
        predicate = r.predicate
        if thing == "death" and predicate in (None, "killed"):  # "45 deaths": 45 people killed
            thing, predicate = "person", "killed"
        when = claim_time(r.time_value, r.published)
        point = Point(
            r.claim_id, r.doc_id, r.doc_ref, r.value, r.low, r.high, bool(r.approximate), r.surface,
            r.sentence, r.voice, r.source_name,
            source_key(r.source_name, r.source_organization, r.voice, r.outlet, r.url, r.doc_ref, page),
            r.source_title, r.source_role, r.source_organization, r.url, r.outlet, r.published,
            when.start, when.basis, r.time_relation or "at", r.span_start or 0, until=when.end,
        )
        items.append([thing, ent, tuple(sorted(set(r.scope or ()))), r.unit, point, predicate])
    for i, item in enumerate(items):
        if item[1] is not None and item[2]:
            continue
        for j in sorted(range(len(items)), key=lambda j: (abs(j - i), j)):
            other = items[j]
            if j == i or other[3] != item[3]:
                continue
            if other[0] != item[0] and not (item[1] is None and _member(item[0]) == other[0]
                                            and _is_armed(other[1])):
                continue
            if item[1] is not None and other[1] not in (None, item[1]):
                continue
            if item[2] and other[2] and other[2] != item[2]:
                continue
            if item[1] is None and other[1] is not None:
                item[0], item[1] = other[0], other[1]
            item[2] = item[2] or other[2]
            if item[1] is not None and item[2]:
                break
    for thing, ent, scope, unit, point, predicate in items:
        yield SeriesKey(thing, ent, scope, unit, predicate), point


# --------------------------------------------------------------------------- normalising

@lru_cache(maxsize=1 << 16)
def normalise_counted(counted: Optional[str], entity: Optional[str]
                      ) -> tuple[Optional[str], Optional[str]]:
    """``(thing, entity)``: the counted thing lower-cased and singular, with the entity's own
    name taken out and an armed group's members/fighters/militants made one word.

    >>> normalise_counted("Daesh militants", None)
    ('member', 'ISIS')
    """
    if not counted:
        return None, entity
    words = [w for w in re.findall(r"[\w'’.-]+", counted) if w]
    kept, i = [], 0
    while i < len(words):  # the longest run of words that names the entity is taken out
        for n in range(min(len(words) - i, 6), 0, -1):
            hit = resolve_alias(" ".join(words[i:i + n]))
            if hit is not None and alias_table().kind.get(hit) != "places" and hit == (entity or hit):
                entity = hit
                i += n
                break
        else:
            kept.append(words[i])
            i += 1
    kept = [w.lower() for w in kept if w.lower() not in IGNORED_MODIFIERS and not _incidental(w)]
    kept = [_place_word(w) for w in kept]
    armed = _is_armed(entity)
    if not kept:
        return (MEMBER_HEAD if armed else (entity.lower() if entity else None)), entity
    kept[-1] = singular(kept[-1])
    kept[-1] = COUNTED_SYNONYMS.get(kept[-1], kept[-1])
    if armed and len(kept) == 1 and kept[0] in MEMBER_WORDS:
        kept = [MEMBER_HEAD]
    return " ".join(kept), entity


def _incidental(word: str) -> bool:
    """Possessives in a counted phrase do not say what is counted ("Britain's MPs", "the
    company's plants").  Numbers do, and stay: "500,000 of Brazil's 700,000 bankworkers" counts
    a part of the 700,000, a different quantity from the 700,000 themselves."""
    return word.lower().endswith(("'s", "’s"))


@lru_cache(maxsize=1 << 14)
def _place_word(word: str) -> str:
    """A place written one way ("U.S.", "US", "America" → "united states"), so the tracker can
    take the series' own place out of the counted thing (``_without_places``)."""
    for form in (word, word.upper(), word.title()):
        hit = resolve_alias(form)
        if hit is not None and alias_table().kind.get(hit) == "places":
            return hit.lower()
    return word


def _without_places(thing: str, places: Iterable[Optional[str]]) -> str:
    """"united states company" in the United States is "company" (the counted thing keeps a
    place only when it is not the series' own: "united states company" in Taiwan)."""
    words = thing.split()
    for place in places:
        name = place.lower().split() if place else []
        n = len(name)
        if not n or n >= len(words):
            continue
        for i in range(len(words) - n + 1):
            if words[i:i + n] == name:
                words = words[:i] + words[i + n:]
                break
    return " ".join(words)


def _member(word: str) -> str:
    """members, fighters, militants … → "member"."""
    return MEMBER_HEAD if word in MEMBER_WORDS else word


def _is_armed(entity: Optional[str]) -> bool:
    return entity is not None and alias_table().kind.get(entity) == ARMED_GROUPS


def singular(word: str) -> str:
    """English singular of a counted noun (rules; inflect does it too, but takes 7 s to import)."""
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if len(w) <= 3 or not w.isalpha() or w.endswith(SINGULAR_ENDINGS):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def _plural(thing: str) -> str:
    words = thing.split()
    if not words:
        return thing
    last = words[-1]
    reverse = {v: k for k, v in IRREGULAR_PLURALS.items() if k != v}
    if last in reverse:
        last = reverse[last]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        last = last + ("" if last.endswith("s") and singular(last) != last else "es")
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def source_key(name: Optional[str], organization: Optional[str], voice: str,
               outlet: Optional[str], url: Optional[str], doc_ref: str,
               page: Optional[PageSources] = None) -> str:
    """Who speaks, as one canonical string: a spokesman speaks for their organisation, so
    "Col. Harmon of the US-led coalition" and "the US-led coalition" are one source; a short or
    generic mention ("Harmon", "the bank") is the fuller name the page gives (page_sources.py);
    no source at all is the outlet."""
    if voice == "reader":
        return "reader"
    known = _known(name) if name else None
    if known:
        return known
    if organization:
        return _canonical(organization)
    if name:
        fuller = page.fuller(name) if page is not None else None
        return _canonical(fuller or name)
    return "outlet: " + (outlet or _domain(url) or doc_ref)


@lru_cache(maxsize=1 << 16)
def _canonical(name: str) -> str:
    tidy = _tidy(name)
    return resolve_alias(tidy) or tidy


@lru_cache(maxsize=1 << 16)
def _known(name: str) -> Optional[str]:
    return resolve_alias(_tidy(name))


def _tidy(name: str) -> str:
    """"us - led coalition" (tokens joined back) → "us-led coalition"."""
    return re.sub(r"\s*-\s*", "-", " ".join(name.split()))


def _domain(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    m = re.match(r"^[a-z]+://(?:www\.)?([^/:?#]+)", url, re.IGNORECASE)
    return m.group(1).lower() if m else None


# --------------------------------------------------------------------------- relations

def _order(p: Point) -> tuple:
    return (p.date or dt.date.max, RELATION_ORDER.get(p.relation, 3),
            p.published or dt.date.max, p.doc_ref, p.position, p.claim_id)


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
    for p in points:  # in time order
        if p.lane == "reader":
            groups.append(Relay(p, []))
            continue
        g = open_.get((p.source_key, p.figure))
        if g is None and p.source is None:
            g = next((h for (k, f), h in open_.items()
                      if f == p.figure and not k.startswith("outlet: ") and _close(h.first, p, settings)), None)
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
    firsts = [g.first for g in groups if settings.readers_conflict or g.first.lane != "reader"]
    points = [p for p in firsts if p.dated and not p.time.is_period]  # in time order
    same_time: dict[tuple, list[Point]] = defaultdict(list)
    for p in firsts:
        if p.dated and p.time.is_period:
            same_time[("period", p.date, p.until)].append(p)
        elif p.date is None and p.date_basis is None:
            same_time[("undated page", p.doc_id)].append(p)
    found = []
    for group in [points, *same_time.values()]:
        for i, a in enumerate(group):
            lo_a, hi_a = a.interval(settings.tolerance)
            for b in group[i + 1:]:
                if a.date is None:
                    gap = 0
                else:
                    if (b.date - (a.until or a.date)).days > settings.window_days:
                        break  # in time order: every later point is further away
                    gap = days_between(a.time, b.time)
                    if gap is None or gap > settings.window_days:
                        continue
                if b.source_key == a.source_key or _one_page_own_voice(a, b):
                    continue
                lo_b, hi_b = b.interval(settings.tolerance)
                if hi_a < lo_b or hi_b < lo_a:
                    found.append(Conflict(key, a, b, gap))
    return found


def _one_page_own_voice(a: Point, b: Point) -> bool:
    """Two figures on one page, one of them in the outlet's own voice: the page is not
    contradicting itself — it gives a part and a whole, a forecast and a result, another date.
    Measured: of the 315 pairs the window sweep flagged on the 7,384-article news corpus and
    judged by hand (bench/conflict_judgements.jsonl), 150 were such pairs, none true."""
    return a.doc_id == b.doc_id and "outlet" in (a.voice, b.voice)


def _revisions(key: SeriesKey, groups: list[Relay], settings: TrackSettings) -> list[Revision]:
    """Each source's changes of figure from one page to a later one, in time order (readers
    excluded).  A figure for a stated period ("1986 exports") is revised only by another figure
    for that period; figures for points in time revise each other.  Two figures on one page are
    not a revision: a page gives a part and a whole, now and a year ago."""
    by_source: dict[tuple, list[Point]] = defaultdict(list)
    for g in groups:
        p = g.first
        if p.lane == "source" and p.dated and not p.source_key.startswith("outlet: "):
            when = (p.date, p.until) if p.time.is_period else None
            by_source[(p.source_key, when)].append(p)
    found = []
    for (source, _when), pts in by_source.items():
        for before, after in itertools.pairwise(pts):
            if before.figure != after.figure and before.doc_id != after.doc_id:
                found.append(Revision(key, source, before, after))
    return found


def _num(x: Optional[float]) -> Optional[float]:
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _iso(d: Optional[dt.date]) -> Optional[str]:
    return d.isoformat() if d is not None else None


class SeriesNotFound(ClaimLedgerError):
    def __init__(self, query: str):
        super().__init__(
            f"no series matches {query!r}. List them with `claimledger series`, then pass a "
            f"series id or fewer words (e.g. the entity and a place)."
        )
