"""An amount written as a part of another amount in the same unit: "68 billion dlrs of its 108
billion dlr foreign debt", "$2m of the $5m raised", "40 km of the 120 km road".

Both amounts hang on the same noun, so a reading from the parse says both measure "foreign
debt", and a tracker would put the part and the whole in one series and see them contradict
(the ledger dev set keeps "total debt" and "the suspended part" apart).  The part measures
"part of foreign debt": its ``measured`` is the whole's words after "part of", its span and its
holder the whole's.  The whole keeps its own reading.

Counts are left alone: "10 of its 27 plants" already counts "27 plants", apart from the plants.
"""
from __future__ import annotations

import re
from typing import Sequence

from claimledger.extract.quantities import patterns as P
from claimledger.lexicon.predicates import DEFINITE

#: the words between a part and its whole: "of", an optional determiner or possessive, and an
#: optional word before the whole's number ("of its total", "of Brazil's", "of an estimated")
#: (the definite determiners of the lexicon, and the articles: "of an estimated $5m")
_DETERMINERS = "|".join(sorted(DEFINITE | {"a", "an"}))
_OF_WHOLE_RE = re.compile(
    rf"{P.SP}++of{P.SP}++(?:(?:{_DETERMINERS}|[A-Z][\w.&-]*['’]s){P.SP}++)?+(?:[a-z]++{P.SP}++)?+")

PART_PREFIX = "part of "


def parts_of_wholes(text: str, cands: Sequence, measured: list) -> list[bool]:
    """For each candidate (in text order; they need ``start``, ``end``, ``unit``, ``counted``),
    whether it is the part of the amount right after it; where it is, its reading in
    ``measured`` becomes the whole's."""
    part = [False] * len(cands)
    for k in range(len(cands) - 1):
        a, b = cands[k], cands[k + 1]
        if not a.unit or a.unit != b.unit or a.unit == "percent" or a.counted is not None \
                or b.counted is not None or measured[k + 1] is None:
            continue
        if _OF_WHOLE_RE.fullmatch(text, a.end, b.start):
            measured[k] = measured[k + 1]
            part[k] = True
    return part
