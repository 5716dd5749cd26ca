"""Query parameters shared by the pages and the API, with their limits.

Every parameter has a bound (length, range, pattern) so an absurd request is a 400 in the one
error shape, never a slow query or a 500.  Empty values count as absent, because an HTML form
sends every field, filled or not.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from fastapi import Query, Request

from claimledger.web.errors import WebError
from claimledger.web.queries import ClaimFilter

MAX_TEXT = 200
MAX_PAGE = 10_000
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20

_DATE = r"^(\d{4}-\d{2}-\d{2})?$"


def page_param(page: int = Query(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")) -> int:
    return page


def per_page_param(per_page: int = Query(DEFAULT_PER_PAGE, ge=1, le=MAX_PER_PAGE,
                                         description="Results a page.")) -> int:
    return per_page


def text_param(q: Optional[str] = Query(None, max_length=MAX_TEXT,
                                        description="Words to look for.")) -> Optional[str]:
    return _clean(q)


def claim_filter(
    request: Request,
    q: Optional[str] = Query(None, max_length=MAX_TEXT,
                             description="Words that must all occur in the claim's sentence."),
    kind: Optional[str] = Query(None, pattern="^(quantity|statement)?$"),
    voice: Optional[str] = Query(None, pattern="^(source|outlet|reader)?$"),
    cue_kind: Optional[str] = Query(None, pattern="^(speech|belief|intention|perception|finding)?$",
                                    description="What the cue reports; 'speech' keeps only what was said."),
    source: Optional[str] = Query(None, max_length=MAX_TEXT, description="Text in the source's name."),
    organization: Optional[str] = Query(None, max_length=MAX_TEXT,
                                        description="Text in the source's organisation."),
    date_from: Optional[str] = Query(None, pattern=_DATE, description="Published on or after (YYYY-MM-DD)."),
    date_to: Optional[str] = Query(None, pattern=_DATE, description="Published on or before (YYYY-MM-DD)."),
    doc_id: Optional[str] = Query(None, pattern="^[0-9a-f]{0,64}$", description="Claims of this document."),
    series: Optional[str] = Query(None, max_length=64, description="Claims of this series (its id)."),
) -> ClaimFilter:
    return ClaimFilter(q=_clean(q), kind=kind or None, voice=voice or None, cue_kind=cue_kind or None,
                       source=_clean(source),
                       organization=_clean(organization), date_from=_date("date_from", date_from),
                       date_to=_date("date_to", date_to), doc_id=doc_id or None,
                       series=series or None, claim_ids=_series_claims(request, series))


def _series_claims(request: Request, series: Optional[str]) -> Optional[tuple[str, ...]]:
    if not series:
        return None
    tracking = getattr(request.app.state, "tracking", None)
    if tracking is None:
        raise WebError(400, "series: this claimledger has no tracker (claimledger/track.py)")
    ids = tracking.claim_ids(series)
    if not ids:
        raise WebError(404, f"no series with id {series!r}")
    return tuple(ids)


def _clean(value: Optional[str]) -> Optional[str]:
    """Whitespace-trimmed, NUL-free text, or None when nothing is left."""
    if value is None:
        return None
    value = " ".join(value.replace("\x00", " ").split())
    return value or None


def _date(name: str, value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise WebError(400, f"{name}: {value!r} is not a date of the form YYYY-MM-DD") from None
