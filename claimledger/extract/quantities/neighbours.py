"""Readings one amount lends its neighbour in the sentence: a trend or a bound carried to a
restatement ("up 0.25 points, or 0.01%"), a unit shared by alternatives ("eight or nine
euros"), the counted thing of a whole carried to its part ("6 million homes, including 1.5
million in the city"), and index levels beside a move in points.  Each works on the candidates
``find.py`` builds (they need ``start``, ``end``, ``unit``, ``counted``, ``implied``, ``trend``,
``bound``, ``approximate``, ``kind``, ``vague``, ``age``, ``value``, ``num_start``, ``num_end``).
"""
from __future__ import annotations

import re

from claimledger.extract.quantities import patterns as P


def carry_trends(text: str, cands: list) -> None:
    """"up 0.25 points, or 0.01%": the restatement changes the same way; "just under 296 hp
    (224 kW / 300 PS)", "around 50 m (165 ft)": a conversion in brackets is bounded or
    approximate as the amount it converts."""
    inside = False
    for a, b in zip(cands, cands[1:]):
        if a.trend and not b.trend and b.unit and b.counted is None \
                and P.OR_RE.fullmatch(text, a.end, b.start):
            b.trend = a.trend
        between = text[a.end:b.start]
        inside = "(" in between or inside and between.strip(" \u00a0") == "/"
        if inside and a.unit and b.unit and b.unit != a.unit and not (b.bound or b.approximate) \
                and b.kind != "range" and P.RESTATED_RE.fullmatch(text, a.end, b.start):
            b.bound, b.approximate = a.bound, a.approximate


_ALTERNATIVE_RE = re.compile(rf"-?+{P.SP}*+(?:or|and){P.SP}++", re.IGNORECASE)
_INCLUDING_RE = re.compile(rf"\b(?:including|among them|of whom|of which){P.SP}++$", re.IGNORECASE)


def share_units(text: str, cands: list) -> None:
    """"eight or nine euros", "a 7- or 8-inch screen": the first number has the second's unit or
    counted thing; "6 million homes, including 1.5 million in the city": the part counts what
    the whole counted."""
    for a, b in zip(cands, cands[1:]):
        if _bare_count(a) and not a.vague and (b.unit or b.counted) \
                and _ALTERNATIVE_RE.fullmatch(text, a.end, b.start):
            a.unit, a.counted = b.unit, b.counted
        elif _bare_count(b) and a.counted and a.unit is None \
                and _INCLUDING_RE.search(text, max(0, b.start - 20), b.start) \
                and not re.search(r"[.!?;]\s", text[a.end:b.start]):
            b.counted = a.counted


_SENTENCE_END_RE = re.compile(r"[.!?]\s")


def index_levels(text: str, cands: list) -> None:
    """"The index lost 162.31 points, or 2.14%, to 7,425.81": a bare level beside a move in
    points is in points too (a decimal or a four-digit number, the shape of an index level)."""
    for k, c in enumerate(cands):
        if not _bare_count(c) or c.vague or c.kind == "range" or c.value is None or c.value < 100:
            continue
        if not ("." in text[c.num_start:c.num_end] or c.value >= 1000):
            continue
        for o in cands[max(0, k - 3):k + 4]:
            if o is c or o.unit != "points":
                continue
            a, b = (o.end, c.start) if o.end <= c.start else (c.end, o.start)
            if b - a < 300 and not _SENTENCE_END_RE.search(text, a, b):
                c.unit = "points"
                break


def _bare_count(c) -> bool:
    return c.unit is None and c.counted is None and c.implied is None and not c.age
