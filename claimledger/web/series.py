"""Series, conflicts and revisions: the HTML pages and the API routes over ``Tracking``.

Registered only when this claimledger has the tracker (``claimledger/track.py``).
"""
from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from claimledger.web import links
from claimledger.web.api import PageOf
from claimledger.web.errors import WebError, error_responses
from claimledger.web.params import page_param, per_page_param, text_param
from claimledger.web.queries import Page
from claimledger.web.tracking import Tracking

pages = APIRouter(tags=["pages"], default_response_class=HTMLResponse,
                  responses=error_responses(400, 404, 414, 500))
api = APIRouter(prefix="/api", tags=["api"], responses=error_responses(400, 404, 414, 500))

#: ``?all=true``: every series, also those on one page from one source
ALL_SERIES = Query(False, alias="all", description="Also series on one page from one source "
                                                   "(by default only those spanning two documents or two sources).")
SERIES_ID = Path(..., max_length=64, description="A series id.")
#: claims a page of the series table
TABLE_ROWS = 100


def tracking(request: Request) -> Tracking:
    return request.app.state.tracking


def _series_or_404(t: Tracking, series_id: str):
    s = t.series(series_id)
    if s is None:
        raise WebError(404, f"no series with id {series_id!r}")
    return s


def _page(found, path: str, params: dict[str, Any]) -> dict[str, Any]:
    return {"items": found.items, "total": found.total, "page": found.page,
            "per_page": found.per_page, "pages": found.pages,
            "links": links.page_links(path, params, found.page, found.pages, found.per_page)}


def series_links(series_id: str) -> dict[str, str]:
    return {"self": f"/api/series/{series_id}", "html": f"/series/{series_id}",
            "claims": links.with_query("/api/claims", {"series": series_id})}


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


# -- pages ---------------------------------------------------------------------------------------

@pages.get("/series", summary="List series (HTML)")
def series_list(request: Request, q: Optional[str] = Depends(text_param),
                page: int = Depends(page_param), per_page: int = Depends(per_page_param),
                show_all: bool = ALL_SERIES, t: Tracking = Depends(tracking)):
    found = t.series_page(q, page, per_page, show_all)
    nav = links.page_links("/series", {"q": q, "all": "true" if show_all else None}, page, found.pages, per_page)
    return _render(request, "series_list.html", q=q, found=found, nav=nav)


@pages.get("/series/{series_id}", summary="One series: timeline, claims, conflicts, revisions (HTML)")
def series_page(request: Request, series_id: str = SERIES_ID, page: int = Depends(page_param),
                t: Tracking = Depends(tracking)):
    s = _series_or_404(t, series_id)
    points = Page(s.points[(page - 1) * TABLE_ROWS:page * TABLE_ROWS], len(s.points), page, TABLE_ROWS)
    nav = links.page_links(f"/series/{s.id}", {}, page, points.pages, TABLE_ROWS)
    return _render(request, "series.html", series=s, summary=s.summary(), chart=t.chart(s.id),
                   points=points, nav=nav, conflicts=t.conflicts(1, 100, s.id),
                   revisions=t.revisions(1, 100, s.id))


@pages.get("/conflicts", summary="Conflicts across the ledger (HTML)")
def conflicts_page(request: Request, page: int = Depends(page_param),
                   per_page: int = Depends(per_page_param), t: Tracking = Depends(tracking)):
    found = t.conflicts(page, per_page)
    return _render(request, "changes.html", what="conflicts", heading="Conflicts", found=found,
                   intro="Different sources whose figures for the same quantity cannot both hold, "
                         "at times close together.",
                   nav=links.page_links("/conflicts", {}, page, found.pages, per_page))


@pages.get("/revisions", summary="Revisions across the ledger (HTML)")
def revisions_page(request: Request, page: int = Depends(page_param),
                   per_page: int = Depends(per_page_param), t: Tracking = Depends(tracking)):
    found = t.revisions(page, per_page)
    return _render(request, "changes.html", what="revisions", heading="Revisions", found=found,
                   intro="A source changing its own figure for a quantity over time.",
                   nav=links.page_links("/revisions", {}, page, found.pages, per_page))


# -- API -----------------------------------------------------------------------------------------

@api.get("/series", response_model=PageOf, summary="List series, most claims first")
def api_series_list(q: Optional[str] = Depends(text_param), page: int = Depends(page_param),
                    per_page: int = Depends(per_page_param), show_all: bool = ALL_SERIES,
                    t: Tracking = Depends(tracking)):
    found = t.series_page(q, page, per_page, show_all)
    found.items = [dict(s, links=series_links(s["series_id"])) for s in found.items]
    return _page(found, "/api/series", {"q": q, "all": "true" if show_all else None})


@api.get("/series/{series_id}", summary="One series: a page of its points (time order), its "
                                        "first 100 conflicts and revisions")
def api_series(series_id: str = SERIES_ID, page: int = Depends(page_param),
               per_page: int = Depends(per_page_param), t: Tracking = Depends(tracking)) -> dict[str, Any]:
    s = _series_or_404(t, series_id)
    record = s.summary() | {"source_keys": s.sources}
    chosen = s.points[(page - 1) * per_page:page * per_page]
    points = Page([p.to_dict() for p in chosen], len(s.points), page, per_page)
    for p in points.items:
        p["links"] = links.claim_links(p | {"source_name": p["source"]})
    record["points"] = _page(points, f"/api/series/{s.id}", {})
    record["conflicts"] = t.conflicts(1, 100, s.id).items
    record["revisions"] = t.revisions(1, 100, s.id).items
    record["links"] = series_links(s.id)
    return record


@api.get("/conflicts", response_model=PageOf, summary="Conflicts, newest first")
def api_conflicts(page: int = Depends(page_param), per_page: int = Depends(per_page_param),
                  t: Tracking = Depends(tracking)):
    found = t.conflicts(page, per_page)
    for c in found.items:
        c["links"] = series_links(c["series_id"])
    return _page(found, "/api/conflicts", {})


@api.get("/revisions", response_model=PageOf, summary="Revisions, newest first")
def api_revisions(page: int = Depends(page_param), per_page: int = Depends(per_page_param),
                  t: Tracking = Depends(tracking)):
    found = t.revisions(page, per_page)
    for r in found.items:
        r["links"] = series_links(r["series_id"])
    return _page(found, "/api/revisions", {})

