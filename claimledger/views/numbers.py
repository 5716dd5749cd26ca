"""How a number is written for a reader, in tables and pages alike: thousands grouped, whole
numbers without a decimal point, and at most four decimals ("two-thirds" is 0.6667, not the
0.666666666667 the value holds)."""
from __future__ import annotations

from typing import Optional

#: decimals shown; a stored value keeps its precision, only its display is rounded
DECIMALS = 4


def number(x: Optional[float]) -> str:
    if x is None:
        return ""
    shown = round(float(x), DECIMALS)
    return f"{int(shown):,}" if shown.is_integer() else f"{shown:,}"
