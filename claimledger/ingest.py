"""Reading, analysing and storing a stream of inputs: what ``claimledger ingest`` and
``Ledger.ingest`` do.  Kept apart from the store (which only writes) and the pipeline (which only
reads text) so each stays testable alone.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from .errors import InputError
from .pipeline import analyze_documents
from .readers import read
from .settings import DEFAULT_SETTINGS, Settings
from .store import Ledger


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    already: int = 0
    claims: int = 0
    failed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "already_stored": self.already,
                "claims": self.claims, "failed": len(self.failed)}


def ingest(paths: Iterable[str], ledger: Ledger, *, settings: Settings = DEFAULT_SETTINGS,
           published: Optional[str] = None, on_error: Optional[Callable[[InputError], None]] = None,
           on_document: Optional[Callable[[int], None]] = None, batch_size: int = 64) -> IngestReport:
    """Read, analyse and store ``paths``; documents already in the ledger are not analysed again.

    Each batch is written in one transaction, so an interrupted ingest leaves whole documents
    only, and running it again completes it.
    """
    report = IngestReport()

    def failed(err: InputError) -> None:
        report.failed.append(str(err))
        ledger.record_skipped(err.where, err.problem)
        if on_error:
            on_error(err)

    docs = read(paths, on_error=failed, published=published, max_chars=settings.max_chars)
    while True:
        chunk = list(itertools.islice(docs, batch_size))
        if not chunk:
            break
        report.read += len(chunk)
        known = ledger.has_documents(d.doc_id for d in chunk)
        fresh, seen = [], set()
        for d in chunk:
            if d.doc_id in known or d.doc_id in seen:
                report.already += 1
                continue
            seen.add(d.doc_id)
            fresh.append(d)
        batch = [(a.document, a.segments, a.claims) for a in analyze_documents(fresh, settings=settings)]
        report.stored += ledger.add(batch)
        report.claims += sum(len(c) for _, _, c in batch)
        if on_document:
            on_document(len(chunk))
    return report
