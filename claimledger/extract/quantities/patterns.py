"""Compiled patterns for quantity extraction, built once from the word lists in
``quantity_lexicon`` (kept apart from the rules that use them, as trafilatura keeps its XPaths).

Every pattern is linear-time: possessive/atomic pieces, alternations of fixed words, and searches
bounded to a few dozen characters before a number.
"""
from __future__ import annotations

import re

from claimledger.lexicon import quantities as L


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
SCALED_UNIT_RE = re.compile(rf"{SP}(?P<u>{alt(L.SCALED_UNIT_WORDS)})\b", re.IGNORECASE)
UNIT_SYM_RE = re.compile(rf"(?P<sp>{SP}?|-)(?P<u>{alt(L.UNIT_SYMBOLS)})(?![A-Za-z0-9²])")
PER_RE = re.compile(rf"(?:{SP}?/{SP}?|{SP}(?:per|an?|every|each){SP}|-an?-|{SP}a-)"
                     rf"(?P<p>{alt(L.PER_WORDS)})s?\b", re.IGNORECASE)
#: "magnitude 6.1", and "the magnitude was 5.5" (the linking words stay out of the surface)
UNIT_BEFORE_RE = re.compile(
    rf"\b(?P<u>{alt(L.UNITS_BEFORE)})(?P<link>(?:'s)?{SP}(?:{'|'.join(L.UNIT_LINKS)}))?+(?:{SP}|-)$", re.IGNORECASE)
NOT_PER_RE = re.compile(rf"{SP}+(?:{'|'.join(L.NOT_PER_WORDS)})\b",
                         re.IGNORECASE)
CURRENCY_RE = re.compile(rf"(?:^|(?<=[^A-Za-z]))(?P<c>{alt(L.CURRENCY_PREFIXES)}){SP}?$")
AGE_AFTER_RE = re.compile(rf"(?:{SP}|-)?(?:{alt(L.AGE_SUFFIXES)})\b", re.IGNORECASE)
VAGUE_RE = re.compile(rf"\b(?:{alt(L.VAGUE_QUANTITIES)})\b", re.IGNORECASE)
AGE_BEFORE_RE = re.compile(rf"\b(?:{alt(L.AGE_CUES)}){SP}*+$", re.IGNORECASE)
BETWEEN_RE = re.compile(rf"\bbetween{SP}++$", re.IGNORECASE)
RANGE_JOIN_RE = re.compile(rf"{SP}*+(?:-|–|—|to|to-|through|and|/){SP}*+", re.IGNORECASE)

#: spans that are never quantities however they look: clock times, numeric dates, year pairs,
#: phone numbers, sports scores after a result verb
NOT_QUANTITY_RE = re.compile(
    r"\b\d{1,2}(?::\d{2}){1,2}(?:\s?[AaPp]\.?[Mm]\b\.?)?"                # 17:22, 9:01 p.m.
    r"|\b\d{1,2}\s?(?:[ap]\.m\.|[AaPp][Mm]\b)"                              # 11 a.m., 10pm
    r"|\b\d{1,2}\s?o['’]clock\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"       # 2017-12-26, 26/12/2017
    r"|\b(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[5-9])\b(?![ \u00a0]?(?:pct|%|percent))"  # 12/26, not 11/16 pct
    r"|\b(?:1[5-9]|20)\d{2}(?:/|–|-)(?:(?:1[5-9]|20)\d{2}|\d{2})\b"        # 2013/2014, 2014-15
    r"|(?<![\d+])(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)"  # phone numbers
    r"|(?:^|(?<=\n))[ \t]*\d{1,3}[.)](?=[ \t])"                           # list numbering
    r"|\b24/7\b",                                                          # round the clock
    re.IGNORECASE,
)
#: a clock time with its zone ("1408 UTC"), a maturity used as a name ("10-year notes"), a
#: street number ("1119 Eighth St."): none is an amount
NOT_AMOUNT_RE = re.compile(
    rf"\b(?:[01]\d|2[0-3])[0-5]\d{SP}?(?:{alt(L.TIME_ZONES)})\b"
    rf"|\b(?:\d{{1,2}}|{alt(L.NUMBER_WORDS)})-(?:year|yr|month|week|day)"
    rf"(?={SP}(?:(?-i:[A-Z]?[a-z]+){SP})?(?:{alt(L.MATURITY_NOUNS)})\b)"
    rf"|\b\d{{1,5}}(?={SP}(?:[A-Z0-9][\w'-]*{SP}){{1,3}}(?:{alt(L.STREET_WORDS)})\b)",
    re.IGNORECASE)
#: a race distance naming an event ("the women's 800m", "Britain's 800m and 1500m champion",
#: "the 60m hurdles"), after "the" or a possessive with the event's qualifiers, or before a noun
#: of the event: a name, not a length (like "10-year notes")
_RACE = rf"(?:{alt(L.RACE_DISTANCES)})(?:m|{SP}?metres|{SP}?meters)\b"
_RACES = rf"{_RACE}(?:{SP}?(?:,|and|or|&){SP}?{_RACE})*+"
RACE_NAME_RE = re.compile(
    rf"(?:\b(?:{alt(L.RACE_OPENERS)})|(?<=[a-z])'s?)(?:{SP}(?:{alt(L.RACE_QUALIFIERS)}))*+{SP}{_RACES}"
    rf"(?!{SP}(?!(?:{alt(L.RACE_NOUNS + L.METRE_EVENTS)})\b)(?:[a-z]{{3,}}s|people)\b)"  # not "the 800m users"
    rf"|\b{_RACES}(?={SP}(?:{alt(L.RACE_NOUNS + L.METRE_EVENTS)})\b)",
    re.IGNORECASE)
#: "slashed from $47 billion to $8 billion": a change from a level to another, not a range
FROM_CHANGE_RE = re.compile(
    rf"\b(?:{alt(L.TREND_UP + L.TREND_DOWN + L.CHANGE_VERBS)})(?:{SP}++[\w'-]++){{0,4}}?{SP}++from{SP}*+$", re.IGNORECASE)
#: "rose from 14 to 31", "increasing the death toll from fourteen to 31": a rise from a level to
#: another, not a range; no number between the verb and "from" ("has risen to about 50 stg from
#: 25 to 30 stg a month ago" compares with a range)
FROM_RISE_RE = re.compile(
    rf"\b(?:{alt(L.TREND_UP + L.RISE_CHANGE_VERBS)})(?:{SP}++[A-Za-z'-]++){{0,4}}?{SP}++from{SP}*+$", re.IGNORECASE)
#: a model designation: "787-9 Dreamliner", "A350-900"
MODEL_RE = re.compile(rf"\d++-\d++{SP}(?-i:[A-Z])|[A-Z]++\d++-$")
#: a span of days within one month: "April 8-16 delivery", "March 3 to 5" (the second day is
#: not a count of anything)
DAY_RANGE_RE = re.compile(
    rf"\b(?:{alt(L.MONTHS)})\.?[ \u00a0]\d{{1,2}}{SP}?(?:-|–|to|through){SP}?(?:3[01]|[12]\d|0?[1-9])\b(?![.,]\d)",
    re.IGNORECASE)
NAMED_NUMBER_RE = re.compile(
    rf"\b(?:{L.NAMED_NUMBERS})[ \u00a0]?(?P<s>500|100|2000|600|50|30|40|225|200|60|250|1000)\b",
    re.IGNORECASE)
SCORE_RE = re.compile(r"\b(?:" + "|".join(L.RESULT_WORDS) + ")"
                       r"[ \u00a0](?P<s>\d{1,2}[-–]\d{1,2})\b", re.IGNORECASE)
PLURAL_TAGS = ("NNS", "NNPS")
SCALE_IN_WORDS = re.compile(r"(?:hundred|thousand|million|billion|trillion|dozen)\s*$", re.I)
#: unit words that, heading a longer noun phrase, still name things counted ("3 course meal" no;
#: "two hundred points" yes): kept as units only when written right after the number
COUNTABLE_UNIT_WORDS = frozenset(("point", "points", "second", "real", "degree", "degrees"))
#: a second unit after a slash: "kV/cm", "A/cm2", "mg/L" (not "per day": PER_RE reads those)
COMPOUND_UNIT_RE = re.compile(rf"/(?P<u>{alt(k for k in L.UNIT_SYMBOLS if k[0].isalpha())})(?![A-Za-z0-9²])")
#: "100m hurdles", "400m relay": metres, though a plural noun follows as it does "2.7m users"
METRE_EVENT_RE = re.compile(rf"{SP}?(?:{alt(L.METRE_EVENTS)})\b", re.IGNORECASE)
#: the rest of a range after its first end: "-2000", " and 2,000", " to 2000"
RANGE_NEXT_RE = re.compile(rf"{SP}*+(?:-|–|to|and){SP}*+(?P<n>\d[\d,]*+)")
#: a range's first end and its joiner just before a number: "1500 and ", "1,800-"
RANGE_PREV_RE = re.compile(rf"\b\d[\d,]*+{SP}*+(?:-|–|to|and){SP}*+$")
#: a word before a range's first end that makes it a span of years ("from 1990 to 2000")
YEAR_OPENER_RE = re.compile(rf"\b(?:{alt(L.YEAR_PREPS - frozenset(('between',)))}){SP}++$", re.IGNORECASE)
#: a level followed by its move: "16369.03 up 58.06", "4.5% down 0.2"
LEVEL_THEN_MOVE_RE = re.compile(rf"[\d%]{SP}++(?P<d>up|down){SP}++$", re.IGNORECASE)


#: between an amount and its restatement: ", or" ("fell 102.2 points, or 0.36%"), a bracket
OR_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*or|\(|,[ \u00a0]*or[ \u00a0]+about)[ \u00a0]*", re.I)
#: between an amount and the same amount in another unit: a bracket or a slash
RESTATED_RE = re.compile(rf"{SP}*+[(\[]{SP}*+|{SP}*+/{SP}*+")
#: between two restatements inside one bracket: "24.2 trillion pesos ($10.2bn; £5.5bn)"
RESTATED_AGAIN_RE = re.compile(rf"{SP}*+[;,]{SP}*+")
#: between an amount and its change written after it ("revenue of $3.2 billion, up 12%")
CHANGE_AFTER_RE = re.compile(rf",{SP}++(?:up|down){SP}++(?:by{SP}++)?+", re.IGNORECASE)

#: the rest of a hyphenated chain glued after a number ("two[-party-preferred]"): its next two words
HYPHEN_CHAIN_RE = re.compile(r"-([A-Za-z]+)-\s?([A-Za-z]+)")
