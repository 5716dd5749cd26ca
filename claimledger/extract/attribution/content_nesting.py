"""Nested attributions: a statement reported inside another statement's reported clause.

PolNeAR gives every token to at most one attribution: in 'Aides said the senator told donors the
bill was dead, and that …', the aides' content takes in the senator's words, and the senator's
statement is not annotated on its own (the README of the benchmark: "nested attributions are not
annotated separately").  The rules found both, and the inner one could only be a false hit.
"""
from __future__ import annotations

from claimledger.extract.attribution.record import Statement


def drop_nested_indirect(found: list[Statement]) -> list[Statement]:
    """Drop an indirect statement whose cue and content lie inside another indirect statement's
    content, unless the outer content opens with the inner speaker: 'Reuters reported officials
    said …' is a relay, the inner statement the claim and the outer speaker its channel (as the
    Wikinews gold reads it).  Only indirect in indirect: a quote inside a quote or an indirect
    clause inside a quotation is as often annotated on its own.

    PolNeAR train (official scorer, merged relations): relation P 0.7995 -> 0.807, F1 0.6774 ->
    0.679, content partial F1 0.7562 -> 0.758, direct quotes unchanged; widening it to mixed
    contents gained no more F1.  Without the relay exception Wikinews dev lost a 'via'.
    """
    return [st for st in found if not any(_inside(st, o) for o in found if o is not st)]


def _inside(st: Statement, outer: Statement) -> bool:
    if st.quote != "indirect" or outer.quote != "indirect" or st.cue_span is None:
        return False
    if not (outer.start <= st.start and st.end <= outer.end) or (outer.start, outer.end) == (st.start, st.end):
        return False
    if not outer.start <= st.cue_span[0] < outer.end:
        return False
    relay = st.source_span is not None and st.source_span[0] <= outer.start + 1
    return not relay
