"""Across documents: claims about the same quantity grouped into series, and what moves in them.

A *series* is one counted thing × entity × scope × predicate (× unit): "ISIS members in Syria and
Iraq", "IS fighters in Iraq and Syria" and "Daesh militants remaining in Syria/Iraq" are one
series, "ISIS members in Libya" another, "ISIS fighters killed in Iraq" a third (the predicate,
extract/predicate.py, says what the count says happened).  A count that names no entity is
about its page's topic where the sentence leaves that implicit (``_key``): "300 people killed" on
a page about the Ecuador earthquake, not every page's "persons killed"; with no place and no
topic it stays on its page.  Money, percent and rates are keyed by what they measure
(``SeriesKey.measured``, written one way in measured_key.py; issue 17 point 6), with the period
a figure is for; such series are shown but not yet checked for conflicts (``SeriesKey.specific``).  A claim's time is a point (a day, a week, the page's
date) or a period (a stated month or year), claim_time.py.  Within a series, whose sources are
made one across pages by their spokesmen (``keys.unify_sources``):

- a *relay* is one claim carried by several pages (same source, same figure, close in time), or
  copied without attribution by a later page: one claim, a first appearance and repeats;
- a *revision* is one source moving its own figure, at any distance in time: an update (a
  figure for a later time) or a correction (the same time, or said to replace it);
- a *conflict* is two different sources whose intervals are disjoint at times closer than the
  window.

Everything is computed on read from the ``claims`` and ``documents`` tables, so ingesting new
pages updates every view without a rebuild (measured in ``bench/ledger.py``: 0.15–0.6 s for
``series`` or ``conflicts`` over a ledger of 1,000 news articles and 13,000 claims, on two
shared CPUs).
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any, Iterable, Optional

from claimledger.claims.coreference import PageSpeakers, page_speakers
from claimledger.errors import SeriesNotFound  # noqa: F401 (raised by the facade and find; imported from here by callers)
from claimledger.lexicon.dates import MONTHS
from claimledger.lexicon.predicates import CLASSES as PREDICATE_CLASSES
from claimledger.lexicon.time import UNITS as TIME_UNIT_CODES
from claimledger.lexicon.tracking import (
    ABOUT_THE_STORY,
    CONTEST_MEASURES,
    STANDING_MEASURES,
    MEASURED_GENERIC,
    PREDICATE_TRENDS,
    TOLL_WORDS,
    TREND_WORDS,
    CASE_WORDS,
    LIVES_TAKEN,
    SCALE_MEASURES,
    VICTIMS,
)
from claimledger.track.claim_time import ClaimTime, claim_time
from claimledger.track.keys import (  # noqa: F401 (re-exported: find.py, tests and views read them here)
    SeriesKey,
    _is_armed,
    _member,
    _without_places,
    lends_places,
    normalise_counted,
    page_names,
    page_topic,
    sentence_scope,
    sentence_topic,
    singular,
    source_key,
    speaker_name,
    unify_sources,
)
from claimledger.track.measured_join import join_measured
from claimledger.track.series_ownerless_figure import join_amount_figures, join_ownerless_figures
from claimledger.track.series_rate_figure import join_rate_figures
from claimledger.track.series_story_figure import join_story_figures
from claimledger.track.units import dimension_of, mark_restatements
from claimledger.track.measured_key import measured_key, names_itself, owner_kind
from claimledger.track.stories import fold_names, stories, story_ids, story_topics, topic_episodes
from claimledger.track.points import Point, Series, _order
from claimledger.track.revised import located, old_figure_at, says_revised, states_revision
from claimledger.track.relations_gapped import gapped
from claimledger.track.relations_tolls import toll_updates
from claimledger.track.relations import (  # noqa: F401 (re-exported)
    Conflict,
    Relay,
    Revision,
    _conflicts,
    _relays,
    _revisions,
    _stated_revisions_in,
    same_statement,
)
from claimledger.track.rows import PAGES_SQL, ROWS_SQL, ClaimRow, claim_rows  # noqa: F401 (the store reads the SQL here)

ONE_DAY = dt.timedelta(days=1)
#: each predicate lemma's class ("halt" → "idled"), as ``extract/predicate.py`` folds them
PREDICATE_CLASS_OF = {lemma: name for name, lemmas in PREDICATE_CLASSES.items() for lemma in lemmas}
#: a money unit as the extractor writes it ("USD", "GBP"): the only unit a page lends to a
#: figure written without one ("15.06 billion"); "a four-week average" lends no "weeks"
CURRENCY_CODE = re.compile(r"[A-Z]{3}")
#: the unit a series key gives a fraction of a counted thing ("two-thirds of the states"): a share
#: of them, in a series of its own, so it never meets a count of them ("all 50 states")
SHARE = "share"
#: how far from its page's date a stated year may be and still be the period a figure is for
PERIOD_MAX_YEARS = 30


@dataclass(frozen=True)
class TrackSettings:
    """How close is "the same time" and how loose is "about".  The defaults were chosen by
    sweeps over the news corpus with flagged pairs judged by hand (bench/ledger.py; the numbers
    are in bench/results/ledger.json and the README)."""

    #: two claims at most this many days apart are about the same time and may conflict; further
    #: apart they are about different times (successive weekly or monthly figures), never in
    #: conflict.  A week keeps one week's reporting of one figure together
    window_days: int = 7
    #: a repeat of a source's figure at most this many days after its first appearance is the
    #: same statement carried again (a relay); later, it is a new statement of that figure
    relay_days: int = 30
    #: "about 1,000" is read as 1,000 ± this fraction when intervals are compared, so that
    #: "around three mln" and "3.1 mln" agree
    tolerance: float = 0.25
    #: reader comments are shown in their own lane; they do not make conflicts or revisions
    readers_conflict: bool = False

    def with_(self, **changes: Any) -> "TrackSettings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT_TRACK_SETTINGS = TrackSettings()


@dataclass
class Tracked:
    """Every view the tracker offers, computed together from one read of the ledger."""

    series: list[Series]
    relays: list[Relay]
    conflicts: list[Conflict]
    revisions: list[Revision]


# --------------------------------------------------------------------------- reading rows

def track(rows: Iterable[Any], settings: TrackSettings = DEFAULT_TRACK_SETTINGS,
          pages: Iterable[tuple[str, Optional[str], Optional[str]]] = ()) -> Tracked:
    """Series, relays, conflicts and revisions from ``ROWS_SQL`` rows (``ClaimRow``s, or the
    plain tuples the store streams), with each page's headline and lead (``PAGES_SQL`` rows:
    doc_id, title, lead) where the rows do not carry them."""
    by_doc: dict[str, list[ClaimRow]] = defaultdict(list)
    for r in claim_rows(rows):
        by_doc[r.doc_id].append(r)
    heads = {doc_id: (title, lead) for doc_id, title, lead in pages if doc_id in by_doc}
    heads = {doc_id: heads.get(doc_id) or (doc_rows[0].title, doc_rows[0].lead)
             for doc_id, doc_rows in by_doc.items()}
    # one story's pages share one topic ("Court" / "Striking Brazilian" for one strike)
    meta = {doc_id: (heads[doc_id][0], doc_rows[0].published, doc_rows[0].outlet)
            for doc_id, doc_rows in by_doc.items()}
    topics = {doc_id: page_topic(*heads[doc_id]) for doc_id in by_doc}
    groups = stories(meta, topics)
    topics = story_topics(meta, topics, groups)
    story = story_ids(by_doc, groups)
    episode = topic_episodes(topics, {doc_id: doc_rows[0].published for doc_id, doc_rows in by_doc.items()})
    grouped: dict[SeriesKey, list[Point]] = defaultdict(list)
    for doc_id, doc_rows in by_doc.items():
        for key, point in _document_points(doc_rows, topics[doc_id], story[doc_id], episode[doc_id],
                                           page_names(*heads[doc_id])):
            grouped[key].append(point)
    _amounts_to_named(grouped, story)
    join_measured(grouped)
    join_story_figures(grouped, story, topics, lambda k: k.measured is not None)
    join_ownerless_figures(grouped, lambda k: k.measured is not None)
    join_amount_figures(grouped, lambda k: k.measured is not None)
    join_rate_figures(grouped, lambda k: k.measured is not None)
    series = []
    for key, points in grouped.items():
        for p in points:
            p.series_id = key.id
        points.sort(key=_order)
        series.append(Series(key, points))
    # those across the most pages first, then the largest: what moved between pages is what the
    # ledger is for; an interview's one-page list quoted by two speakers comes after
    series.sort(key=lambda s: (-s.documents, -len(s.points), s.label))
    relays, conflicts, revisions = [], [], []
    for s in series:
        unify_sources(s.points)
        mark_restatements(s.points)
        # "195 km/h (120 mph)" is one claim: its conversion is shown, never compared again
        claims = [p for p in s.points if p.restates is None]
        groups = _relays(claims, settings, s.key.specific)
        relays += [g for g in groups if g.repeats]
        if s.key.specific:
            conflicts += _conflicts(s.key, groups, settings)
            revisions += _revisions(s.key, groups, settings) + toll_updates(s.key, groups)
        revisions += _stated_revisions_in(s.key, claims, revisions)
    return Tracked(series, relays, conflicts, revisions)


def _document_points(rows: list[ClaimRow], topic: Optional[str] = None, story: Optional[str] = None,
                     episode: Optional[str] = None, names: tuple = ()) -> Iterable[tuple[SeriesKey, Point]]:
    """The document's claims with their series keys.  A claim that names no place or entity
    takes them from the nearest claim about the same thing on the page ("fewer than 3,000" after
    "1,000 ISIS members in Syria and Iraq"; a headline's "1,000 fighters" over a body's "IS")."""
    page = page_speakers(itertools.chain.from_iterable(
        ((r.source_name, r.source_kind, r.source_title), (r.source_organization, "organization", None))
        for r in rows))
    items, unnamed, bare = [], [], []
    for r in rows:
        thing, ent = normalise_counted(r.counted, r.entity)
        # a ledger written before a lemma joined its class ("halted 158 vessels": idled) is
        # read with today's classes
        unit, predicate = r.unit, PREDICATE_CLASS_OF.get(r.predicate, r.predicate)
        if unit is None and thing is not None and r.value is not None and 0 < r.value < 1:
            unit = SHARE  # "two-thirds of the states" is a part of them, never a number of states
        if thing is not None and r.measured and thing in MEASURED_GENERIC:
            thing = None  # "15.06 billion" counted as a "figure": what it measures names it
        trend = r.trend or _trend_of_predicate(r, thing)
        if trend is not None:
            # a change is tracked only as a change of what it measures ("the Dow fell 508
            # points": the Dow's fall that day), never as a level or a count
            thing = None
        measured, owner = (None, None) if thing is not None else measured_key(r.measured, r.measured_of)
        if trend is not None:
            if not measured:
                continue  # a change of nothing named is never a level's figure, not even by its value
            if measured.split()[-1] != TREND_WORDS[trend]:  # "pay rise" rising is no "pay rise rise"
                measured = f"{measured} {TREND_WORDS[trend]}"
        place = None
        if measured and unit in SCALE_MEASURES and trend is None:
            measured, owner = None, None  # "the earthquake's magnitude was 6.1": the event's magnitude
        if measured and unit is None and measured.split()[-1] in TOLL_WORDS:
            # "the confirmed death toll rose to 31": people killed, as "31 people died" is
            measured, thing, predicate = None, VICTIMS, "killed"
        if measured and owner is None and ent is None and not r.scope and topic is not None:
            # of the names the headline and lead share, the one the figure's sentence writes
            # ("GATT WARNS U.S. …": "its record trade deficit …, the U.S. …" is the U.S.'s)
            named = sentence_topic(r.sentence, names)
            if named is not None and named != topic and named.lower() not in measured.lower():
                owner = named  # not a name the measured phrase holds already ("M-1 level")
        if owner and topic:
            owner = fold_names((owner, topic))[owner]  # "Malcolm Glazer's bid": Glazer's
        if measured:
            # "U.S. trade deficit" in dlrs: the series is what it measures, its owner the
            # entity ("OPEC" output ceiling) or the place ("Brazil's" foreign debt)
            thing = measured
            if owner_kind(owner) == "places":
                place = owner
            elif ent is None:
                ent = owner
        if thing is None and unit is None and predicate in ABOUT_THE_STORY:
            thing = VICTIMS  # "the toll rose to 39", "killed 39": people, whatever the words
        if thing is None and (unit in SCALE_MEASURES or predicate in SCALE_MEASURES):
            # "a 7.0 magnitude quake", "measured 6.6 on the scale of magnitude": one measure of
            # the story's event, whichever way the sentence writes it
            thing, unit, predicate = (unit if unit in SCALE_MEASURES else predicate), None, None
        if thing is None:
            if unit is not None and trend is None:
                unnamed.append(r)  # "736.7 billion dlrs" read as measuring "NEW YORK": see below
            elif unit is None and trend is None and not r.measured:
                bare.append(r)  # "the USGS reported 5.8": see ``relations_gapped``
            continue
        thing = _without_places(thing, (ent, *(r.scope or ())))
        if thing == "death" and predicate in (None, "killed") or thing == "life" and predicate in LIVES_TAKEN:
            thing, predicate = "person", "killed"  # "45 deaths", "claimed 45 lives": 45 people killed
        point, when = _point(r, page)
        if place is None and not r.scope and ent is None and unit is None and owner_kind(r.source_name) == "places":
            place = r.source_name  # "the United Kingdom, reporting 37,542 deaths": the UK's own toll
        scope = tuple(sorted(set(r.scope or ()))) if place is None else (place,)
        worded = () if scope else sentence_scope(r.sentence, r.surface)  # "worldwide": not lent
        period = (_period(when, r.published) or _month_named(r.measured, r.published)) if measured else None
        if measured and measured.split()[-1] in STANDING_MEASURES:
            period = None  # "Nigeria's quota in February" and "in April": one quota, in force until changed
        items.append([thing, ent, scope or worded, unit, point, predicate, bool(worded), measured, period,
                      bool(measured) and names_itself(r.measured)])
    for item in items:
        if item[7] and item[3] is None:
            # "13.65 billion dollars, revised from 15.06 billion": a measured figure written
            # without its unit has the unit the page gives the same measured thing
            item[3] = next((o[3] for o in items if o[7] == item[7] and o[3] is not None
                            and CURRENCY_CODE.fullmatch(o[3])), None)
    _per_unit_on_page(items)
    items += _stated_revisions(items, unnamed, page)
    items += _same_figure(unnamed, items, page)
    items += gapped(bare, items, lambda r: _point(r, page)[0])
    amounts = _story_amounts(unnamed, topic, page)
    for item in items:
        # "195 km/h" and "120 mph" of one wind: the key holds the dimension ("speed"), each
        # point its unit as written (``units.py``); currencies are no dimension and stay apart
        dimension = dimension_of(item[3])
        if dimension is not None:
            if item[4].unit is None:
                item[4].unit = item[3]  # "from 35" in "rose to 40 km from 35": its partner's unit
            if dimension_of(item[4].unit) == dimension:
                item[3] = dimension
    for i, item in enumerate(items):
        if item[1] is not None and item[2] or item[7]:
            continue  # a measured figure's owner is its own or its page's story, never lent
        for j in sorted(range(len(items)), key=lambda j: (abs(j - i), j)):
            other = items[j]
            if j == i or other[3] != item[3] or other[6] and not item[2] or not lends_places(other[2], other[4].sentence):
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
    for thing, ent, scope, unit, point, predicate, _worded, measured, period, named in items:
        # a measure that names itself ("the Dow Jones industrial average") is nobody's: the
        # page's topic ("Reagan", "Wall Street") is not its owner
        key = _key(thing, ent, scope, unit, predicate, None if named else topic, point.doc_id, measured, named,
                   episode, story)
        yield (replace(key, period=period) if period else key), point
    for item in amounts:  # confined to the page's story (``story``: its pages' id)
        yield SeriesKey(item[0], item[1], item[2], item[3], None, item[7], story or item[4].doc_id), item[4]


def _per_unit_on_page(items: list[list]) -> None:
    """A measured amount written in a bare currency ("the 18 dlr benchmark") takes the "per" its
    page gives the same amount in that currency ("fixed prices of around 18 dlrs a barrel"):
    a page repeating a price drops its "a barrel", and "USD" and "USD/barrel" would put one price
    in two series.  Only when the page gives that amount with one "per" alone."""
    pers: dict[tuple, set[str]] = defaultdict(set)
    for item in items:
        unit = item[3]
        if item[7] and unit and "/" in unit and CURRENCY_CODE.fullmatch(unit.split("/")[0]) \
                and unit.split("/")[1] not in TIME_UNITS:  # "100 mln dlrs a month" is a rate, not "a 100 mln dlr swap"
            pers[(unit.split("/")[0], item[4].figure)].add(unit)
    for item in items:
        if item[7] and item[3] and CURRENCY_CODE.fullmatch(item[3]):
            units = pers.get((item[3], item[4].figure), set())
            if len(units) == 1:
                item[3] = next(iter(units))


def _trend_of_predicate(r: ClaimRow, thing: Optional[str]) -> Optional[str]:
    """"jobs rose 236,000": a measured figure whose predicate is a rise or a fall is a change,
    unless the sentence gives it as the level reached ("rose to 736.7 billion")."""
    trend = PREDICATE_TRENDS.get(r.predicate or "")
    if trend is None or thing is not None or not r.measured:
        return None
    if re.search(r"\bto\s+(?:an?\s+|the\s+)?(?:\w+\s+)?" + re.escape(r.surface), r.sentence or ""):
        return None
    return trend


def _point(r: ClaimRow, page: PageSpeakers) -> tuple[Point, ClaimTime]:
    """The claim as a series point, with the time it holds."""
    when = claim_time(r.time_value, r.published)
    relation = r.time_relation or "at"
    if relation == "before" and when.basis in ("stated", "published"):
        # "Up until today we had an estimate of less than 3,000": held before that day
        when = ClaimTime(when.start - ONE_DAY, when.start - ONE_DAY, when.basis)
    point = Point(
        r.claim_id, r.doc_id, r.doc_ref, r.value, r.low, r.high, bool(r.approximate), r.surface,
        r.sentence, r.voice, r.source_name,
        source_key(r.source_name, r.source_organization, r.voice, r.outlet, r.url, r.doc_ref, page,
                   r.source_kind),
        r.source_title, r.source_role, r.source_organization, r.url, r.outlet, r.published,
        when.start, when.basis, relation, r.span_start or 0, until=when.end,
        span_end=r.span_end, time_value=r.time_value, unit=r.unit,
        speaker=speaker_name(r.source_name, r.source_kind, page) if r.voice != "reader" else None,
    )
    return point, when


def _stated_revisions(items: list[list], unnamed: list[ClaimRow], page: PageSpeakers) -> list[list]:
    """A sentence that states a revision ("revised down from a previously reported 448,000")
    puts the old figure in the new one's series, whatever words the old one is counted with
    ("a 319,000 gain … 448,000 increase"), and marks the new figure as replacing it
    (``revised.py``).  Returns the unplaced figures it placed."""
    by_sentence: dict[tuple, list[list]] = defaultdict(list)
    for item in items:
        by_sentence[(item[4].doc_id, item[4].sentence)].append(item)
    placed = []
    for (doc_id, sentence), group in by_sentence.items():
        if not states_revision(sentence):
            continue
        figures = [item[4] for item in group] + [r for r in unnamed if r.doc_id == doc_id and r.sentence == sentence]
        # each figure where it stands: one surface written twice is two places (``located``)
        at = dict(zip((f.claim_id for f in figures), located(sentence, [(f.surface, _start(f)) for f in figures])))
        values = {f.surface: f.value for f in figures}  # a change between the two: its value tells
        for new in group:
            p = new[4]
            p.says_revised = p.says_revised or says_revised(sentence, p.surface, at[p.claim_id][1])
            for old in group:
                q = old[4]
                if old is not new and q.figure != p.figure and old[3] in (None, new[3]) \
                        and old_figure_at(sentence, at[p.claim_id], at[q.claim_id], at.values(), values):
                    old[:4], old[5:] = new[:4], new[5:]
                    p.revises = q.claim_id
            for r in [r for r in unnamed if r.doc_id == doc_id and r.sentence == sentence]:
                if (r.value, r.low, r.high) != p.figure and r.unit in (None, new[3]) \
                        and old_figure_at(sentence, at[p.claim_id], at[r.claim_id], at.values(), values):
                    point, _when = _point(r, page)
                    placed.append([*new[:4], point, *new[5:]])
                    unnamed.remove(r)
                    p.revises = point.claim_id
    return placed


def _start(figure: Point | ClaimRow) -> Optional[int]:
    return figure.position if isinstance(figure, Point) else figure.span_start


def _same_figure(unnamed: list[ClaimRow], items: list[list], page: PageSpeakers) -> list[list]:
    """Money, percent and measures whose words name no quantity ("736.7 billion dlrs" read as
    measuring a dateline, "£800m" as measuring "US tycoon"), placed by the same figure on their
    page: the one named quantity the page gives with exactly that amount in that unit ("the
    previous week's M-1 level was 736.7 billion dlrs").  Two different quantities the page gives
    with one amount leave the figure unplaced; counts are never placed this way ("4,000 missing"
    and "4,000 homeless" on one page are two quantities)."""
    placed = []
    for r in unnamed:
        figure = (r.value, r.low, r.high)
        if figure == (None, None, None):
            continue
        donors = {}
        for item in items:
            p = item[4]
            if item[7] and p.figure == figure and _same_unit(item[3], r.unit):
                donors.setdefault((item[0], item[1], item[2], item[5], item[7], item[8]), item)
        if len(donors) != 1:
            continue
        donor = next(iter(donors.values()))
        point, _when = _point(r, page)
        placed.append([*donor[:4], point, *donor[5:]])
    placed_ids = {item[4].claim_id for item in placed}
    unnamed[:] = [r for r in unnamed if r.claim_id not in placed_ids]
    return placed


def _story_amounts(unnamed: list[ClaimRow], topic: Optional[str], page: PageSpeakers) -> list[list]:
    """Money, percent and measures still unplaced, keyed by their exact amount within their
    page's story (``stories.py``: "$9.3bn" on three pages about Yukos' unit's auction, whatever
    each sentence makes it measure): within one story one exact amount in one unit is, far
    more often than not, one quantity repeated.  Not within one topic: on the news corpus the
    pages of one topic ("United States", "Japan") gave one amount for unrelated things ("0.4
    pct" of three indicators, "six years" in three stories) in 7 of 15 such series read.  Such
    series are shown, never checked for conflicts (they are measured keys).  Durations are
    left out: of the same-duration series left after that, most were time offsets ("two days
    after", "more than five years ago") or clock times, in two stories as in one."""
    out = []
    for r in unnamed:
        figure = (r.value, r.low, r.high)
        if figure == (None, None, None) or r.unit is None or r.unit in TIME_UNITS:
            continue  # a duration is mostly a time offset ("two days after", "five years ago")
        point, _when = _point(r, page)
        amount = AMOUNT + _written(figure)
        place = topic is not None and owner_kind(topic) == "places"
        out.append([amount, None if place else topic, (topic,) if place else (), r.unit.split("/")[0],
                    point, None, False, amount, None, False])
    return out


#: durations as the extractor writes their unit ("days", "months")
TIME_UNITS = frozenset(TIME_UNIT_CODES) | frozenset(u + "s" for u in TIME_UNIT_CODES)
#: what an unplaced figure's series measures: its amount ("amount 9,300,000,000")
AMOUNT = "amount "


def _written(figure: tuple) -> str:
    value, low, high = (None if x is None else f"{x:,.{0 if float(x).is_integer() else 4}f}".rstrip("0").rstrip(".")
                        if not float(x).is_integer() else f"{x:,.0f}" for x in figure)
    if value is not None:
        return value
    if low is not None and high is not None:
        return f"{low}-{high}"
    return f"over {low}" if low is not None else f"under {high}"


def _amounts_to_named(grouped: dict[SeriesKey, list[Point]], story: dict[str, str]) -> None:
    """A story's unplaced amount joins the named quantity its story gives with exactly that
    amount in that unit on another page ("$27.5bn" on one Yukos page, "a tax claim of $27.5bn"
    on another), when the story gives exactly one such quantity."""
    named: dict[tuple, set[SeriesKey]] = defaultdict(set)
    for key, points in grouped.items():
        if key.measured and not key.measured.startswith(AMOUNT) and key.unit:
            for p in points:  # by the unit each figure is written in ("km", not "length")
                named[(story[p.doc_id], (p.unit or key.unit).split("/")[0], p.figure)].add(key)
    for key in [k for k in grouped if k.measured and k.measured.startswith(AMOUNT)]:
        donors = set().union(*(named.get((story[p.doc_id], key.unit, p.figure), set()) for p in grouped[key]))
        if len(donors) == 1:
            full = donors.pop()
            grouped[full] += grouped.pop(key)


def _same_unit(a: Optional[str], b: Optional[str]) -> bool:
    """"USD" and "USD/barrel" are one amount's unit written with or without its "per"."""
    if a is None or b is None:
        return False
    return a == b or a.split("/")[0] == b.split("/")[0]


def _period(when: ClaimTime, published: Optional[dt.date] = None) -> Optional[str]:
    """A stated month or year as the key writes it ("1987-02", "1986"); None for a point in
    time or a page's date, and for a "year" far from the page's date (a number misread as a
    year: "fell 508 points to 1738")."""
    if not when.is_period or when.start is None or when.end is None:
        return None
    if published is not None and abs(when.start.year - published.year) > PERIOD_MAX_YEARS:
        return None
    if when.start.year == when.end.year and when.start.month == 1 and when.end.month == 12 \
            and when.end.day == 31:
        return str(when.start.year)
    if (when.start.year, when.start.month) == (when.end.year, when.end.month):
        return f"{when.start.year}-{when.start.month:02d}"
    return f"{when.start}..{when.end}"


def _month_named(measured: Optional[str], published: Optional[dt.date]) -> Optional[str]:
    """The month a measured phrase names as its period ("Opec February output", "March
    production"), in the page's year, or the year before when the month is still to come at the
    page's date: what the sentence's time would have said had it been read ("February output" is
    1987-02 on a page of March 1987).  None without one month named or without a date."""
    if not measured or published is None:
        return None
    months = {MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", measured) if w.lower() in MONTHS}
    if len(months) != 1:
        return None
    month = months.pop()
    year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}"


def _key(thing: str, ent: str | None, scope: tuple[str, ...], unit: str | None,
         predicate: str | None, topic: str | None, doc_id: str, measured: str | None = None,
         named: bool = False, episode: Optional[str] = None, story: Optional[str] = None) -> SeriesKey:
    """The series key of a claim once its page has lent it an entity or a place.

    A count of no named entity is about its page's topic (``page_topic``: the name its headline
    and lead share, "the Ecuador earthquake" → Ecuador) when the sentence leaves that implicit:
    the topic enters the key of counts of victims and cases (killed, injured, missing, displaced,
    captured; cases, infections), since one country's deaths in two stories are two events, and
    of counts that say nothing happened ("36 states", "four candidates"), since a plain count of
    a generic thing is about its story; a place the sentence does not give is the topic.  A count
    with neither a place nor a topic stays on its page: issue 17 found "persons killed", "persons",
    "things", "states" joining unrelated pages.  A count that takes its page's topic is
    further confined to the topic's episode
    (``stories.topic_episodes``: its pages with no gap of over a month): the topic says where,
    not which event.  Money, percent and
    rates (``unit``) are keyed by what they measure (``measured``, from ``_document_points``)
    and their places."""
    about, page = None, None
    if measured is not None:
        # what a figure measures names the quantity, whatever the verb ("widened", "stood at");
        # with no owner on the page, the page's story is whose ("foreign debt" on a page about
        # Ecuador is Ecuador's; "output ceiling" on one about OPEC is OPEC's), written where an
        # owner would be, so that "OPEC's ceiling" on one page meets "the ceiling" on another
        if ent is None and not scope and topic is not None:
            if owner_kind(topic) == "places":
                scope = (topic,)
            else:
                ent = topic
        # a measure that names itself ("the Dow Jones industrial average") is one quantity on
        # every page; any other with no owner stays on its page; a share of a vote stays in its
        # page's story whoever's it is (one candidate's share in two primaries is two figures)
        if measured.split()[-1] in CONTEST_MEASURES:
            return SeriesKey(thing, ent, scope, unit, None, measured, story or doc_id)
        return SeriesKey(thing, ent, scope, unit, None, measured, None if ent or scope or named else doc_id)
    if unit is None and ent is None:
        if predicate is None or predicate in ABOUT_THE_STORY or thing in CASE_WORDS:
            about = topic
            if topic is not None and episode is not None:
                # the topic says where, its episode which event: "Philippines" for two
                # earthquakes three months apart, "officers" in Paris in two stories (on the
                # whole corpus the conflicts flagged and the revisions found are unchanged)
                page = episode
        if topic is not None and not scope:
            scope = (topic,)
        elif topic is None and not scope:
            page = doc_id
    return SeriesKey(thing, ent, scope, unit, predicate, measured, page, about)
