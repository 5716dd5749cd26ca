"""The JSON API under ``/api/``: claims, documents and sources, each item linking to the others.

Lists are pages: ``{"items", "total", "page", "per_page", "pages", "links": {"self", "next",
"prev"}}``.  Claims come as the claim record of ``Claim.to_dict()`` (plus ``links``).
"""
from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict

from claimledger.web import links
from claimledger.web.errors import WebError, error_responses
from claimledger.web.params import claim_filter, page_param, per_page_param, text_param
from claimledger.web.queries import ClaimFilter, Page, Reader

router = APIRouter(prefix="/api", tags=["api"], responses=error_responses(400, 404, 414, 500))

CLAIM_ID = Path(..., max_length=64, description="A claim's id.")
DOC_ID = Path(..., max_length=64, description="A document's id (sha256 of its text).")
SOURCE_NAME = Path(..., max_length=300, description="A source's name, as stored.")


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Links(_Open):
    self: Optional[str] = None


class ClaimRow(_Open):
    """A claim in a list: the flat columns of the ``claims`` table most readers want."""

    claim_id: str
    doc_id: str
    kind: str
    voice: str
    sentence: str
    links: Links


class ClaimRecord(_Open):
    """The claim record (DESIGN.md), with the document it came from and links."""

    claim_id: str
    doc_id: str
    kind: str
    voice: str
    sentence: str
    span: list[int]
    document: dict[str, Any]
    same_claim: list[ClaimRow]
    links: Links


class DocumentRow(_Open):
    doc_id: str
    title: Optional[str] = None
    published: Optional[str] = None
    links: Links


class DocumentRecord(DocumentRow):
    text: str
    segments: list[dict[str, Any]]
    claims: list[ClaimRow]


class SourceRow(_Open):
    name: str
    claims: int
    links: Links


class SourceRecord(SourceRow):
    details: dict[str, list[str]]
    recent_claims: list[ClaimRow]


class PageOf(BaseModel):
    items: list[Any]
    total: int
    page: int
    per_page: int
    pages: int
    links: Links


class ClaimPage(PageOf):
    items: list[ClaimRow]


class DocumentPage(PageOf):
    items: list[DocumentRow]


class SourcePage(PageOf):
    items: list[SourceRow]


def reader(request: Request) -> Reader:
    return request.app.state.reader


def _page(page: Page, path: str, params: dict[str, Any]) -> dict[str, Any]:
    return {"items": page.items, "total": page.total, "page": page.page,
            "per_page": page.per_page, "pages": page.pages,
            "links": links.page_links(path, params, page.page, page.pages, page.per_page)}


def claim_row(row: dict[str, Any]) -> dict[str, Any]:
    return dict(row, links=links.claim_links(row))


def document_row(row: dict[str, Any]) -> dict[str, Any]:
    return dict(row, links={"self": links.document(row["doc_id"], True),
                            "html": links.document(row["doc_id"]),
                            "claims": links.with_query("/api/claims", {"doc_id": row["doc_id"]})})


def source_row(row: dict[str, Any]) -> dict[str, Any]:
    return dict(row, links={"self": links.source(row["name"], True),
                            "html": links.source(row["name"]),
                            "claims": links.with_query("/api/claims", {"source": row["name"]})})


@router.get("", summary="What the ledger holds, and where to go from here")
def index(request: Request, r: Reader = Depends(reader)) -> dict[str, Any]:
    found = {"claims": "/api/claims", "documents": "/api/documents", "sources": "/api/sources",
             "openapi": "/api/openapi.json"}
    if request.app.state.tracking is not None:
        found |= {"series": "/api/series", "conflicts": "/api/conflicts", "revisions": "/api/revisions"}
    return {"stats": r.stats, "links": found}


@router.get("/claims", response_model=ClaimPage, summary="Search claims")
def claims(f: ClaimFilter = Depends(claim_filter), page: int = Depends(page_param),
           per_page: int = Depends(per_page_param), r: Reader = Depends(reader)) -> dict[str, Any]:
    found = r.search(f, page, per_page)
    found.items = [claim_row(x) for x in found.items]
    return _page(found, "/api/claims", f.params())


@router.get("/claims/{claim_id}", response_model=ClaimRecord, summary="One claim")
def claim(request: Request, claim_id: str = CLAIM_ID, r: Reader = Depends(reader)) -> dict[str, Any]:
    record = r.claim(claim_id)
    if record is None:
        raise WebError(404, f"no claim with id {claim_id!r}")
    record["same_claim"] = [claim_row(x) for x in r.same_claim(record)]
    record["links"] = links.claim_links(record)
    t = request.app.state.tracking
    series = t.series_of(claim_id) if t else None
    record["series_id"] = series.id if series else None
    record["links"]["series"] = f"/api/series/{series.id}" if series else None
    return record


@router.get("/documents", response_model=DocumentPage, summary="List documents")
def documents(q: Optional[str] = Depends(text_param), page: int = Depends(page_param),
              per_page: int = Depends(per_page_param), r: Reader = Depends(reader)) -> dict[str, Any]:
    found = r.documents(q, page, per_page)
    found.items = [document_row(x) for x in found.items]
    return _page(found, "/api/documents", {"q": q})


@router.get("/documents/{doc_id}", response_model=DocumentRecord, summary="One document")
def document(doc_id: str = DOC_ID, r: Reader = Depends(reader)) -> dict[str, Any]:
    doc = r.document(doc_id)
    if doc is None:
        raise WebError(404, f"no document with id {doc_id!r}")
    doc["segments"] = [s.__dict__ for s in r.segments(doc_id)]
    doc["claims"] = [claim_row(x) for x in r.document_claims(doc_id)]
    return document_row(doc)


@router.get("/sources", response_model=SourcePage, summary="List sources")
def sources(q: Optional[str] = Depends(text_param), page: int = Depends(page_param),
            per_page: int = Depends(per_page_param), r: Reader = Depends(reader)) -> dict[str, Any]:
    found = r.sources(q, page, per_page)
    found.items = [source_row(x) for x in found.items]
    return _page(found, "/api/sources", {"q": q})


@router.get("/sources/{name:path}", response_model=SourceRecord, summary="One source")
def source(request: Request, name: str = SOURCE_NAME, r: Reader = Depends(reader)) -> dict[str, Any]:
    found = r.source(name)
    if found is None:
        raise WebError(404, f"no source named {name!r}")
    found["details"] = r.source_details(name)
    found["recent_claims"] = [claim_row(x) for x in
                              r.search(ClaimFilter(source_exact=name), 1, 50).items]
    t = request.app.state.tracking
    found["revisions"] = t.revisions_by(name) if t else []
    return source_row(found)
