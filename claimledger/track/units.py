"""One quantity in several units of one dimension: one series, compared in one unit.

"195 km/h" on one page and "120 mph" on another are Humberto's one maximum wind: the series key
carries the dimension ("speed"), never the unit as written, and every comparison the tracker
makes (relays, revisions, conflicts, tolerance) is made on figures converted to the dimension's
base unit (``lexicon/unit_factors.py``).  Each point still shows its figure as written.

Converted figures are rarely equal: "120 mph" is 193.1 km/h, not 195.  Two figures in different
units are the same figure when each is the other rounded as written (``same_figure``).  A figure
its own sentence gives twice, the second time converted ("195 km/h (120 mph)"), is one claim: the
second is marked as restating the first (``mark_restatements``) and left out of the relations.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Optional

from claimledger.lexicon.unit_factors import UNIT_CLASSES, UNIT_OFFSETS

if TYPE_CHECKING:
    from claimledger.track.points import Point

#: the most two converted figures may differ, as a fraction of the larger, to be one figure
#: rounded: "2 miles (3 km)" differ by 7% (3.22 km), "100 km (60 miles)" by 3.5%; a tenth
#: leaves room for these and none for two estimates ("120 mph" against "150 km/h" is 22%)
CONVERSION_SLACK = 0.10


#: unit code → (its class as a series key writes it, "speed (km/h)"; factor; offset)
UNIT_FACTORS: dict[str, tuple[str, float, float]] = {
    unit: (f"{dimension} ({base})", factor, UNIT_OFFSETS.get(unit, 0.0))
    for (dimension, base), units in UNIT_CLASSES.items() for unit, factor in units.items()}


def written_units(key_unit: Optional[str]) -> list[str]:
    """The units a series key's unit stands for: a dimension's, "speed (km/h)" → speed, km/h,
    mph, kn, m/s (what a search for the series may name); any other unit itself."""
    if not key_unit:
        return []
    units = [u for u, (dim, _f, _o) in UNIT_FACTORS.items() if dim == key_unit]
    return [key_unit.split(" (")[0], *units] if units else [key_unit]


def dimension_of(unit: Optional[str]) -> Optional[str]:
    """"speed (km/h)" for "km/h" or "mph": the dimension and the unit its figures are compared
    in; None for a unit of no convertible dimension (currencies, percent, durations, rates per
    something)."""
    hit = UNIT_FACTORS.get(unit) if unit else None
    return hit[0] if hit else None


def to_base(x: Optional[float], unit: Optional[str]) -> Optional[float]:
    """``x`` written in ``unit``, in its dimension's base unit (``x`` itself for other units)."""
    hit = UNIT_FACTORS.get(unit) if unit else None
    if x is None or hit is None:
        return x
    return x * hit[1] + hit[2]


def _step(x: float) -> float:
    """The precision a figure is written to: 120 → 10, 197 → 1, 2.5 → 0.1; a last digit 5 is
    a rounding to fives, as conversions are written: 185 → 5, 295 → 5."""
    x = abs(x)
    if x == 0:
        return 1.0
    if not float(x).is_integer():
        decimals = len(f"{x:.6f}".rstrip("0").split(".")[1])
        return 10.0 ** -decimals
    n, step = int(x), 1.0
    while n % 10 == 0:
        n //= 10
        step *= 10
    return step * 5 if n % 10 == 5 else step


def _rounded_alike(written: float, converted: float) -> bool:
    """Whether ``written`` is ``converted`` (another figure, converted to ``written``'s unit)
    rounded as ``written`` is rounded: within one step of its last written digit ("120": tens)
    and within ``CONVERSION_SLACK`` of it."""
    a, b = written, converted
    big = max(abs(a), abs(b))
    return a == b or big > 0 and abs(a - b) / big <= CONVERSION_SLACK and abs(a - b) <= _step(a) + 1e-9


def _convert(x: float, src: str, dst: str) -> float:
    """``x`` from unit ``src`` to unit ``dst`` of the same dimension."""
    _dim, f_dst, o_dst = UNIT_FACTORS[dst]
    return (to_base(x, src) - o_dst) / f_dst


def same_figure(a: "Point", b: "Point", loose: bool = False) -> bool:
    """Whether two points give one figure: equal as written in one unit, or, in two units of one
    dimension, each bound the other's rounded conversion (in either direction: "120 mph" is 195
    km/h rounded to tens of mph).  ``loose``, for two figures of one sentence: their main values
    within ``CONVERSION_SLACK`` of each other, whatever their bounds ("under eight metres (about
    25 feet)", "over 1400 feet (about 430 meters)")."""
    if a.unit == b.unit or dimension_of(a.unit) is None or dimension_of(a.unit) != dimension_of(b.unit):
        return a.figure == b.figure
    if loose:
        x, y = _main(a.figure), _main(b.figure)
        if x is None or y is None:
            return False
        x, y = to_base(x, a.unit), to_base(y, b.unit)
        return max(abs(x), abs(y)) > 0 and abs(x - y) / max(abs(x), abs(y)) <= CONVERSION_SLACK
    pairs = list(zip(a.figure, b.figure))
    if any((x is None) != (y is None) for x, y in pairs):
        return False
    for x, y in pairs:
        if x is None:
            continue
        if not (_rounded_alike(x, _convert(y, b.unit, a.unit)) or _rounded_alike(y, _convert(x, a.unit, b.unit))):
            return False
    return True


def _main(figure: tuple) -> Optional[float]:
    """A figure's one value: itself, else its bound ("over 1400")."""
    return next((x for x in figure if x is not None), None)


def mixed_units(points: list["Point"]) -> bool:
    """Whether a series holds figures written in more than one unit (most hold one)."""
    return len({p.unit for p in points}) > 1


def mark_restatements(points: list["Point"]) -> None:
    """A figure one sentence gives again in another unit ("195 km/h (120 mph)", "40 km (25
    miles)") is one claim said twice: the later one restates the earlier (``Point.restates``),
    so that it is neither a second estimate nor a revision or a conflict."""
    if not mixed_units(points):
        return
    by_sentence: dict[tuple, list["Point"]] = defaultdict(list)
    for p in points:
        by_sentence[(p.doc_id, p.sentence, p.source_key)].append(p)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda p: p.position)
        for i, p in enumerate(group):
            for q in group[:i]:
                if q.restates is None and q.unit != p.unit and same_figure(q, p, loose=True):
                    p.restates = q.claim_id
                    break
