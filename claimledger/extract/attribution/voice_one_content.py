"""One content, one statement: which of two cues reading the same words is kept.

'"…," X said, adding' reports the same words through two cues; the first cue found (the main
verb) is kept.  But a cue with no speaker goes first in a wire sentence that a speaker closes:
"Sales are expected to rise to 5,506 billion yen, NTT said", "Turnover was 483.4 billion marks,
according to the new method, the association said".  The agentless cue ("expected", "according
to" a method) then took the content, the speaker's cue was dropped, and every figure of the
sentence stayed in the outlet's voice.  A speaker's reading of the same words wins over a
reading with no speaker.
"""
from __future__ import annotations

from claimledger.extract.attribution.record import Statement


def one_statement_per_content(found: list[Statement]) -> list[Statement]:
    """``found`` with one statement per content span: the first with a speaker, else the first."""
    unique: dict[tuple[int, int], Statement] = {}
    for st in found:
        kept = unique.get((st.start, st.end))
        if kept is None or (kept.source is None and st.source is not None):
            unique[(st.start, st.end)] = st
    return list(unique.values())
