"""The HTML pages: home, claims search, a claim, a document read in place, sources.

Each route gathers plain data through ``Reader`` and hands it to a template; templates escape
everything (autoescape), so no route builds HTML by hand.
"""
from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse

from claimledger.web import links
from claimledger.web.errors import WebError, error_responses
from claimledger.web.marks import claim_marks, claim_row_marks, pieces
from claimledger.web.params import claim_filter, page_param, per_page_param, text_param
from claimledger.web.queries import ClaimFilter, Reader

router = APIRouter(tags=["pages"], default_response_class=HTMLResponse,
                   responses=error_responses(400, 404, 414, 500))

VOICE_NAMES = {"source": "a named source", "outlet": "the outlet", "reader": "a reader"}


def reader(request: Request) -> Reader:
    return request.app.state.reader


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


@router.get("/", summary="Home: what the ledger holds")
def home(request: Request, r: Reader = Depends(reader)):
    t = request.app.state.tracking
    return render(request, "home.html", stats=r.stats, documents=r.documents(None, 1, 8).items,
                  sources=r.sources(None, 1, 10).items,
                  series=t.series_page(None, 1, 10) if t else None,
                  conflicts=t.conflicts(1, 5) if t else None)


@router.get("/claims", summary="Search claims (HTML)")
def claims(request: Request, f: ClaimFilter = Depends(claim_filter), page: int = Depends(page_param),
           per_page: int = Depends(per_page_param), r: Reader = Depends(reader)):
    found = r.search(f, page, per_page)
    for row in found.items:
        row["pieces"] = _sentence_pieces(row)
    nav = links.page_links("/claims", f.params(), page, found.pages, per_page)
    return render(request, "claims.html", f=f, found=found, nav=nav)


@router.get("/claims/{claim_id}", summary="One claim (HTML)")
def claim(request: Request, claim_id: str = Path(..., max_length=64), r: Reader = Depends(reader)):
    record = r.claim(claim_id)
    if record is None:
        raise WebError(404, f"no claim with id {claim_id!r}")
    sentence_pieces = pieces(record["sentence"], record["sentence_span"][0], claim_marks(record))
    t = request.app.state.tracking
    return render(request, "claim.html", c=record, sentence=sentence_pieces,
                  same=r.same_claim(record), series=t.series_of(claim_id) if t else None)


@router.get("/documents", summary="List documents (HTML)")
def documents(request: Request, q: Optional[str] = Depends(text_param),
              page: int = Depends(page_param), per_page: int = Depends(per_page_param),
              r: Reader = Depends(reader)):
    found = r.documents(q, page, per_page)
    nav = links.page_links("/documents", {"q": q}, page, found.pages, per_page)
    return render(request, "documents.html", q=q, found=found, nav=nav)


@router.get("/documents/{doc_id}", summary="One document, claims marked in place (HTML)")
def document(request: Request, doc_id: str = Path(..., max_length=64), r: Reader = Depends(reader)):
    doc = r.document(doc_id)
    if doc is None:
        raise WebError(404, f"no document with id {doc_id!r}")
    rows = r.document_claims(doc_id)  # the table beneath: plain sentences, the page marks them
    headline = claim_row_marks(x for x in rows if x["segment_kind"] == "headline")
    others = claim_row_marks(x for x in rows if x["segment_kind"] != "headline")
    segments = []
    for s in r.segments(doc_id):
        text = doc["title"] if s.in_title else doc["text"]
        marks = headline if s.kind == "headline" else others
        segments.append({"kind": s.kind, "index": s.index, "author": s.author,
                         "comment_index": s.comment_index,
                         "pieces": pieces((text or "")[s.start:s.end], s.start, marks)})
    if not segments:  # a ledger written without segments still shows its text
        segments.append({"kind": "body", "index": 0, "author": None, "comment_index": None,
                         "pieces": pieces(doc["text"], 0, others)})
    return render(request, "document.html", doc=doc, segments=segments, claims=rows)


@router.get("/sources", summary="List sources (HTML)")
def sources(request: Request, q: Optional[str] = Depends(text_param),
            page: int = Depends(page_param), per_page: int = Depends(per_page_param),
            r: Reader = Depends(reader)):
    found = r.sources(q, page, per_page)
    nav = links.page_links("/sources", {"q": q}, page, found.pages, per_page)
    return render(request, "sources.html", q=q, found=found, nav=nav)


@router.get("/sources/{name:path}", summary="One source and its claims (HTML)")
def source(request: Request, name: str = Path(..., max_length=300), page: int = Depends(page_param),
           per_page: int = Depends(per_page_param), r: Reader = Depends(reader)):
    found = r.source(name)
    if found is None:
        raise WebError(404, f"no source named {name!r}")
    claims_page = r.search(ClaimFilter(source_exact=name), page, per_page)
    for row in claims_page.items:
        row["pieces"] = _sentence_pieces(row)
    nav = links.page_links(links.source(name), {}, page, claims_page.pages, per_page)
    t = request.app.state.tracking
    return render(request, "source.html", s=found, details=r.source_details(name),
                  found=claims_page, nav=nav, revisions=t.revisions_by(name) if t else None)


def _sentence_pieces(row: dict[str, Any]):
    """A result row's sentence with the claim's own words marked."""
    return pieces(row["sentence"], row["sentence_start"],
                  claim_row_marks([row]) if row.get("span_start") is not None else [])
