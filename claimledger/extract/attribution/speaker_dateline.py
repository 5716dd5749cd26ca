"""The speaker a wire story's dateline hides from the parser.

"TORONTO, April 13 - Great Lakes Forest Products Ltd said it plans …": the parser often takes
the dateline's place for the cue's subject and hangs the real speaker somewhere inside the
dateline's date ("Ltd" as a modifier of "April").  When the place heads no apposition after the
dateline (the case speakers.py handles first), the speaker is the one phrase that stands
between the dateline's end and the cue: the token of that stretch whose head lies outside it.

Measured on the news corpus (v29 ledger, 3,591 outlet-voice quantities in sentences with a
reporting verb): the dateline was the largest class of figures left in the outlet's voice that a
reader credits to the company or official that opens the story (see the report of issue 15/17).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token


def speaker_after_dateline(subj: Token, end: int) -> Optional[Token]:
    """The head of the phrase between the dateline's end (character offset ``end``) and the cue
    ``subj`` is the subject of, or None when that stretch is not one phrase."""
    cue = subj.head
    if cue.i <= subj.i:
        return None
    doc = subj.doc
    stretch = [t for t in doc[subj.i:cue.i] if t.idx >= end and not t.is_punct]
    if not stretch or len(stretch) > 12:
        return None
    inside = {t.i for t in stretch}
    roots = [t for t in stretch if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return None
    root = roots[0]
    if root.pos_ not in ("PROPN", "NOUN") or not any(t.text[:1].isupper() for t in stretch):
        return None
    return root
