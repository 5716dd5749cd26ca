"""Reading a parse in time that stays linear on hostile text.

Two of spaCy's conveniences cost time in the length of the whole parse on every call, which is
quadratic once a rule calls them per claim, per cue or per name:

- ``Token.subtree`` is a recursive generator: each token it yields passes up through one
  generator per level of the tree, so a chain-shaped parse (40,000 "said" in a row parse as one
  chain) costs time quadratic in its depth — 16,000 tokens took 13 s here.  A subtree is the
  contiguous stretch between ``left_edge`` and ``right_edge`` whenever the parse is projective,
  which it almost always is; so a subtree wider than a real sentence's is read as that stretch
  (exact on projective parses, a close bound otherwise), and ordinary subtrees keep spaCy's walk.
- ``Doc.text``, ``Doc.sents``, ``Doc.ents`` and ``Token.sent`` rebuild or rescan on each access
  (300 random number words took 17 s and 1.3 GB).  Here each is listed once per parse, kept in
  the doc's ``user_data`` (:func:`per_parse`), and searched by bisection.
"""
from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Sequence

if TYPE_CHECKING:  # types only: the tracker imports this stage, and views must not load spaCy
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


def children(t: Token, limit: int = MAX_EXACT_WIDTH) -> Iterator[Token]:
    """``t``'s first ``limit`` children: a runaway parse hangs thousands of tokens on one head,
    and a rule reading the children of every claim's head would read them all each time."""
    return itertools.islice(t.children, limit)


# --------------------------------------------------------------------------- once per parse

def per_parse(doc: Doc, key: str, build: Callable[[Doc], Any]) -> Any:
    """``build(doc)``, computed on first use and kept in ``doc.user_data`` under ``key``."""
    key = "claimledger." + key
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build(doc)
    return value


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per parse (spaCy joins every token's text on each access)."""
    return per_parse(doc, "text", lambda d: d.text)


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, listed once per parse (``Doc.sents`` walks every token each time)."""
    return per_parse(doc, "sentences",
                     lambda d: list(d.sents) if d.has_annotation("SENT_START") else [d[:]])


def _sentence_starts(doc: Doc) -> tuple[list[int], list[int]]:
    """(token starts, character starts) of :func:`sentences`, for bisection."""
    return per_parse(doc, "sentence_starts",
                     lambda d: ([x.start for x in sentences(d)], [x.start_char for x in sentences(d)]))


def sentences_between(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The sentences that overlap characters ``start_char``..``end_char`` (at least the one
    holding ``start_char``), found by bisection."""
    sents, starts = sentences(doc), _sentence_starts(doc)[1]
    lo = max(0, bisect.bisect_right(starts, start_char) - 1)
    hi = bisect.bisect_left(starts, max(end_char, start_char + 1))
    return [x for x in sents[lo:max(hi, lo + 1)] if x.end_char > start_char]


def sentence_index(t: Token) -> int:
    """The position of ``t``'s sentence in :func:`sentences` (by bisection)."""
    return max(0, bisect.bisect_right(_sentence_starts(t.doc)[0], t.i) - 1)


def sentence_of(t: Token, reach: int = MAX_EXACT_WIDTH) -> Span:
    """``t``'s sentence, or at most ``reach`` tokens either side of ``t`` within it.

    ``Token.sent`` scans the whole sentence, and a run-on "sentence" of thousands of tokens (a
    list of numbers, a dump without full stops) read once per claim is quadratic; no rule here
    looks further than a real sentence's length from the token it starts at.
    """
    doc, starts = t.doc, _sentence_starts(t.doc)[0]
    k = sentence_index(t)
    lo = starts[k] if starts else 0
    hi = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[max(lo, t.i - reach):min(hi, t.i + reach + 1)]


def ents_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The named entities lying wholly within tokens ``start``..``end``, by bisection over the
    doc's entities (listed once): reading ``doc.ents`` per cue or per claim is quadratic in a
    long segment."""
    ents, starts = per_parse(doc, "ents", lambda d: (list(d.ents), [e.start for e in d.ents]))
    lo = bisect.bisect_left(starts, max(start, 0))
    hi = bisect.bisect_left(starts, end)
    return [e for e in ents[lo:hi] if e.end <= end]


def _token_offsets(doc: Doc) -> list[int]:
    return per_parse(doc, "token_offsets", lambda d: [t.idx for t in d])


def tokens_between(doc: Doc, start_char: int, end_char: int) -> Span:
    """The tokens that start at or after ``start_char`` and end by ``end_char`` (by bisection
    over the token offsets rather than a scan of the doc per quote)."""
    lo = hi = bisect.bisect_left(_token_offsets(doc), start_char)
    while hi < len(doc) and doc[hi].idx + len(doc[hi]) <= end_char:
        hi += 1
    return doc[lo:hi]


def first_token_from(doc: Doc, start_char: int) -> Optional[Token]:
    """The first token starting at or after ``start_char`` (by bisection)."""
    k = bisect.bisect_left(_token_offsets(doc), start_char)
    return doc[k] if k < len(doc) else None


def without_clauses(head: Token) -> list[Token]:
    """A noun phrase without the clauses said of it ("the Free Software Foundation, who has been
    critical of DRM for years", "Acme, which makes tools", "the union, formed in 1990"): the
    thing is its name; a relative clause, or a clause set off by a comma, at any depth is what
    the article says about it.  ("the Committee to Protect Journalists" keeps its clause.)"""
    doc = head.doc
    cut = [c for t in subtree(head) for c in t.children if c.i > head.i and (
        c.dep_ == "relcl" or (c.dep_ == "acl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","))]
    dropped = {t.i for c in cut for t in subtree(c)}
    return [t for t in subtree(head) if t.i not in dropped and t.dep_ != "punct"]
