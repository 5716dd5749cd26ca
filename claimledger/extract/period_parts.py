"""Parts of a year a time expression names: quarters, halves, the first months, its end.

"Net income in the fourth quarter of 1986", "sales in the first nine months of 1986", "prices
rose only 2.8% in the second half of 2004" and "debt at the end of 1986" were all valued as the
year ``1986``, so a quarter's profit sat in the series of the year's profit and a level at the
year's end was read as the year's total (8 of the 41 wrong periods in a sample of 100 stored
figures on the news corpus were a part of a year read as the whole year; issue 17).

Values, TIMEX3 where it has one: quarters ``1986-Q4``, halves ``1986-H1``; the first N months
``1986-01/1986-09`` (an ISO 8601 interval of months); the end of a year or month its last day
(``1986-12-31``: a level then is a point in time), its beginning its first day.  ``claim_time``
turns them into days.
"""
from __future__ import annotations

import calendar
import re
from typing import Optional

from claimledger.lexicon.time import ORDINALS, SMALL_NUMBERS

_ORDINAL = "(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_COUNT = "(?:" + "|".join(sorted((w for w in SMALL_NUMBERS if " " not in w), key=len, reverse=True)) + r"|\d{1,2})"
#: a part written before the year: "the fourth quarter of 1986", "first-half 1987", "the first
#: nine months of fiscal 1986", "the first two months of 1987"
PART_BEFORE = re.compile(
    rf"(?i:(?:the\s+)?(?:(?P<ord>{_ORDINAL})[\s-]+(?P<unit>quarter|half)|first\s+(?P<n>{_COUNT})\s+months)"
    r"(?:\s+of)?\s+(?:(?:fiscal|calendar)\s+)?)$")
#: a part written after the year: "1986 first quarter", "fiscal 1985's first three quarters" is
#: not one part and stays the year
PART_AFTER = re.compile(rf"(?i:^(?:'s)?\s+(?P<ord>{_ORDINAL})[\s-]+(?P<unit>quarter|half))\b")
_YEAR_VALUE = re.compile(r"^(\d{4})$")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")
_EDGE = re.compile(r"(?i)^(?:the\s+)?(?P<edge>end|beginning|start)\s+of\s+")


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a year expression at ``[start, end)`` with the part of the year written
    around it ("the fourth quarter of 1986", "1986 first quarter"), or the span unchanged."""
    m = PART_BEFORE.search(text[max(0, start - 50):start])
    if m is not None:
        return start - len(m.group(0)), end
    m = PART_AFTER.match(text[end:end + 30])
    if m is not None:
        return start, end + m.end()
    return start, end


def part_value(surface: str, value: Optional[str]) -> Optional[str]:
    """The value of the part of a year or month the surface names, given the value of the year or
    month itself; ``value`` unchanged when the surface names no part."""
    if value is None:
        return None
    year = _YEAR_VALUE.match(value)
    text = " ".join(surface.split())
    if year is not None:
        y = int(year.group(1))
        m = PART_BEFORE.match(text[:-4] if text.endswith(year.group(1)) else "") \
            or PART_AFTER.match(text[text.find(year.group(1)) + 4:])
        if m is not None:
            if m.groupdict().get("n"):
                w = m.group("n").lower()
                n = int(w) if w.isdigit() else SMALL_NUMBERS.get(w)
                return f"{y:04d}-01/{y:04d}-{n:02d}" if n and 1 <= n <= 11 else value
            k = ORDINALS[m.group("ord").lower()]
            if m.group("unit").lower() == "quarter" and k <= 4:
                return f"{y:04d}-Q{k}"
            if m.group("unit").lower() == "half" and k <= 2:
                return f"{y:04d}-H{k}"
            return value
        edge = _EDGE.match(text)
        if edge is not None:
            return f"{y:04d}-12-31" if edge.group("edge").lower() == "end" else f"{y:04d}-01-01"
        return value
    month = _MONTH_VALUE.match(value)
    edge = _EDGE.match(text)
    if month is not None and edge is not None:
        y, mo = int(month.group(1)), int(month.group(2))
        day = calendar.monthrange(y, mo)[1] if edge.group("edge").lower() == "end" else 1
        return f"{y:04d}-{mo:02d}-{day:02d}"
    return value
