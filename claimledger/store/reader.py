"""Reading the ledger: the SQL behind ``Ledger``'s read methods and the rows turned back into
claims and JSON-ready dicts.

Every order here is stable (ingestion time, then the input's own id, then position in the
document), so two reads of the same ledger list things identically.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Optional

from claimledger.model import Claim
from claimledger.store.schema import ARROW_SCHEMAS

#: statement types ``query`` lets through on a read-only ledger (checked before DuckDB would refuse,
#: so the message can say what to do)
READING_STATEMENTS = frozenset({"SELECT", "EXPLAIN", "PRAGMA", "SHOW", "DESCRIBE", "SUMMARIZE"})

#: the ``sources`` columns, in table order
SOURCE_COLUMNS = [f.name for f in ARROW_SCHEMAS["sources"]]


def claims_query(*, subject: Optional[str], source: Optional[str], voice: Optional[str],
                 kind: Optional[str], doc_id: Optional[str], limit: Optional[int],
                 cue_kind: Optional[str] = None) -> tuple[str, list[Any]]:
    """SQL and parameters for ``Ledger.claims``: the matching records in document order."""
    where, params = [], []
    if subject:
        where.append(
            "(contains(lower(c.counted), ?) OR contains(lower(c.entity), ?) OR "
            "contains(lower(array_to_string(c.scope, chr(31))), ?) OR "
            "contains(lower(c.sentence), ?))"
        )
        params += [subject.lower()] * 4
    if source:
        where.append(
            "(contains(lower(c.source_name), ?) OR contains(lower(c.source_organization), ?))"
        )
        params += [source.lower()] * 2
    for column, value in (("voice", voice), ("kind", kind), ("doc_id", doc_id), ("cue_kind", cue_kind)):
        if value is not None:
            where.append(f"c.{column} = ?")
            params.append(value)
    sql = (
        "SELECT c.record FROM claims c JOIN documents d USING (doc_id)"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY d.ingested_at, d.doc_ref, c.doc_id,"
        " c.segment_kind <> 'headline', c.span_start, c.span_end, c.kind, c.claim_id"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return sql, params


def claims_by_document_query(doc_id: Optional[str]) -> tuple[str, list[Any]]:
    """SQL and parameters for the stored records of one document (or all), grouped by document."""
    sql = "SELECT doc_id, record FROM claims" + (" WHERE doc_id = ?" if doc_id else "") + " ORDER BY doc_id"
    return sql, [doc_id] if doc_id else []


def group_by_document(rows: Iterable[tuple[str, str]]) -> Iterator[list[Claim]]:
    """``(doc_id, record)`` rows sorted by document, as one list of claims per document."""
    current, group = None, []
    for d, record in rows:
        if d != current and group:
            yield group
            group = []
        current = d
        group.append(Claim.from_dict(json.loads(record)))
    if group:
        yield group


def sources_query(doc_id: Optional[str]) -> tuple[str, list[Any]]:
    """SQL and parameters for ``Ledger.sources``: document order, then first mention."""
    sql = (f"SELECT {', '.join('s.' + c for c in SOURCE_COLUMNS)} FROM sources s JOIN documents d USING (doc_id)"
           + (" WHERE s.doc_id = ?" if doc_id else "")
           + " ORDER BY d.ingested_at, d.doc_ref, s.doc_id, s.first_start IS NULL, s.first_start, s.name")
    return sql, [doc_id] if doc_id else []


def sort_computed_sources(found: list[dict[str, Any]], document_order: dict[str, int]) -> None:
    """Sources computed from claims (a version-1 ledger read as it is), in ``sources_query``'s order."""
    found.sort(key=lambda s: (document_order.get(s["doc_id"], len(document_order)),
                              s["first_start"] is None, s["first_start"] or 0, s["name"]))


def document_columns(include_text: bool = True) -> list[str]:
    """The ``documents`` columns, in table order (``text`` left out when not wanted)."""
    return [f.name for f in ARROW_SCHEMAS["documents"] if include_text or f.name != "text"]


def document_dict(row: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready: dates as ISO strings, metadata parsed."""
    if row.get("published") is not None:
        row["published"] = row["published"].isoformat()
    if row.get("ingested_at") is not None:
        row["ingested_at"] = row["ingested_at"].isoformat()
    if row.get("metadata") is not None:
        row["metadata"] = json.loads(row["metadata"])
    return row
