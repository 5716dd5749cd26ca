"""When a claim holds: its TIMEX3 time value turned into a span of days, for comparing claims.

The extractor gives times as TIMEX3 values ("2017-12-26", "1986", "1987-03", "2017-W52",
"1986/1987", "198", "PAST_REF" …).  The tracker needs to know whether two claims are about the
same time, so each value becomes an interval of dates with a *basis*:

- ``"stated"``: the text names a day or a week — a point in time for comparisons;
- ``"period"``: the text names a month, a year, a season of years or a decade ("exports in
  1986"): the figure is about that whole period (a total, an average, a year's crop), so it is
  comparable only with figures about the same period — not with a figure given on one day of it;
- ``"published"``: nothing usable is stated, the page's date stands in;
- ``"vague"``: "earlier", "some months ago" — drawn at the page's date, never compared.

Written by hand: the values are the extractor's own small TIMEX3 subset (see
``extract/time.py``), and mapping them to calendar intervals is a dozen lines of ``datetime``;
``dateparser`` and ``htmldate`` parse text, not TIMEX values.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

#: TIMEX3 values of times that are only "before" or "after" the page
VAGUE_TIMES = frozenset({"PAST_REF", "FUTURE_REF"})

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")  # 1987-03-10, 1987-03-10TNI (night)
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")  # 2017-W52, 2017-W52-WE (weekend)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_YEARS = re.compile(r"^(\d{4})/(\d{4})$")  # "1986/87": a crop, fiscal or season year
_DECADE = re.compile(r"^(\d{3})$")  # "198": the 1980s
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")  # "the fourth quarter of 1986" (``extract.period_parts``)
_HALF = re.compile(r"^(\d{4})-H([12])$")  # "the first half of 1987"
_MONTHS = re.compile(r"^(\d{4})-(\d\d)/(\d{4})-(\d\d)$")  # "the first nine months of 1986"


@dataclass(frozen=True)
class ClaimTime:
    """The days a claim is about: ``start`` to ``end`` inclusive, and how that was known."""

    start: Optional[dt.date]
    end: Optional[dt.date]
    basis: Optional[str]  # "stated" | "period" | "published" | "vague" | None (nothing known)

    @property
    def comparable(self) -> bool:
        return self.start is not None and self.basis not in (None, "vague")

    @property
    def is_period(self) -> bool:
        return self.basis == "period"


NO_TIME = ClaimTime(None, None, None)


@lru_cache(maxsize=1 << 14)
def claim_time(time_value: Optional[str], published: Optional[dt.date]) -> ClaimTime:
    """A claim's time: the days its stated time covers, else its page's date.

    >>> claim_time("1986", dt.date(1987, 3, 5))
    ClaimTime(start=datetime.date(1986, 1, 1), end=datetime.date(1986, 12, 31), basis='period')
    """
    span = _stated(time_value) if time_value else None
    if span is not None:
        start, end = span
        return ClaimTime(start, end, "stated" if (end - start).days < 7 else "period")
    if published is None:
        return NO_TIME
    if time_value in VAGUE_TIMES:
        return ClaimTime(published, published, "vague")
    return ClaimTime(published, published, "published")


def _stated(value: str) -> Optional[tuple[dt.date, dt.date]]:
    """The interval a TIMEX3 value names, or None when it names none (``XXXX-12-26`` with no
    year, ``PRESENT_REF``, a time of day)."""
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _YEARS.match(value):
            first, last = sorted((int(m[1]), int(m[2])))
            return dt.date(first, 1, 1), dt.date(last, 12, 31)
        if m := _DECADE.match(value):
            return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
        if m := _QUARTER.match(value) or _HALF.match(value):
            months = 3 if m.re is _QUARTER else 6
            first_month = (int(m[2]) - 1) * months + 1
            return _months(int(m[1]), first_month, int(m[1]), first_month + months - 1)
        if m := _MONTHS.match(value):
            return _months(int(m[1]), int(m[2]), int(m[3]), int(m[4]))
    except ValueError:  # month 13, week 54, year 0: not a date
        return None
    return None


def _months(y1: int, m1: int, y2: int, m2: int) -> tuple[dt.date, dt.date]:
    """The days from the first of one month to the last of another."""
    following = dt.date(y2 + m2 // 12, m2 % 12 + 1, 1)
    return dt.date(y1, m1, 1), following - dt.timedelta(days=1)


def days_between(a: ClaimTime, b: ClaimTime) -> Optional[int]:
    """How far apart two claims' times are, in days, when they can be compared at all: the gap
    between two points (0 when they overlap); 0 for two figures about the same period; None for
    a period against anything else (a year's total and a figure on one day of it are different
    quantities) or when either time is unknown or vague."""
    if not (a.comparable and b.comparable):
        return None
    if a.is_period or b.is_period:
        return 0 if (a.start, a.end) == (b.start, b.end) else None
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0
