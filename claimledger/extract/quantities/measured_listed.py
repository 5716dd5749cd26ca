"""The name a table line sets right before each of its figures: "Imports were, in tonnes:
Britain 300,000 (700,000), Spain 192,000 (190,000), West Germany 36,000": each figure is
what the line's heading measures ("Imports"), for the name before it ("Britain").

Wire reports print such lines for trade, output and sales by country or company (about 150 in
the news corpus); without the name every figure of the line keys the same series.  Read only
where the parse hangs the number on the name as its number ("Britain" ← "300,000"), the name
opens a list item (after ",", ":", ";" or at the start of the sentence) and the figure ends the
item; a model name ("ordered 20 Boeing 747s") is no list item.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.quantities.subjects import is_dateline

Span = tuple[int, int]

_ITEM_OPENERS = frozenset((",", ":", ";"))
_ITEM_CLOSERS = frozenset((",", ";", ".", "(", "and"))


def listed_holder(doc: Doc, first: Token, last: Token, measured: Span) -> Optional[Span]:
    """The name opening the list item the amount from ``first`` to ``last`` closes, when the
    line's heading (``measured``) is another phrase; None otherwise."""
    name = first.head
    if first.dep_ != "nummod" or name.i != first.i - 1 or name.pos_ != "PROPN" \
            or name.ent_type_ in ("DATE", "TIME") or is_dateline(name):
        return None
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ not in _ITEM_CLOSERS:
        return None
    start = name.i
    while start > name.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].head.i == name.i and name.i - start < 3:
        start -= 1
    if start > name.sent.start and doc[start - 1].text not in _ITEM_OPENERS:
        return None
    lo = doc[start].idx
    if measured[0] <= lo < measured[1]:
        return None  # the heading is the name itself: nothing to add
    return lo, name.idx + len(name.text)
