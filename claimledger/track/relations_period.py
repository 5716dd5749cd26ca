"""The period a figure is about, for comparing it with others: its own stated period, or the
period its series' key names when its sentence states no time of its own.

"Opec's February output may have been between 15.3 and 15.5 mln bpd" and, on the same page,
"the survey estimated Opec February output at around 16 mln bpd": the second sentence's time
is read as nothing (the month sits in the words of what is measured), so its figure was dated by
its page (March 5) and compared only with figures of early March, never with the first one's
February — and two sources' disagreement about one month's output was not seen.  The tracker
already puts both in one series keyed by that month (``SeriesKey.period``, from "February
output"), so a figure there dated only by its page is a figure for that month, reported on that
page's day.

A page dated before the period starts gives a forecast of it, not a figure for it: such figures
keep their page's date.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from claimledger.track.claim_time import claim_time
from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point


def period_of(key: SeriesKey, p: Point) -> Optional[tuple[dt.date, dt.date]]:
    """The first and last day of the period ``p`` is a figure for: its own stated period, else
    its series' period when only its page's date dates it (and that date is not before the
    period starts); None for a figure about a point in time."""
    if p.dated and p.time.is_period:
        return p.date, p.until or p.date
    if p.date_basis != "published" or p.date is None or not key.period:
        return None
    span = key_period(key.period)
    if span is None or p.date < span[0]:
        return None
    return span


def key_period(period: str) -> Optional[tuple[dt.date, dt.date]]:
    """A key's period ("1987-02", "1986", "1986-10-01..1987-03-31") as its first and last day."""
    if ".." in period:
        try:
            first, last = (dt.date.fromisoformat(x) for x in period.split(".."))
        except ValueError:
            return None
        return first, last
    when = claim_time(period, None)
    return (when.start, when.end) if when.is_period and when.start and when.end else None
