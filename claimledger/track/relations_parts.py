"""Whether two figures of one series can be compared as one quantity: a figure its sentence gives
as a part of a larger whole, or as a total over a stated number of events, is not the whole.

On the whole news corpus (7,384 articles) half of the conflicts flagged at the defaults were such
pairs, judged false by hand (bench/conflict_judgements.jsonl): "the Emergencies Ministry said six
deaths were of children" against the toll of 39, "eight goals in our last three matches" against
"six goals in their two League outings".  Each pattern below is stated in words, not in topics:

- *a part*: the figure is qualified as a share of something larger — "six deaths were of
  children", "six of them", "among them four children", "including 12 policemen", "of whom 30";
- *a total over N*: "in the last three matches", "over two seasons", "in 12 games": the figure
  sums N events; two figures over different N (or one over N and one not) are two quantities.
"""
from __future__ import annotations

import re
from typing import Optional

from claimledger.lexicon.parts import EVENT_DETERMINERS, EVENT_ORDER_WORDS, SUBUNITS
from claimledger.lexicon.quantities import NUMBER_WORDS
from claimledger.track.points import Point

#: words before a figure that make it a part of a whole the sentence names ("including 12")
PART_BEFORE = re.compile(r"\b(?:including|includes|included|among\s+(?:them|those|whom|which|the\s+\w+)"
                         r"|of\s+(?:whom|which|those|these|them))\s*,?\s*(?:\w+\s+){0,2}$", re.I)
#: words after a figure that make it a part ("six of them", "six deaths were of children")
PART_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:(?:were|was|are|is)\s+(?:of|among)\s+\w"
                        r"|of\s+(?:them|those|these|whom|which)\b)", re.I)
_NUMBER = r"(?:(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|" + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True)) + r")"
#: "in our last three matches", "over two seasons", "in 12 games": a total over N events
OVER_COUNT = re.compile(r"\b(?:in|over|during|from|across)\s+(?:(?:" + "|".join(EVENT_DETERMINERS) + r")\s+)?"
                        r"(?:(?:" + "|".join(EVENT_ORDER_WORDS) + r")\s+)?"
                        r"(" + _NUMBER + r")\s+(?:[\w-]+\s+){0,2}?(?!(?:was|has|is|does|this|thus|its)\b)(\w+s)\b", re.I)
#: the same, at most three words after the figure ("eight goals in our last three matches")
OVER_COUNT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?" + OVER_COUNT.pattern[2:], re.I)

#: "were left homeless in the Cayambe district": the figure for one part of the country
IN_SUBUNIT = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:in|across|throughout)\s+(?:the\s+)?((?:[\w-]+\s+){1,3}?)"
                        r"(?:" + "|".join(SUBUNITS) + r")s?\b", re.I)


def is_part(p: Point) -> bool:
    """The sentence gives the figure as a part of a whole it names: "including 12", "six of
    them", "six deaths were of children"."""
    sentence, start = p.sentence or "", _where(p)
    if start is None:
        return False
    before, after = sentence[:start], sentence[start + len(p.surface):]
    return bool(PART_BEFORE.search(before[-60:]) or PART_AFTER.match(after[:60]))


def over_count(p: Point) -> Optional[str]:
    """The number of events the figure is a total over, as the sentence writes it right after the
    figure ("eight goals in our last three matches": "three matches"), else None."""
    sentence, start = p.sentence or "", _where(p)
    if start is None:
        return None
    after = sentence[start + len(p.surface):start + len(p.surface) + 80]
    m = OVER_COUNT_AFTER.match(after)
    return f"{m.group(1).lower()} {m.group(2).lower()}" if m else None


def subunit(p: Point) -> Optional[str]:
    """The part of a country the sentence confines the figure to, right after it ("15,000 were
    left homeless in the Cayambe district": "cayambe district"), else None."""
    sentence, start = p.sentence or "", _where(p)
    if start is None:
        return None
    m = IN_SUBUNIT.match(sentence[start + len(p.surface):start + len(p.surface) + 80])
    return m.group(0).split()[-2].lower() + " " + m.group(0).split()[-1].lower() if m else None


def comparable(a: Point, b: Point) -> bool:
    """Whether two figures are the same quantity as far as their sentences tell: neither a part
    of a whole, totals over the same number of events (or neither over any), for the same part
    of a country (or neither confined to one)."""
    return (not is_part(a) and not is_part(b) and over_count(a) == over_count(b)
            and subunit(a) == subunit(b))


def _where(p: Point) -> Optional[int]:
    sentence = p.sentence or ""
    i = sentence.find(p.surface)
    return None if i < 0 or not p.surface else i
