"""'referred to him as a reformer', 'sees the party as too timid', 'pointed to China as the
enforcer': the 'as' phrase after a cue's object is what the cue says of it, and PolNeAR's content
runs on over it ('him as a reformer').  The parser hangs 'as' on the verb, beside the object,
so the object's subtree stops short of it; on PolNeAR train 24 contents ended right before such
an 'as'.
"""
from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.tree import subtree


def as_phrase_end(cue: Token, e: int) -> int:
    """The end of an 'as' phrase of the cue that starts at or after the content's end ``e``, with
    only the object between; ``e`` unchanged when the cue has none."""
    for c in cue.rights:
        if c.dep_ != "prep" or c.lower_ != "as" or c.idx < e or c.i == 0:
            continue
        before = c.doc[c.i - 1]
        if not before.is_punct and before.idx + len(before) <= e + 1 and any(True for _ in c.children):
            last = max(subtree(c), key=lambda w: w.i)
            return max(e, last.idx + len(last))
    return e
