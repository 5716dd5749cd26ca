"""Template filters: numbers, quantities and dates as a reader expects to see them."""
from __future__ import annotations

from typing import Any, Optional

from claimledger.views.numbers import figure, number  # noqa: F401 (number: a template filter)


def quantity(row: dict[str, Any]) -> str:
    """``~1,000``, ``≤ 3,000``, ``2,000–3,000 people`` … from a claim row or a record's quantity."""
    q = row.get("quantity") if "quantity" in row else row
    if not q:
        return ""
    return figure(q.get("value"), q.get("low"), q.get("high"), bool(q.get("approximate")),
                  q.get("unit"), q.get("surface"))


def when(row: dict[str, Any]) -> str:
    """A claim's time: its TIMEX3 value (or words) and relation other than "at"."""
    t = row.get("time") if "time" in row else {
        "value": row.get("time_value"), "surface": row.get("time_surface"),
        "relation": row.get("time_relation")}
    if not t or not (t.get("value") or t.get("surface")):
        return ""
    s = t.get("value") or t.get("surface")
    if t.get("relation") and t["relation"] != "at":
        s = f"{t['relation']} {s}"
    return s


def web_url(url: Optional[str]) -> Optional[str]:
    """The address if it is http(s), else None: a stored ``javascript:`` URL is never a link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def counted(n: int, noun: str) -> str:
    """``1 source``, ``2 sources``: a count with its noun in the number it takes."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


FILTERS = {"number": number, "quantity": quantity, "when": when, "web_url": web_url, "counted": counted}
