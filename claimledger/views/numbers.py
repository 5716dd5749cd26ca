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


def figure(value: Optional[float], low: Optional[float] = None, high: Optional[float] = None,
           approximate: bool = False, unit: Optional[str] = None, surface: Optional[str] = None) -> str:
    """"~1,000", "≤ 3,000", "2,000–3,000 people": a quantity as a reader writes it, its bounds
    first (a range, an upper or a lower bound), else its value, else its words."""
    if low is not None and high is not None:
        s = f"{number(low)}–{number(high)}"
    elif high is not None:
        s = f"≤ {number(high)}"
    elif low is not None:
        s = f"≥ {number(low)}"
    else:
        s = number(value) or (surface or "")
    if approximate:
        s = "~" + s
    return f"{s} {unit}" if unit else s
