"""Tree walks whose cost stays linear on hostile text.

spaCy's ``Token.subtree`` is a recursive generator: each token it yields passes up through one
generator per level of the tree, so a chain-shaped parse (40,000 "said" in a row parse as one
chain) costs time quadratic in its depth — 16,000 tokens took 13 s here.  A subtree is the
contiguous stretch between ``left_edge`` and ``right_edge`` whenever the parse is projective,
which it almost always is; so a subtree wider than a real sentence's is read as that stretch
(exact on projective parses, a close bound otherwise), and ordinary subtrees keep spaCy's own walk.
"""
from __future__ import annotations

import bisect
import itertools
from typing import Iterator, Optional, Sequence

from spacy.tokens import Doc, Span, Token

#: no news sentence's phrase is this wide; wider subtrees come only from runaway parses
MAX_EXACT_WIDTH = 256


def subtree(t: Token) -> Sequence[Token]:
    """The tokens of ``t``'s subtree in text order, in time bounded by the subtree's width."""
    lo, hi = t.left_edge.i, t.right_edge.i
    if hi - lo <= MAX_EXACT_WIDTH:
        return list(t.subtree)
    return t.doc[lo:hi + 1]


def ancestors(t: Token, limit: int) -> Iterator[Token]:
    """The first ``limit`` heads above ``t`` (without walking a deep chain to its root)."""
    return itertools.islice(t.ancestors, limit)


_TEXT_KEY = "claimledger.text"
_STARTS_KEY = "claimledger.sentence_starts"
_CHAR_STARTS_KEY = "claimledger.sentence_char_starts"
_SENTS_KEY = "claimledger.sentences"


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per parse.

    spaCy's ``Doc.text`` joins every token's text on each access, so reading it once per name,
    cue or quantity made those steps quadratic in the segment's length (300 number words took
    17 s and 1.3 GB); the joined text is kept in the doc's ``user_data``.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, listed once per parse (``Doc.sents`` walks every token each time)."""
    found = doc.user_data.get(_SENTS_KEY)
    if found is None:
        found = doc.user_data[_SENTS_KEY] = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        doc.user_data[_STARTS_KEY] = [x.start for x in found]
        doc.user_data[_CHAR_STARTS_KEY] = [x.start_char for x in found]
    return found


def sentences_between(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The sentences that overlap characters ``start_char``..``end_char`` (at least the one
    holding ``start_char``), found by bisection."""
    sents = sentences(doc)
    starts = doc.user_data[_CHAR_STARTS_KEY]
    lo = max(0, bisect.bisect_right(starts, start_char) - 1)
    hi = bisect.bisect_left(starts, max(end_char, start_char + 1))
    return [x for x in sents[lo:max(hi, lo + 1)] if x.end_char > start_char]


def sentence_index(t: Token) -> int:
    """The position of ``t``'s sentence in :func:`sentences` (by bisection)."""
    sentences(t.doc)
    return max(0, bisect.bisect_right(t.doc.user_data[_STARTS_KEY], t.i) - 1)


def sentence_of(t: Token, reach: int = MAX_EXACT_WIDTH) -> Span:
    """``t``'s sentence, or at most ``reach`` tokens either side of ``t`` within it.

    ``Token.sent`` scans the whole sentence, and a run-on "sentence" of thousands of tokens (a
    list of numbers, a dump without full stops) read once per claim is quadratic; the doc's
    sentence starts are listed once, and no rule here looks further than a real sentence's
    length from the token it starts at.
    """
    doc = t.doc
    sentences(doc)
    starts = doc.user_data[_STARTS_KEY]
    k = bisect.bisect_right(starts, t.i) - 1
    lo = starts[k] if k >= 0 else 0
    hi = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[max(lo, t.i - reach):min(hi, t.i + reach + 1)]


def children(t: Token, limit: int = MAX_EXACT_WIDTH) -> Iterator[Token]:
    """``t``'s first ``limit`` children: a runaway parse hangs thousands of tokens on one head,
    and a rule reading the children of every claim's head would read them all each time."""
    return itertools.islice(t.children, limit)


_ENTS_KEY = "claimledger.ents"
_IDX_KEY = "claimledger.token_offsets"


def ents_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The named entities lying wholly within tokens ``start``..``end``, by bisection over the
    doc's entities (listed once): reading ``doc.ents`` per cue or per claim is quadratic in a
    long segment."""
    cached = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data[_ENTS_KEY] = (ents, [e.start for e in ents])
    ents, starts = cached
    lo = bisect.bisect_left(starts, max(start, 0))
    hi = bisect.bisect_left(starts, end)
    return [e for e in ents[lo:hi] if e.end <= end]


def tokens_between(doc: Doc, start_char: int, end_char: int) -> Span:
    """The tokens that start at or after ``start_char`` and end by ``end_char`` (by bisection
    over the token offsets, listed once, rather than a scan of the doc per quote)."""
    offsets = doc.user_data.get(_IDX_KEY)
    if offsets is None:
        offsets = doc.user_data[_IDX_KEY] = [t.idx for t in doc]
    lo = bisect.bisect_left(offsets, start_char)
    hi = lo
    while hi < len(doc) and doc[hi].idx + len(doc[hi]) <= end_char:
        hi += 1
    return doc[lo:hi]



def first_token_from(doc: Doc, start_char: int) -> Optional[Token]:
    """The first token starting at or after ``start_char`` (by bisection)."""
    offsets = doc.user_data.get(_IDX_KEY)
    if offsets is None:
        offsets = doc.user_data[_IDX_KEY] = [t.idx for t in doc]
    k = bisect.bisect_left(offsets, start_char)
    return doc[k] if k < len(doc) else None
