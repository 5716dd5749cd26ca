"""Series keys: what one series counts, whose it is, where, and who says it.

A claim's counted thing is normalised ("Daesh militants" → ISIS "member", "45 deaths" counted as
people killed), its entity and places taken out of it, and its speaker made one canonical string
(``source_key``), so that claims about one quantity from one source meet in one series.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Iterable, Optional

from claimledger.claims.coreference import PageSpeakers
from claimledger.extract.actors import alias_table, resolve_alias
from claimledger.extract.names import rejoined
from claimledger.lexicon.dates import MONTHS, WEEKDAYS
from claimledger.lexicon.predicates import CLASSES as PREDICATE_CLASSES
from claimledger.lexicon.tracking import (
    CASE_WORDS,
    COUNTED_SYNONYMS,
    EXCLUDING_WORDS,
    GLOBAL_SCOPE,
    GLOBAL_SCOPE_WORDS,
    IGNORED_MODIFIERS,
    NOT_THE_BODY,
    SPEAKS_FOR_BODY,
    IRREGULAR_PLURALS,
    MAX_LENT_PLACES,
    MEASURE_WORDS,
    SCALE_MEASURES,
    MEMBER_HEAD,
    MEMBER_WORDS,
    SINGULAR_ENDINGS,
    TOPIC_NOT_WORDS,
)

ARMED_GROUPS = "armed_groups"


@dataclass(frozen=True)
class SeriesKey:
    counted: str
    entity: Optional[str]
    scope: tuple[str, ...]
    unit: Optional[str] = None
    #: what the counts say happened ("killed", "exported", "capacity"); None: the things exist
    predicate: Optional[str] = None
    #: what a money, percent or rate figure is an amount of ("OPEC output", "trade deficit"):
    #: the quantities' ``measured`` field (issue 17, point 6), read in ``tracker._document_points``
    measured: Optional[str] = None
    #: the one page a series is confined to: a generic counted thing ("persons", "things") that
    #: names no entity, place or topic is a list on its page, never joined with another page's
    page: Optional[str] = None
    #: what the count is about when the sentence leaves it implicit: its page's topic (the
    #: event, disease or story: "Ecuador", "Magnitogorsk"), for counts of victims and cases and
    #: plain counts of things (``tracker._key``)
    topic: Optional[str] = None
    #: the stated period a measured figure is for ("1987-02", "1986"): a month's trade deficit
    #: and the next month's are two quantities, each revised on its own
    period: Optional[str] = None

    @cached_property  # a key is asked its id once a point; computed once (frozen: no fields change)
    def id(self) -> str:
        parts = [self.counted, self.entity or "", ",".join(self.scope), self.unit or ""]
        if self.predicate:
            parts.append(self.predicate)
        if self.measured:
            parts.append("measured:" + self.measured)
        if self.page:
            parts.append("page:" + self.page)
        if self.topic:
            parts.append("topic:" + self.topic)
        if self.period:
            parts.append("period:" + self.period)
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]

    @property
    def label(self) -> str:
        thing = f"{self.entity} {_plural(self.counted)}" if self.entity and \
            self.entity.lower() != self.counted and self.entity not in self.scope else _plural(self.counted)
        if self.predicate:
            thing += f" {self.predicate}" if self.predicate in PREDICATE_CLASSES else f" ({self.predicate})"
        if self.measured:
            thing = self.measured if self.counted == self.measured.lower() else f"{self.measured} ({thing})"
            if self.entity and self.entity not in self.scope:
                thing = f"{self.entity} {thing}"
        if self.unit:
            thing = f"{self.unit} of {thing}"
        places = [s for s in self.scope if s != GLOBAL_SCOPE]
        where = f" in {', '.join(places)}" if places else ""
        if len(places) < len(self.scope):
            where += f" {GLOBAL_SCOPE}" if not places else f" ({GLOBAL_SCOPE})"  # "cases worldwide"
        if self.topic and self.scope != (self.topic,):
            where += f" ({self.topic})"
        if self.period:
            where += f", {self.period}"
        return thing + where

    @property
    def specific(self) -> bool:
        """Whether the key names one quantity well enough to check it for conflicts and
        revisions: a thing (not a measure such as "dlrs" or "pct", not a unit) of an entity or
        in a place.  Measured on 1,100 news articles (bench/ledger.py): without these rules
        89,613 conflicts, almost all in "dlrs"; with entity-or-place 868, still 96% money
        ("dlrs in WASHINGTON": unrelated amounts datelined in one city); with measures
        (and currencies such as guilders) excluded 13, all between two figures on one page."""
        if self.measured is not None:
            # what a money, percent or rate figure measures groups it (issue 17, point 6), but
            # the measured phrase does not yet name one quantity well enough to compare two
            # sources' figures: on the whole news corpus (7,384 articles) checking these series
            # flagged 113 new pairs, of 45 read none clearly true (different airlines' passenger
            # miles, a country's deficit with Taiwan against its whole deficit, January's
            # surplus against February's, rounded figures) — shown, never checked
            return False
        if self.unit or self.counted.split()[-1] in MEASURE_WORDS or self.counted in MEASURE_WORDS:
            return False  # a bare measure ("dlrs", "pct") names no quantity
        if self.entity:
            return bool(self.entity or self.scope)
        # a thing of no entity in a place: only a count that says what happened ("killed",
        # "exported"), of cases or victims, or on a scale names one quantity.  Issue 17, on the
        # whole news corpus: plain counts in a place or a story ("workers in China", "provisions
        # in House", "gains in United States", "bales in Pakistan") flagged 11 conflicts, none true
        named = (self.predicate is not None and self.predicate not in MEASURE_WORDS) \
            or self.counted in CASE_WORDS or self.counted in SCALE_MEASURES
        return bool(self.scope) and named

    def to_dict(self) -> dict[str, Any]:
        return {"counted": self.counted, "entity": self.entity, "scope": list(self.scope),
                "unit": self.unit, "predicate": self.predicate, "measured": self.measured,
                "page": self.page, "topic": self.topic, "period": self.period}


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


def lends_places(scope: Iterable[str], sentence: Optional[str] = None) -> bool:
    """Whether a count's places may be lent to a count of its page that names none: not a list
    of more than ``MAX_LENT_PLACES`` its sentence joins with "and"/"or" (what one count is spread
    over, "in the Netherlands, Spain, Venezuela, France and South Africa", not where its page
    is).  Places written as one address ("El Paso, Texas, United States") are one place."""
    places = tuple(scope or ())
    if len(places) <= MAX_LENT_PLACES:
        return True
    return not (sentence and _LISTED_PLACE.search(sentence))


#: a list's last item: ", and France", " or South Africa"
_LISTED_PLACE = re.compile(r"\b(?:and|or)\s+(?:the\s+)?[A-Z]")


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
               page: Optional[PageSpeakers] = None, kind: Optional[str] = None) -> str:
    """Who speaks, as one canonical string: a spokesman speaks for their organisation, so
    "Col. Harmon of the US-led coalition" and "the US-led coalition" are one source; a short or
    generic mention ("Harmon", "the bank") is the fuller name the page gives
    (claims/coreference.py; ``kind``: the mention's, person or other);
    no source at all is the outlet."""
    if voice == "reader":
        return "reader"
    known = _known(name) if name else None
    if known:
        return known
    if organization:
        return _canonical(organization)
    if name:
        fuller = page.fuller(name, kind) if page is not None else None
        return _canonical(body_of(fuller or name) or fuller or name)
    return "outlet: " + (outlet or _domain(url) or doc_ref)


@lru_cache(maxsize=1 << 16)
def body_of(name: str) -> Optional[str]:
    """The body an unnamed speaker speaks for: "union officials", "a union spokesman" and
    "union leaders" are the union; None for a name ("Jorge Franco"), a bare role ("officials")
    or a group that is no body ("oil traders", "trade sources")."""
    words = name.split()
    if len(words) < 2 or singular(words[-1]) not in SPEAKS_FOR_BODY or words[-1][:1].isupper():
        return None
    body = words[:-1]
    while body and (body[0].lower() in NOT_THE_BODY or singular(body[-1].lower()) in SPEAKS_FOR_BODY):
        body = body[1:] if body[0].lower() in NOT_THE_BODY else body[:-1]
    body = [w[:-2] if w.endswith(("'s", "’s")) else w for w in body]
    return " ".join(body) or None


@lru_cache(maxsize=1 << 16)
def _canonical(name: str) -> str:
    tidy = rejoined(name)
    return resolve_alias(tidy) or tidy


@lru_cache(maxsize=1 << 16)
def _known(name: str) -> Optional[str]:
    return resolve_alias(rejoined(name))


def _domain(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    m = re.match(r"^[a-z]+://(?:www\.)?([^/:?#]+)", url, re.IGNORECASE)
    return m.group(1).lower() if m else None


# --------------------------------------------------------------------------- what a count is about

#: how far around a count's words a scope word is looked for ("cases worldwide", "deaths
#: outside China" follow the number; "worldwide, 3,000 people" precedes it)
SCOPE_REACH_BEFORE, SCOPE_REACH_AFTER = 40, 60

_GLOBAL_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in GLOBAL_SCOPE_WORDS) + r")\b", re.I)
_EXCLUDING_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(EXCLUDING_WORDS, key=len, reverse=True))
    + r")\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def sentence_scope(sentence: str, surface: str = "") -> tuple[str, ...]:
    """A scope the words around a count give when the extractor found no place: "worldwide",
    "globally" → the world; "outside China" → ``("outside China",)``.  These are scopes, not the
    absence of one, so such a count never takes its page's topic."""
    i = sentence.find(surface) if surface else -1
    window = sentence if i < 0 else sentence[max(0, i - SCOPE_REACH_BEFORE):i + len(surface) + SCOPE_REACH_AFTER]
    m = _EXCLUDING_RE.search(window)
    if m:
        return (f"outside {m.group(1)}",)
    if _GLOBAL_RE.search(window):
        return (GLOBAL_SCOPE,)
    return ()


_NOT_TOPIC = TOPIC_NOT_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|del\s+|de\s+)?[A-Z][\w'’.-]*)*")
#: the longest run of headline words tried as one name ("Wall Street", "Surigao del Sur")
TOPIC_MAX_WORDS = 3


@lru_cache(maxsize=1 << 14)
def page_topic(title: Optional[str], lead: Optional[str]) -> Optional[str]:
    """The page's topic for counts that name no place or entity: the first proper name of its
    headline that its lead writes as a proper name too ("Magnitogorsk apartment building
    collapses …" / "… collapsed on Monday in Magnitogorsk"; "ECUADOR QUAKE TO CUT OIL REVENUES" /
    "… will cost Ecuador …").  A headline word the lead writes in lower case ("Earthquake" /
    "an earthquake struck") is a common word capitalised by the headline; one the lead only
    starts a sentence with is not looked at.  None when no name is shared."""
    names = page_names(title, lead)
    return names[0][1] if names else None


@lru_cache(maxsize=1 << 15)  # every view reads every page's headline again
def page_names(title: Optional[str], lead: Optional[str]) -> tuple[tuple[str, str], ...]:
    """Every name the headline and its lead share (``page_topic``), in headline order, each as
    the lead writes it and as its canonical name: ("U.S.", "United States").  The first is the
    page's topic; a figure's sentence naming a later one says which of them it is about
    (``sentence_topic``)."""
    if not title or not lead:
        return ()
    lowered = _lowered(lead)
    if title.upper() == title:  # a headline in capitals: every run of words may be a name
        words = title.title().split()
        candidates = [(" ".join(words[i:i + n]), " ".join(words[:i]), " ".join(words[i + n:]))
                      for i in range(len(words)) for n in range(min(TOPIC_MAX_WORDS, len(words) - i), 0, -1)]
    else:
        candidates = [(m.group(), title[:m.start()], title[m.end():]) for m in _CAPITALISED_RUN.finditer(title)]
    found: dict[str, str] = {}
    for run, before, after in candidates:
        if _headline_credit(before, after):
            continue  # "… ABOVE 18 DLRS - MEES": who told it, not what it is about
        words = run.split()
        while words and words[0].lower().strip(".,:;'’") in _NOT_TOPIC:
            words = words[1:]
        name = " ".join(words).strip(",:;'’\"")
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        if len(name) < 3 or name.lower() in _NOT_TOPIC or not name[0].isalpha():
            continue
        for form in (name, name.rstrip(".")):
            if _named_in(form, lead) or lowered and next(_whole_word_at(form.lower(), lowered), None) is not None:
                found.setdefault(form, _canonical(form))
                break
    return tuple(found.items())


def sentence_topic(sentence: Optional[str], names: tuple[tuple[str, str], ...]) -> Optional[str]:
    """The one name of its page's headline (``page_names``) a figure's sentence writes, when it
    writes exactly one: "By stressing its record trade deficit of 169.8 billion dlrs last year,
    the U.S. …" on "GATT WARNS U.S. ON FEDERAL BUDGET" is about the United States, not GATT."""
    if not sentence:
        return None
    named = {canonical for form, canonical in names
             if next(_whole_word_at(form, sentence), None) is not None
             or next(_whole_word_at(canonical, sentence), None) is not None}
    return named.pop() if len(named) == 1 else None


def _headline_credit(before: str, after: str) -> bool:
    """Whether a headline name stands last after a dash: the wire's credit ("SAUDIS NOT SEEKING
    OIL PRICE ABOVE 18 DLRS - MEES", "OPEC WANTS 18 DLR OIL PRICE - OAPEC OFFICIAL"), who told
    the story, not what it is about.  (A name before "SAYS" is not dropped: "CHINA FORECASTS 397
    MLN TONNES", "ROWNTREE REPORTS PRETAX PROFIT" are about the speaker's own figures.)"""
    return not after.strip() and before.rstrip().endswith(("-", "–", "—"))


def _lowered(lead: str) -> Optional[str]:
    """The lead after its dateline when the wire wrote it all in lower case ("Quito, march 11 -
    ecuador is considering …"), where names cannot be told by their capitals; else None."""
    body = re.split(r"\s[-–—]\s", lead, maxsplit=1)[-1]
    return body if body == body.lower() or sum(map(str.isupper, body)) <= 1 else None


def _named_in(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` capitalised, other than as the first word of a sentence
    (the first word after a dateline counts: "QUITO, March 11 - Ecuador, stricken by …")."""
    for start in _whole_word_at(name, text):
        before = text[:start].rstrip()
        if before and before[-1] not in ".!?\n\"“":
            return True
    return False


def _is_word_char(c: str) -> bool:
    """What ``\\w`` or a hyphen matches: a character that continues a word."""
    return c.isalnum() or c in "_-"


def _whole_word_at(name: str, text: str) -> Iterable[int]:
    """Where ``text`` holds ``name`` as whole words (no letter, digit, "_" or "-" either side),
    found left to right without overlap: what ``re.finditer(r"(?<![\\w-])NAME(?![\\w-])")`` finds,
    without compiling a pattern per name (a pattern per candidate name of every page was half of
    the tracker's time on the news corpus)."""
    if not name:
        return
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield start
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def speaker_name(name: Optional[str], kind: Optional[str], page: Optional[PageSpeakers]) -> Optional[str]:
    """A person's fullest name on their page ("Dillon" → "Ryan Dillon"), when it has at least
    two words: the handle by which one person is recognised on another page."""
    if not name or kind != "person":
        return None
    full = (page.fuller(name, kind) if page is not None else None) or name
    full = rejoined(full)
    return full if len(full.split()) >= 2 else None


def unify_sources(points: list) -> None:
    """One source across pages: two source keys in one series are one source when one person
    speaks under both ("Col. Ryan Dillon" of the "US-led coalition" on one page, of "the
    coalition" on another).  Every point takes the longest name of its linked keys, so the
    tracker compares canonical sources, not strings."""
    by_speaker: dict[str, set[str]] = {}
    for p in points:
        if p.speaker:
            by_speaker.setdefault(p.speaker.lower(), set()).add(p.source_key)
    linked = [keys for keys in by_speaker.values() if len(keys) > 1]
    linked += _short_forms({p.source_key for p in points if p.lane == "source"})
    if not linked:
        return
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    for keys in linked:
        first, *rest = sorted(keys)
        for k in rest:
            a, b = root(first), root(k)
            if a != b:
                parent[b] = a
    groups: dict[str, list[str]] = {}
    for k in {k for keys in linked for k in keys}:
        groups.setdefault(root(k), []).append(k)
    canonical = {}
    for members in groups.values():
        best = max(members, key=lambda k: (not k.startswith("outlet: "), len(k.split()), k))
        for k in members:
            canonical[k] = best
    for p in points:
        p.source_key = canonical.get(p.source_key, p.source_key)


def _short_forms(keys: set[str]) -> list[set[str]]:
    """Pairs of one series' sources where one is the other's short form on another page: "union"
    (a union spokesman) and "National Merchant Marine Union", when no other source of the series
    ends with the same words."""
    named = [k for k in keys if not k.startswith("outlet: ")]
    out = []
    for k in named:
        words = k.lower().split()
        longer = [m for m in named if len(m.split()) > len(words) and m.lower().split()[-len(words):] == words]
        if len(longer) == 1:
            out.append({k, longer[0]})
    return out
