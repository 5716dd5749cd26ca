"""A rate written after a bracketed restatement applies to the amount and to its restatement.

News copy converts a figure in brackets and only then says what it is per: "provide $10bn
(£5.38bn) a year", "the minimum wage of $5.15 (£3.90) an hour", "1bn CFA francs ($2m; £1m) a
month", "about 900 rupees ($20.40; £10.50) per tonne".  Read one amount at a time, the first
amount stops at the bracket and the restatement before the "a year": both lose the rate, and a
yearly sum reads as a one-off.  Over the news corpus 19 amounts stand before a bracket and a
rate; all but the "a year ago" comparisons (which ``NOT_PER_RE`` already refuses) are rates.
"""
from __future__ import annotations

import re
from typing import Sequence

from claimledger.extract.quantities import patterns as P
from claimledger.lexicon import quantities as L

#: a short bracket right after an amount: " ($2m; £1m)"
_BRACKET_RE = re.compile(r"[ \u00a0]*+\((?P<inner>[^()\n]{1,60}+)\)")


def carry_rate_over_bracket(text: str, cands: Sequence) -> None:
    """Give an amount with a unit, and the amounts with units in the bracket after it, the
    rate written after that bracket.  ``cands`` (text order) need ``start``, ``end`` and
    ``unit``."""
    for i, c in enumerate(cands):
        if not c.unit or "/" in c.unit:
            continue
        b = _BRACKET_RE.match(text, c.end)
        if b is None:
            continue
        p = P.PER_RE.match(text, b.end())
        if p is None or P.NOT_PER_RE.match(text, p.end()):
            continue
        per = L.PER_WORDS[p.group("p").lower()]
        inside = [d for d in cands[i + 1:] if b.start() <= d.start and d.end <= b.end()]
        for d in (c, *inside):
            if d.unit and "/" not in d.unit:
                d.unit = f"{d.unit}/{per}"
