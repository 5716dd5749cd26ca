"""Statements whose cue is an adjective after a copula: "X is critical of Y", "X was confident
that Y", "it is unclear whether Y", "X is eager to Y".

An adjective is a cue only in a frame, and only the (adjective, frame) pairs PolNeAR train counts
as precise make a statement (``lexicon/adjective_cues.py`` reads them from
``lexicon/adjective_cues_polnear.tsv``, made by ``bench/polnear_adjective_cues.py``).

Frames (:func:`frame_of`), each with the span it reports:

- ``that`` / ``whether``: a clause opened by "that" or "whether"/"if" on the adjective or, after
  it, on the copula ("was confident that X" → "that X");
- ``to``: an infinitive on the adjective ("was reluctant to reveal X" → "to reveal X");
- ``p:P``: the object of a preposition on the adjective ("critical of X" → X).

The source is the copula's subject when it can speak; "it" and no subject give no source ("it is
unclear whether …").  The cue is the copula and the adjective.
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from claimledger.extract.attribution.content import near_quotes, quote_kind, trim
from claimledger.extract.attribution.record import Statement
from claimledger.extract.attribution.speakers import SpeakerMemory, _can_speak, _lemma, describe_speaker
from claimledger.extract.tree import sentence_of, text_of
from claimledger.lexicon import adjective_cues as lex

#: complementisers of the ``whether`` frame
_WHETHER = frozenset({"whether", "if"})


def copula_of(adj: Token) -> Optional[Token]:
    """The verb the adjective completes ("is" of "is critical"), or None."""
    head = adj.head
    if adj.dep_ == "acomp" and head.pos_ in ("VERB", "AUX") and head.i < adj.i:
        return head
    return None


def frame_of(adj: Token) -> Iterator[tuple[str, Token, tuple[int, int]]]:
    """Every frame the adjective stands in: (frame, the token the content hangs from, first and
    last token index of the content)."""
    cop = copula_of(adj)
    if cop is None:
        return
    kids = [c for c in adj.children if c.i > adj.i] + [c for c in cop.children if c.i > adj.i]
    for c in kids:
        if c.dep_ == "ccomp":
            marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
            if "that" in marks:
                yield "that", c, (c.left_edge.i, c.right_edge.i)
            elif marks and marks[0] in _WHETHER:
                yield "whether", c, (c.left_edge.i, c.right_edge.i)
        elif c.dep_ == "xcomp" and c.head.i == adj.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            yield "to", c, (c.left_edge.i, c.right_edge.i)
        elif c.dep_ == "prep" and c.head.i == adj.i:
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if objs and not any(o.ent_type_ in ("DATE", "TIME") for o in objs):
                yield "p:" + c.lower_, c, (objs[0].left_edge.i, objs[-1].right_edge.i)


def source_token(adj: Token) -> Optional[Token]:
    """The copula's subject when it can speak ("Trump was critical of …"); None for "it", a
    subject that cannot speak, or none."""
    cop = copula_of(adj)
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None) if cop is not None else None
    if subj is None or subj.lower_ == "it" or not _can_speak(subj):
        return None
    return subj


def candidates(doc: Doc) -> Iterator[tuple[Token, str, tuple[int, int]]]:
    """Every copula adjective in every frame, with the character span the frame reports (for the
    derivation script: no lexicon filter here)."""
    for t in doc:
        if t.pos_ != "ADJ":
            continue
        for frame, _, (lo, hi) in frame_of(t):
            if hi >= lo:
                yield t, frame, trim(doc, doc[lo].idx, doc[hi].idx + len(doc[hi]))


def adjective_statements(doc: Doc, memory: SpeakerMemory, quotes: list[tuple[int, int]],
                         inside_quote: set[int]) -> list[Statement]:
    """Statements of the (adjective, frame) pairs train found precise, outside quotations."""
    out = []
    for t in doc:
        if t.pos_ != "ADJ" or t.i in inside_quote or _lemma(t) not in lex.LEMMAS:
            continue
        for frame, _, (lo, hi) in frame_of(t):
            if (_lemma(t), frame) not in lex.FRAMES or hi < lo:
                continue
            s, e = trim(doc, doc[lo].idx, doc[hi].idx + len(doc[hi]))
            if e - s < 2:
                continue
            s, e, quote = quote_kind(near_quotes(quotes, sentence_of(t)), s, e)
            cop = copula_of(t)
            cue_span = (cop.idx, t.idx + len(t))
            src = source_token(t)
            source, sspan = describe_speaker(src, memory) if src is not None else (None, None)
            if source is None:
                sspan = None
            out.append(Statement(s, e, quote, source, text_of(doc)[cue_span[0]:cue_span[1]], cue_span, sspan, (), t.i))
            break
    return out
