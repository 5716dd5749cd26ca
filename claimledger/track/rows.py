"""What the tracker reads from the ledger: one row per quantity claim with a figure, joined with
its page, each column named.

The row type and the SQL that selects it are made from one list of names (``ClaimRow``'s
fields), so the query and the code that reads it cannot drift apart by position.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Iterator, NamedTuple, Optional


class ClaimRow(NamedTuple):
    """One quantity claim as ``ROWS_SQL`` selects it (fields in select-list order)."""

    claim_id: str
    doc_id: str
    doc_ref: str
    voice: str
    segment_kind: Optional[str]
    span_start: Optional[int]
    surface: str
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    approximate: bool
    unit: Optional[str]
    counted: Optional[str]
    entity: Optional[str]
    scope: Optional[list[str]]
    source_name: Optional[str]
    source_title: Optional[str]
    source_role: Optional[str]
    source_organization: Optional[str]
    time_value: Optional[str]
    time_relation: Optional[str]
    sentence: str
    url: Optional[str]
    outlet: Optional[str]
    published: Optional[dt.date]
    source_kind: Optional[str]
    predicate: Optional[str]
    span_end: Optional[int] = None
    #: the page's headline and the first words of its text: where the page names its topic
    title: Optional[str] = None
    lead: Optional[str] = None
    #: what the number is an amount of ("OPEC output"), and whose ("Ecuador" for its foreign
    #: debt): the quantity's ``measured`` and ``measured_of``, read from their columns
    measured: Optional[str] = None
    measured_of: Optional[str] = None
    #: "up" or "down" for a change ("fell 508 points"), None for a level: a change forms a
    #: series only through what it measures (the Dow's fall is not the Dow's level)
    trend: Optional[str] = None


#: how much of a page's text is its lead, where a topic is looked for (a dateline and the first
#: sentence or two)
LEAD_CHARS = 300

#: the select expression of each field that is not simply the claim's column of that name.  The
#: predicate is read from the record, not its column, so a version-2 ledger opened read-only (not
#: upgraded) is tracked the same way.  ``measured`` and ``measured_of`` are read from their
#: columns (filled from the record on insert and by the migrations; the query's filter needs the
#: ``measured`` column anyway): parsing each record's JSON for them took a third of the time
#: reading the rows takes (0.72 -> 0.53 s CPU on the 50,536 rows of the news corpus)
_EXPRESSIONS = {
    "approximate": "coalesce(c.approximate, false)",
    "url": "d.url",
    "outlet": "d.outlet",
    "published": "d.published",
    "predicate": "json_extract_string(c.record, '$.quantity.predicate')",
}
#: a page's headline and lead are read once a page (``PAGES_SQL``), not once a claim: rows from
#: the store leave them empty (a caller building rows by hand may fill them)
_EXPRESSIONS |= {"title": "NULL", "lead": "NULL"}

#: each page's headline and lead, where its topic is looked for: ``(doc_id, title, lead)``
PAGES_SQL = f"SELECT doc_id, title, left(text, {LEAD_CHARS}) FROM documents"

#: the rows ``track`` reads: quantity claims with a figure, joined with their page, in page order
ROWS_SQL = f"""
SELECT {", ".join(f"{_EXPRESSIONS.get(name, 'c.' + name)} AS {name}" for name in ClaimRow._fields)}
FROM claims c JOIN documents d USING (doc_id)
WHERE c.kind = 'quantity' AND (c.trend IS NULL OR c.measured IS NOT NULL)
  AND (c.value IS NOT NULL OR c.low IS NOT NULL OR c.high IS NOT NULL)
ORDER BY d.published NULLS LAST, c.doc_id, c.segment_kind <> 'headline', c.span_start, c.claim_id
"""


def claim_rows(rows: Iterable[Any]) -> Iterator[ClaimRow]:
    """``ClaimRow``s from what the store streams (plain tuples in ``ROWS_SQL`` order)."""
    for r in rows:
        yield r if isinstance(r, ClaimRow) else ClaimRow._make(r)
