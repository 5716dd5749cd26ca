"""'It put the 1985/86 crop at 78.10 mln tonnes', 'Keating forecast economic growth at slightly
under two pct': an estimate by any object, told by its figure.

"put" and "place" report only when they give an estimate ("placed the value at …", not "placed
a wreath"); the test was a list of estimate nouns (value, cost, toll, …), and the object cues
("estimate", "forecast", "predict") reported a short object only when it held a number itself.
Wire copy puts and forecasts anything at a figure: the crop, output, growth, reserves.  What
makes the verb an estimate is the figure: a phrase on the cue ("at", "under", …) holding a
number that is not a date.
"""
from __future__ import annotations

from spacy.tokens import Token

#: prepositions that give an estimate's figure: "at 12.5 mln tonnes", "(at slightly) under two pct"
FIGURE_PREPS = frozenset({"at", "under", "over", "around", "near", "between"})


def gives_a_figure(cue: Token) -> bool:
    """A phrase on the cue, after it, that holds a number: "at 12.5 mln tonnes", "under two pct"."""
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if len(objects) > 1 and _a_figure(objects[-1]):
        return True  # "forecast inflation at slightly under three pct": the parser's second object
    return any(c.dep_ == "prep" and c.lower_ in FIGURE_PREPS and c.i > cue.i and any(_a_figure(o) for o in c.children
               if o.dep_ == "pobj") for c in cue.children)


def _a_figure(noun: Token) -> bool:
    """The phrase's own head is counted or measured ("12.5 mln tonnes", "two pct"), not a place
    that holds a number further in ("the back of the 14 sheds")."""
    nums = [noun] + [c for c in noun.children if c.dep_ in ("nummod", "quantmod", "compound")]
    return any((w.like_num or w.pos_ == "NUM") and w.ent_type_ not in ("DATE", "TIME") for w in nums)


def puts_a_figure(cue: Token) -> bool:
    """The cue has an object and gives it a figure: "put wheat output at 12.5 mln tonnes"."""
    return any(c.dep_ == "dobj" for c in cue.children) and gives_a_figure(cue)
