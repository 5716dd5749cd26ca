"""The two ends of a change share their unit and scale word when one end is written bare.

Wire copy writes a change once with its unit: "rose from 4.8 to 5.2 billion dlrs", "fell to 1.2
billion from 1.5 billion dlrs", "5.2 billion dlrs, up from 4.8 billion", "Net 5.2 mln vs 4.8
mln dlrs".  Read one number at a time, the bare end is a count of nothing ("4.8"): it measures no
money, joins no series and can never be compared with the other end.  The reader of the sentence
gives it the unit (and the "billion") of its partner.

A bare end takes the scale word only when that puts both ends within one order of magnitude
("from 4.8 to 5.2 billion" is 4.8 billion; "from 800 to 1.2 million" is left as written), and
it takes the partner's unit or counted thing only then too.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from claimledger.extract.quantities import patterns as P

#: "from A to B": the word before the first end, and the word between the two
_FROM_BEFORE_RE = re.compile(rf"\bfrom{P.SP}*+$", re.IGNORECASE)
_TO_BETWEEN_RE = re.compile(rf"{P.SP}*+to{P.SP}*+", re.IGNORECASE)
#: "B from A", "B, up from A", "B vs A", "B against A", "B compared with A": the later end is
#: the earlier level
_FROM_BETWEEN_RE = re.compile(
    rf"{P.SP}*+,?{P.SP}*+(?:(?:(?:up|down){P.SP}++)?from|vs\.?|versus|against|compared{P.SP}++(?:with|to))"
    rf"{P.SP}*+", re.IGNORECASE)

_SCALES = (1e12, 1e9, 1e6, 1e3)


def share_change_ends(text: str, cands: Sequence) -> None:
    """Give the bare end of each change the unit, counted thing and scale of its partner.
    ``cands`` (text order) need ``start``, ``end``, ``value``, ``low``, ``high``, ``unit``,
    ``counted``, ``implied``, ``scaled``, ``vague``, ``age`` and ``kind``."""
    for a, b in zip(cands, cands[1:]):
        if a.vague or b.vague or a.age or b.age:
            continue
        if _TO_BETWEEN_RE.fullmatch(text, a.end, b.start) \
                and _FROM_BEFORE_RE.search(text, max(0, a.start - 12), a.start):
            pair = True
        else:
            pair = bool(_FROM_BETWEEN_RE.fullmatch(text, a.end, b.start))
        if not pair:
            continue
        if _bare(a) and not _bare(b):
            _take(a, b)
        elif _bare(b) and not _bare(a):
            _take(b, a)


def _bare(c) -> bool:
    return c.unit is None and c.counted is None and c.implied is None and c.kind != "range"


def _take(bare, partner) -> None:
    """``bare`` takes ``partner``'s unit, counted thing and scale when the two are alike in size."""
    ref = _size(partner)
    if bare.value is None or ref is None or bare.value <= 0 or ref <= 0:
        return
    scale = _scale_of(ref) if partner.scaled and not bare.scaled else 1.0
    value = bare.value * scale
    if not ref / 10 <= value <= ref * 10:
        return
    bare.value = value
    bare.scaled = bare.scaled or scale != 1.0
    bare.unit, bare.counted = partner.unit, partner.counted


def _size(c) -> Optional[float]:
    return c.value if c.value is not None else (c.high if c.high is not None else c.low)


def _scale_of(value: float) -> float:
    for f in _SCALES:
        if value >= f:
            return f
    return 1.0
