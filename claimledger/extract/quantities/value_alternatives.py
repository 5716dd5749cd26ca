"""Two neighbouring numbers joined by "or" that are one estimate, a range: "three or four
years", "five or six feet", "seven or eight percent", "one or two days".

On the news corpus "X or Y" with two numbers is almost always a speaker's hedge between two
close figures; read one number at a time, the first end is a count of nothing ("three") and the
claim is split in two.  Read as a range it is one quantity from X to Y with the second's unit.

Not a range when the two are not close (the second more than ten times the first: "one or two
hundred" is left as written), when they run down ("four or three"), when the first has a unit
of its own that the second does not share, or when the pair closes a list ("one, two or three":
a choice among several, not an estimate).
"""
from __future__ import annotations

import re

from claimledger.lexicon.quantities import NUMBER_WORDS

#: what stands between the two ends: "or", with no comma ("102.2 points, or 0.36%" restates)
OR_JOIN_RE = re.compile(r"[ \u00a0]++or[ \u00a0]++", re.IGNORECASE)
#: a list before the first end: "1, 2 or 3", "one, two or three"
_LIST_BEFORE_RE = re.compile(
    rf"(?:\d|\b(?:{'|'.join(NUMBER_WORDS)}))[ \u00a0]*+,[ \u00a0]*+$", re.IGNORECASE)


def or_range(text: str, a, b) -> bool:
    """Whether candidates ``a`` and ``b`` ("three", "four years"), joined by "or", are one
    range.  ``a`` and ``b`` need ``value``, ``unit``, ``counted``, ``start``, ``end``."""
    if not OR_JOIN_RE.fullmatch(text, a.end, b.start):
        return False
    if a.value is None or b.value is None or not 0 < a.value < b.value <= 10 * a.value:
        return False
    if a.unit is not None and a.unit != b.unit or a.counted is not None:
        return False
    return not _LIST_BEFORE_RE.search(text, max(0, a.start - 20), a.start)
