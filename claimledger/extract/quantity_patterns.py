"""Compiled patterns for quantity extraction, built once from the word lists in
``quantity_lexicon`` (kept apart from the rules that use them, as trafilatura keeps its XPaths).

Every pattern is linear-time: possessive/atomic pieces, alternations of fixed words, and searches
bounded to a few dozen characters before a number.
"""
from __future__ import annotations

import re

from . import quantity_lexicon as L

def alt(words) -> str:
    """A regex alternation, longest first, so "per cent" wins over "per"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


SP = r"[ \u00a0]"
MODIFIERS = {**{w: "low" for w in L.LOWER_BOUND}, **{w: "high" for w in L.UPPER_BOUND},
              **{w: "approx" for w in L.APPROXIMATORS}, **{w: "hedge" for w in L.HEDGES}}
for _w in L.POST_LOWER + L.POST_UPPER + ("or so", "give or take"):
    MODIFIERS.pop(_w, None)
#: one modifier phrase ending right before the number ("at least ", "~", "sub-")
PRE_MOD_RE = re.compile(rf"(?:^|(?<=[\s(\"“'‘]))(?P<m>{alt(MODIFIERS)}){SP}*+$|(?P<sub>\bsub-)$",
                         re.IGNORECASE)
POST_MOD_RE = re.compile(
    rf"{SP}*+(?P<m>{alt(L.POST_LOWER + L.POST_UPPER + L.POST_APPROX)})\b", re.IGNORECASE)
TREND_RE = re.compile(
    rf"\b(?:(?P<up>{alt(L.TREND_UP)})|(?P<down>{alt(L.TREND_DOWN)}))"
    rf"(?:{SP}++(?:{alt(L.TREND_GAP)}))*+{SP}*+$", re.IGNORECASE)
UNIT_WORD_RE = re.compile(rf"(?:{SP}|-|{SP}-{SP})?(?P<u>{alt(L.UNIT_WORDS)})\b", re.IGNORECASE)
UNIT_SYM_RE = re.compile(rf"(?P<sp>{SP}?|-)(?P<u>{alt(L.UNIT_SYMBOLS)})(?![A-Za-z0-9²])")
PER_RE = re.compile(rf"(?:{SP}?/{SP}?|{SP}(?:per|an?|every|each){SP}|-an?-|{SP}a-)"
                     rf"(?P<p>{alt(L.PER_WORDS)})s?\b", re.IGNORECASE)
UNIT_BEFORE_RE = re.compile(rf"\b(?P<u>{alt(L.UNITS_BEFORE)})(?:{SP}|-)$", re.IGNORECASE)
NOT_PER_RE = re.compile(rf"{SP}+(?:earlier|ago|later|before|after|previously|on|prior)\b",
                         re.IGNORECASE)
CURRENCY_RE = re.compile(rf"(?:^|(?<=[^A-Za-z]))(?P<c>{alt(L.CURRENCY_PREFIXES)}){SP}?$")
AGE_AFTER_RE = re.compile(rf"(?:{SP}|-)?(?:{alt(L.AGE_SUFFIXES)})\b", re.IGNORECASE)
VAGUE_RE = re.compile(rf"\b(?:{alt(L.VAGUE_QUANTITIES)})\b", re.IGNORECASE)
AGE_BEFORE_RE = re.compile(rf"\b(?:{alt(L.AGE_CUES)}){SP}*+$", re.IGNORECASE)
BETWEEN_RE = re.compile(rf"\bbetween{SP}++$", re.IGNORECASE)
RANGE_JOIN_RE = re.compile(rf"{SP}*+(?:-|–|—|to|to-|through|and){SP}*+", re.IGNORECASE)

#: spans that are never quantities however they look: clock times, numeric dates, year pairs,
#: phone numbers, sports scores after a result verb
NOT_QUANTITY_RE = re.compile(
    r"\b\d{1,2}(?::\d{2}){1,2}(?:\s?[AaPp]\.?[Mm]\b\.?)?"                # 17:22, 9:01 p.m.
    r"|\b\d{1,2}\s?(?:[ap]\.m\.|[AaPp][Mm]\b)"                              # 11 a.m., 10pm
    r"|\b\d{1,2}\s?o['’]clock\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"       # 2017-12-26, 26/12/2017
    r"|\b(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[5-9])\b"                   # 12/26 (not 1/2, 3/4)
    r"|\b(?:1[5-9]|20)\d{2}(?:/|–|-)(?:(?:1[5-9]|20)\d{2}|\d{2})\b"        # 2013/2014, 2014-15
    r"|(?<![\d+])(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)"  # phone numbers
    r"|(?:^|(?<=\n))[ \t]*\d{1,3}[.)](?=[ \t])",                          # list numbering
    re.IGNORECASE,
)
NAMED_NUMBER_RE = re.compile(
    rf"\b(?:{L.NAMED_NUMBERS})[ \u00a0]?(?P<s>500|100|2000|600|50|30|40|225|200|60|250|1000)\b",
    re.IGNORECASE)
SCORE_RE = re.compile(r"\b(?:won|beat|lost|drew|tied|defeated|victory|win|loss|draw|score|lead|led)"
                       r"[ \u00a0](?P<s>\d{1,2}[-–]\d{1,2})\b", re.IGNORECASE)
YEAR_PREPS = frozenset("in since by until till from of during before after early late mid "
                        "around circa through to between and year years spring summer autumn fall "
                        "winter season fiscal fy".split())
MEASURE_ADJ = frozenset("long tall high deep wide thick away across wingspan-long".split())
ONE_DETERMINERS = frozenset("no any every each the this that which someone anyone no-one"
                             " everyone another".split())
PLURAL_TAGS = ("NNS", "NNPS")
SCALE_IN_WORDS = re.compile(r"(?:hundred|thousand|million|billion|trillion|dozen)\s*$", re.I)
#: unit words that, heading a longer noun phrase, still name things counted ("3 course meal" no;
#: "two hundred points" yes): kept as units only when written right after the number
COUNTABLE_UNIT_WORDS = frozenset(("point", "points", "second", "real", "degree", "degrees"))
