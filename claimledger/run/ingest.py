"""Reading, analysing and storing a stream of inputs: what ``claimledger ingest`` and
``Ledger.ingest`` do.  Kept apart from the store (which only writes) and the pipeline (which only
reads text) so each stays testable alone.

Only this process writes the ledger (DuckDB allows one writer), one Arrow batch per transaction.
With ``jobs > 1`` the analysis runs in worker processes that each load the spaCy model once; the
parent reads, hands out batches, and stores whatever comes back first: claim ids depend on content,
never on order, so the ledger is the same whichever worker finishes first.
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Sequence

from claimledger.errors import InputError
from claimledger.model import Claim, Document, Segment
from claimledger.pipeline import analyze_documents
from claimledger.readers import read
from claimledger.settings import DEFAULT_SETTINGS, Settings
from claimledger.store.ledger import Ledger

#: one analysed document as the store takes it
Analysed = tuple[Document, Sequence[Segment], Sequence[Claim]]

#: batches handed out per worker before the parent waits for one back: enough to keep every
#: worker busy, few enough that memory stays flat however long the input
IN_FLIGHT_PER_JOB = 2


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


def default_jobs() -> int:
    """The cores this process may run on (what ``--jobs`` defaults to)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ingest(paths: Iterable[str], ledger: Ledger, *, settings: Settings = DEFAULT_SETTINGS,
           published: Optional[str] = None, on_error: Optional[Callable[[InputError], None]] = None,
           on_document: Optional[Callable[[int], None]] = None, batch_size: int = 64,
           jobs: int = 1) -> IngestReport:
    """Read, analyse and store ``paths``; documents already in the ledger are not analysed again.

    Each batch is written in one transaction, so an interrupted ingest leaves whole documents
    only, and running it again completes it.  ``jobs`` worker processes analyse batches in
    parallel (an input of one batch is analysed here, without starting any).  Workers are
    spawned, not forked (a fork would copy the open DuckDB connection), so a script calling this
    with ``jobs > 1`` needs the usual ``if __name__ == "__main__":`` guard.
    """
    report = IngestReport()
    docs = read(paths, on_error=_recorder(ledger, report, on_error), published=published,
                max_chars=settings.max_chars)
    batches = fresh_batches(docs, ledger, report, batch_size)
    for n_read, analysed in analyse_batches(batches, settings, jobs):
        store(ledger, analysed, report)
        if on_document:
            on_document(n_read)
    return report


def _recorder(ledger: Ledger, report: IngestReport,
              on_error: Optional[Callable[[InputError], None]]) -> Callable[[InputError], None]:
    def failed(err: InputError) -> None:
        report.failed.append(str(err))
        ledger.record_skipped(err.where, err.problem)
        if on_error:
            on_error(err)
    return failed


def fresh_batches(docs: Iterable[Document], ledger: Ledger, report: IngestReport,
                  batch_size: int) -> Iterator[tuple[int, list[Document]]]:
    """(documents read, those not yet stored) per ``batch_size`` documents read.

    Repeats are caught across batches still being analysed too (``pending``), and forgotten once
    stored, where ``has_documents`` sees them: the set stays as small as the work in flight.
    """
    it = iter(docs)
    pending: dict[str, int] = {}
    while True:
        chunk = list(itertools.islice(it, batch_size))
        if not chunk:
            return
        report.read += len(chunk)
        known = ledger.has_documents(d.doc_id for d in chunk)
        fresh = []
        for d in chunk:
            if d.doc_id in known or d.doc_id in pending:
                report.already += 1
                continue
            pending[d.doc_id] = 1
            fresh.append(d)
        yield len(chunk), fresh
        # the consumer stored (or is analysing) what came before: only ids still in flight matter
        if len(pending) > 8 * batch_size:
            stored = ledger.has_documents(pending)
            for doc_id in stored:
                del pending[doc_id]


def store(ledger: Ledger, analysed: Sequence[Analysed], report: IngestReport) -> None:
    """Write one batch (one transaction) and count it."""
    report.stored += ledger.add(analysed)
    report.claims += sum(len(c) for _, _, c in analysed)


def analyse_batches(batches: Iterable[tuple[int, list[Document]]], settings: Settings,
                    jobs: int) -> Iterator[tuple[int, list[Analysed]]]:
    """(documents read, analysed documents) per batch: here, or across ``jobs`` processes in
    whatever order they finish."""
    it = iter(batches)
    head = list(itertools.islice(it, 2))
    if jobs <= 1 or len(head) < 2:
        for n_read, docs in itertools.chain(head, it):
            yield n_read, analyse(docs, settings)
        return
    yield from _in_processes(itertools.chain(head, it), settings, jobs)


def analyse(docs: Sequence[Document], settings: Settings) -> list[Analysed]:
    """Analysed documents as the store takes them (also what a worker process sends back)."""
    return [(a.document, a.segments, a.claims) for a in analyze_documents(docs, settings=settings)]


def _in_processes(batches: Iterator[tuple[int, list[Document]]], settings: Settings,
                  jobs: int) -> Iterator[tuple[int, list[Analysed]]]:
    # "spawn": a forked child would inherit the parent's DuckDB connection and its threads
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                             initargs=(settings, os.getpid())) as pool:
        pending = set()
        for n_read, docs in batches:
            pending.add(pool.submit(_work, n_read, docs))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (f.result() for f in done)


_worker_settings: Settings = DEFAULT_SETTINGS


def _start_worker(settings: Settings, parent: int) -> None:
    """Load the model once, when the worker process starts, and end with the parent: a parent
    killed outright (SIGTERM, SIGKILL) runs no clean-up, and its workers would otherwise parse
    on, orphaned, holding their memory."""
    global _worker_settings
    from claimledger.parse.models import load_pipeline

    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="exit-with-parent").start()
    _worker_settings = settings
    load_pipeline(settings.model)


def _exit_with(parent: int, every: float = 1.0) -> None:
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _work(n_read: int, docs: list[Document]) -> tuple[int, list[Analysed]]:
    return n_read, analyse(docs, _worker_settings)
