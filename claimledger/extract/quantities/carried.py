"""A measured thing written once and carried to later amounts in the same unit, when the parse
does not join them: "52% of participating voters voted to leave and 48% to stay", "he received
3 percent of the vote in 2012 and 2.3 percent in 2014", "78 per cent of the deal will be paid in
cash, up from 50 per cent", "rose 5% to $3bn, and 2% to $1bn".

The later amount takes the measured thing (and its holder) of the nearest amount before it in
the same sentence and the same unit, when the word right before it links the two (a
conjunction or a word of comparison: ``CARRY_LINKS`` in the lexicon) and its own reading found
nothing.  Counts keep their counted thing and are left alone.  A restatement ("1.23 billion
shekels ($330 million)", "fell 102.2 points, or 0.36%") and a change written after an amount
("revenue of $3.2 billion, up 12%") share the amount's reading too.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from spacy.tokens import Doc

from claimledger.extract.quantities.counted import token_at
from claimledger.extract.quantities import patterns as P
from claimledger.lexicon import quantities as L

_LINK_RE = re.compile(r"(?:^|\W)(" + "|".join(sorted((re.escape(w) for w in L.CARRY_LINKS),
                                                    key=len, reverse=True)) + r")[\s\u00a0]+$",
                      re.IGNORECASE)


def carry_measured(doc: Doc, starts: list[int], text: str, cands: Sequence, measured: list) -> list:
    """``measured`` (one reading or None per candidate, in text order) with the empty readings
    of linked later amounts filled from the amount they follow.  ``cands`` need ``start``,
    ``end``, ``unit``, ``trend`` and ``counted``."""
    measured = _restatements_share(text, cands, measured)
    for k, b in enumerate(cands):
        if measured[k] is not None or b.counted is not None or not b.unit:
            continue
        if not _LINK_RE.search(text, max(0, b.start - 20), b.start):
            continue
        src = _source(doc, starts, cands, measured, k)
        if src is not None:
            measured[k] = measured[src]
    return measured


def _source(doc: Doc, starts: list[int], cands: Sequence, measured: list, k: int) -> Optional[int]:
    """The nearest amount before candidate ``k`` in its sentence with the same unit, when it
    measures something."""
    b = cands[k]
    tb = token_at(doc, starts, b.start)
    for j in range(k - 1, -1, -1):
        a = cands[j]
        ta = token_at(doc, starts, a.start)
        if ta is None or tb is None or ta.sent.start != tb.sent.start:
            return None
        if a.unit == b.unit and a.counted is None:
            if measured[j] is not None and _said_of(doc, ta, measured[j][0]):
                return None  # "63% supported a ban, with 24% against": not the same reading
            return j if measured[j] is not None else None
    return None


def _restatements_share(text: str, cands: Sequence, measured: list) -> list:
    """"1.23 billion shekels ($330 million)", "fell 102.2 points, or 0.36%", "about 75 mph (120
    kph)", "35 kilometres [almost 22 miles]": a restatement of an amount in another unit
    measures the same thing, whichever of the two the parse read."""
    for k in range(1, len(cands)):
        a, b = cands[k - 1], cands[k]
        if measured[k - 1] is not None and a.unit and b.unit and a.counted is None \
                and b.counted is None and (P.RESTATED_RE.fullmatch(text, a.end, b.start)
                                           or P.OR_RE.fullmatch(text, a.end, b.start)):
            measured[k] = measured[k - 1]
        elif measured[k - 1] is not None and a.unit and b.unit and a.counted is None \
                and b.counted is None and P.RESTATED_AGAIN_RE.fullmatch(text, a.end, b.start) \
                and text[:a.start].rstrip().endswith(("(", "[")):
            measured[k] = measured[k - 1]  # "($10.2bn; £5.5bn)": the second restatement too
        elif measured[k - 1] is None and measured[k] is not None and a.unit and b.unit \
                and a.counted is None and b.counted is None \
                and P.RESTATED_RE.fullmatch(text, a.end, b.start):
            measured[k - 1] = measured[k]  # the conversion read where the amount was not
        elif measured[k - 1] is not None and b.trend and b.counted is None \
                and P.CHANGE_AFTER_RE.fullmatch(text, a.end, b.start):
            measured[k] = measured[k - 1]  # "revenue of $3.2 billion, up 12%"
    return measured


def _said_of(doc: Doc, amount, measured) -> bool:
    """Whether a reading is a verb phrase said of its amount as subject ("63% supported a
    hunting ban"): the next amount has its own predicate, often the opposite ("24% against")."""
    span = doc.char_span(measured[0], measured[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.pos_ == "VERB" and amount is not None \
        and span.start > amount.i
