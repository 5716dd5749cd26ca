"""Nested attributions: a statement reported inside another statement's reported clause.

PolNeAR gives every token to at most one attribution: in 'Aides said the senator told donors the
bill was dead, and that …', the aides' content takes in the senator's words, and the senator's
statement is not annotated on its own (the README of the benchmark: "nested attributions are not
annotated separately").  The rules found both, and the inner one could only be a false hit.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from claimledger.extract.attribution.record import Statement

#: contents that read other statements into themselves: an indirect or mixed content ('said the
#: senator told donors the bill was "dead"'); a whole quotation is its speaker's own words
_READ_INTO = ("indirect", "mixed")


def drop_nested_statements(found: list[Statement], doc: Optional[Doc] = None) -> list[Statement]:
    """Drop a statement whose cue and content lie inside another statement's indirect or mixed
    content ('said the talks stalled because the union argued that …'), unless the outer content
    opens with the inner speaker: 'Reuters reported officials said …' is a relay, the inner statement the claim and the outer speaker its channel (as the
    Wikinews gold reads it).  An outer whole quotation is left alone: an indirect clause inside a
    quotation is as often annotated on its own.

    PolNeAR train (official scorer, merged relations): indirect in indirect, relation P 0.7995 ->
    0.807, F1 0.6774 -> 0.679, content partial F1 0.7562 -> 0.758; mixed outer and inner contents
    too, a further P +0.0016, partial +0.0003, direct-quote F1 +0.0004; a quotation inside a mixed
    content, a further direct-quote
    P 0.9368 -> 0.9399, F1 +0.001.  Without the relay exception Wikinews dev lost a 'via'.
    """
    return [st for st in found if not any(_inside(st, o, doc) for o in found if o is not st)]


def _speaker_start(st: Statement, doc: Optional[Doc]) -> int:
    """Where the inner speaker's words start: the phrase a relative pronoun stands for ("a
    statement which said …": "a statement"), else the source mention itself."""
    start = st.source_span[0]
    if doc is None:
        return start
    span = doc.char_span(*st.source_span, alignment_mode="expand")
    if span is not None and len(span) == 1 and span[0].tag_ in ("WDT", "WP") and span[0].head.dep_ == "relcl":
        return span[0].head.head.left_edge.idx
    return start


def _inside(st: Statement, outer: Statement, doc: Optional[Doc] = None) -> bool:
    if outer.quote not in _READ_INTO or st.cue_span is None:
        return False
    if not (outer.start <= st.start and st.end <= outer.end) or (outer.start, outer.end) == (st.start, st.end):
        return False
    if not outer.start <= st.cue_span[0] < outer.end:
        return False
    relay = st.source_span is not None and _speaker_start(st, doc) <= outer.start + 1
    return not relay
