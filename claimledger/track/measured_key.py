"""What a money, percent, rate or index figure measures, written one way for a series key.

The extractor's ``measured`` is a phrase as the sentence gives it ("the overall output ceiling
for OPEC", "Brazil's total foreign debt", "record trade deficit", "U.S. civilian unemployment
rate").  Two pages name one quantity with different words around the same head, so the key keeps
the head noun with its compound modifiers ("output ceiling", "foreign debt", "civilian
unemployment rate") and moves the rest out:

- determiners, possessive pronouns and adjectives of degree or recency ("total", "record",
  "overall", "current", "latest") are dropped: they do not change the quantity;
- the owner — a possessive ("Brazil's"), an of/for/in-phrase ("… for OPEC", "stake in Manchester
  United"), a leading known place or name ("U.S. trade deficit", "OPEC quota"; an unknown
  capital may only start the sentence: "Revenue passenger miles") or the extractor's
  ``measured_of`` — becomes the key's entity, or its scope for a place;
- a phrase that is only a name ("Quito", "Baikal", "the Kremlin": the subject the extractor
  climbed to, not a quantity) or only a generic word ("figure", "level", "target") says nothing
  about which quantity, and the figure forms no series.

Grown on the ``measured`` strings of the first 2,000 articles of the news corpus (the frequent
heads and their modifiers), checked on the ledger dev set.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from claimledger.extract.actors import alias_table, resolve_alias
from claimledger.lexicon.tracking import (
    MEASURED_DROPPED,
    MEASURED_GENERIC,
    MEASURED_NOT_OWNER,
    MEASURED_OWNER_PREPS,
    MEASURED_SYNONYMS,
)
from claimledger.lexicon.dates import MONTHS, WEEKDAYS
from claimledger.track.keys import singular

_TIME_WORDS = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))

MEASURED_MAX_WORDS = 9
_WORD = re.compile(r"[A-Za-z0-9][\w'’.&-]*")
#: how the extractor writes a part of a whole amount (extract/quantities/parts.py)
_PART_OF = re.compile(r"part of\s+", re.I)
#: a possessive ending left at the start of a phrase whose owner the extractor cut off
#: ("'s M-1 level" of "the U.S.'s M-1 level"): not a word of the thing
_LEADING_POSSESSIVE = re.compile(r"^\s*['’]s\b\s*")
#: a figure written as the whole phrase ("300p", "15bn"): the amount, never what it measures
#: (inside a phrase a figure may name the thing: "the 5,000m champion", "the 7E7")
_FIGURE_WORD = re.compile(r"^\d[\d.,]*(?:[a-z]{1,2}|%)?$")


@lru_cache(maxsize=1 << 16)
def measured_key(measured: Optional[str], measured_of: Optional[str] = None
                 ) -> tuple[Optional[str], Optional[str]]:
    """``(thing, owner)``: what the figure measures, lower-cased, with its owner's canonical
    name apart; ``(None, None)`` when the phrase names no quantity.

    >>> measured_key("Brazil's total foreign debt")
    ('foreign debt', 'Brazil')
    """
    if not measured:
        return None, None
    part = _PART_OF.match(measured)
    if part:  # a part of a whole ("part of foreign debt": 68 of its 108 billion) is not the whole
        thing, owner = measured_key(measured[part.end():], measured_of)
        return (f"part of {thing}", owner) if thing else (None, None)
    measured = _LEADING_POSSESSIVE.sub("", measured)
    words = _WORD.findall(measured)
    if words and all(_FIGURE_WORD.match(w) for w in words):
        return None, None  # only a figure ("300p"): the amount, never what it measures
    owner = _owner(measured_of) if measured_of else None
    if measured_of and owner is None and measured_of.strip(" -–—")[:1].isupper() \
            and measured_of.upper() != measured_of:  # a dateline ("SAO PAULO") is where, not whose
        # an owner the text names but no known name reads ("Saudi output", "Several banks"; a
        # common noun such as "strikers" or "production" is a class, not an owner, and is let be):
        # whose the figure is stays unknown, and a key without it would join every owner's
        # ("its OPEC quota of 4.133 mln bpd" with Nigeria's quota on the same page)
        return None, None
    # an of/for/in-phrase names the owner ("stake in Manchester United"), unless the head before
    # it is generic ("number of payroll jobs", "level of M-1"): then it is the thing itself
    for i, w in enumerate(words):
        if w.lower() in MEASURED_OWNER_PREPS and 0 < i < len(words) - 1:
            head, tail = words[:i], words[i + 1:]
            if _content(head) and _content(head)[-1] not in MEASURED_GENERIC:
                owner = owner or _owner(" ".join(tail))
                words = head
            else:
                words = tail
            break
    # a leading known name is the owner, read as one run, longest first ("U.S. trade deficit",
    # "OPEC quota"); a phrase that is only a name is handled below
    while words and words[0].lower() in MEASURED_DROPPED:  # "the U.S. trade deficit", "Net profit"
        words = words[1:]
    run = 0
    while run < len(words) - 1 and words[run][0].isupper():
        run += 1
    for n in range(run, 0, -1):  # only a known name: a capital may just start the sentence
        named = resolve_alias(" ".join(words[:n]))  # ("Revenue passenger miles", "Net profit")
        if named is not None:
            owner = owner or named
            words = words[n:]
            break
    kept: list[str] = []
    for w in words:
        base = w.lower()
        if base.endswith(("'s", "’s")):  # "Brazil's": an owner, never part of the thing
            owner = owner or _owner(w[:-2])
            continue
        if base in MEASURED_DROPPED or base in _TIME_WORDS or base.isdigit():
            continue
        kept.append(w)
    if not kept or all(w[0].isupper() for w in kept) and not _is_measure_name(kept):
        return None, None  # a name alone ("Quito", "US Geological Survey"): not a quantity
    kept = [w.lower() for w in kept]
    kept[-1] = MEASURED_SYNONYMS.get(singular(kept[-1]), singular(kept[-1]))
    thing = " ".join(kept[-MEASURED_MAX_WORDS:])
    if thing in MEASURED_GENERIC:
        return None, None
    return thing, owner


@lru_cache(maxsize=1 << 16)
def names_itself(measured: Optional[str]) -> bool:
    """Whether what a figure measures is a name of its own ("the Dow Jones industrial
    average", "M-1 money supply"): two capitalised words, or a capitalised word with a digit, in
    the phrase once its owner is taken out ("230-to-198" is a vote, not a name).  Such a measure
    belongs to no page's story."""
    thing, _owner_name = measured_key(measured)
    if not thing:
        return False
    written = {w.lower(): w for w in _WORD.findall(measured or "")}
    kept = [written.get(w, w) for w in thing.split()]
    return sum(w[:1].isupper() for w in kept) >= 2 or any(w[:1].isupper() and any(c.isdigit() for c in w)
                                                         for w in kept)


def _content(words: list[str]) -> list[str]:
    return [w.lower() for w in words if w.lower() not in MEASURED_DROPPED]


def _is_measure_name(words: list[str]) -> bool:
    """A capitalised run that still names a measure ("M-1", "Dow Jones Industrial Average"):
    it holds a digit or a lower-case head word once lower-cased is not a proper name."""
    return any(any(c.isdigit() for c in w) for w in words) or \
        words[-1].lower() in ("average", "index", "rate", "deficit", "surplus", "debt")


@lru_cache(maxsize=1 << 14)
def _owner(phrase: Optional[str]) -> Optional[str]:
    """The canonical actor or place a phrase names ("Brazil", "OPEC", "Mr Glazer" → "Glazer"),
    or None: a lower-case phrase ("figures", "members"), a dateline or acronym in capitals the
    alias table does not know ("SAO PAULO", "MEES"), a phrase led by a quantifier or a month
    ("Several banks", "March production").  The name before a possessive or before common words
    owns the phrase ("Nigeria's production", "Nigeria output")."""
    if not phrase:
        return None
    tidy = re.sub(r"^[\s\-–—]*(?:the\s+)?", "", phrase.strip(), flags=re.I).strip(" ,;:'’")
    tidy = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+", "", tidy)
    tidy = re.sub(r"['’]s$", "", tidy)  # "Brazil's"
    if not tidy or not tidy[0].isupper():
        return None
    for form in (tidy, tidy.rstrip("."), tidy.upper(), tidy.title()):
        hit = resolve_alias(form)
        if hit is not None:
            return hit
    whose = re.match(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s+[a-z]", tidy)
    if whose:  # "Nigeria's production", "Opec's March production": the owner is before the 's
        return _owner(whose.group(1))
    named = re.match(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+[a-z]", tidy)
    if named and resolve_alias(named.group(1)) is not None:
        return resolve_alias(named.group(1))  # "Nigeria output": a known name before common words
    first = tidy.split()[0].lower()
    if tidy.upper() == tidy or first in MEASURED_NOT_OWNER or first in _TIME_WORDS:
        return None
    if not all(w[0].isupper() for w in tidy.split()):
        return None  # "State-owned Rosneft" is a name; "Saudi output" is not
    return tidy


def owner_kind(owner: Optional[str]) -> Optional[str]:
    """"places" or an actor kind, for the key: a place owner is a scope, else an entity."""
    return alias_table().kind.get(owner) if owner else None
