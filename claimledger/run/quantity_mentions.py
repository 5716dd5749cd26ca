"""Every quantity mention of a document, claim or not: what ``claimledger quantities`` prints
and what the quantity benchmarks measure.  ``analyze`` turns the same mentions into claims.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from claimledger.extract.quantities.find import find_quantities
from claimledger.model import Document
from claimledger.parse.models import load_pipeline
from claimledger.pipeline import TEXT_KINDS, _segment_text
from claimledger.segment.page import segment_document
from claimledger.settings import DEFAULT_SETTINGS, Settings


def _record_id(doc: Document) -> str:
    if doc.format in ("text", "html") and doc.doc_ref not in ("-", ""):
        return os.path.basename(doc.doc_ref)
    return doc.doc_ref


def quantity_records(documents: Iterable[Document], *, settings: Settings = DEFAULT_SETTINGS) -> Iterator[dict]:
    """One dict a quantity mention: id, segment, span (into the text, or the title for a
    headline of JSONL/HTML input), surface, value, low, high, approximate, trend, unit, counted."""
    nlp = load_pipeline(settings.model)

    def items():
        for doc in documents:
            for seg in segment_document(doc):
                if seg.kind in TEXT_KINDS:
                    yield _segment_text(doc, seg), (doc, seg)

    for sdoc, (doc, seg) in nlp.pipe(items(), as_tuples=True, batch_size=settings.batch_size):
        for q in find_quantities(sdoc):
            yield {"id": _record_id(doc), "segment": seg.kind, "span": [seg.start + q.start, seg.start + q.end],
                   "surface": q.surface, "value": q.value, "low": q.low, "high": q.high,
                   "approximate": q.approximate, "trend": q.trend, "unit": q.unit, "counted": q.counted}
