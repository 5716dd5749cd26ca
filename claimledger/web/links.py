"""Addresses of resources, shared by the pages and the API so both link alike."""
from __future__ import annotations

from typing import Any, Optional
from urllib.parse import quote, urlencode


def claim(claim_id: str, api: bool = False) -> str:
    return f"{'/api' if api else ''}/claims/{quote(claim_id, safe='')}"


def document(doc_id: str, api: bool = False) -> str:
    return f"{'/api' if api else ''}/documents/{quote(doc_id, safe='')}"


def source(name: Optional[str], api: bool = False) -> Optional[str]:
    return f"{'/api' if api else ''}/sources/{quote(name, safe='')}" if name else None


def with_query(path: str, params: dict[str, Any]) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def claim_links(row: dict[str, Any]) -> dict[str, Optional[str]]:
    name = row.get("source_name") or (row.get("source") or {}).get("name")
    return {"self": claim(row["claim_id"], True), "html": claim(row["claim_id"]),
            "document": document(row["doc_id"], True), "source": source(name, True)}


def page_links(path: str, params: dict[str, Any], page: int, pages: int, per_page: int
               ) -> dict[str, Optional[str]]:
    def at(n: int) -> str:
        return with_query(path, {**params, "page": n, "per_page": per_page})

    return {"self": at(page), "next": at(page + 1) if page < pages else None,
            "prev": at(page - 1) if page > 1 else None}
