"""Series keys: what one series counts, whose it is, where, and who says it.

A claim's counted thing is normalised ("Daesh militants" → ISIS "member", "45 deaths" counted as
people killed), its entity and places taken out of it, and its speaker made one canonical string
(``source_key``), so that claims about one quantity from one source meet in one series.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Optional

from claimledger.claims.coreference import PageSpeakers
from claimledger.extract.actors import alias_table, resolve_alias
from claimledger.extract.names import rejoined
from claimledger.lexicon.predicates import CLASSES as PREDICATE_CLASSES
from claimledger.lexicon.tracking import (
    COUNTED_SYNONYMS,
    IGNORED_MODIFIERS,
    IRREGULAR_PLURALS,
    MEASURE_WORDS,
    MEMBER_HEAD,
    MEMBER_WORDS,
    SINGULAR_ENDINGS,
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
        return _canonical(fuller or name)
    return "outlet: " + (outlet or _domain(url) or doc_ref)


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
