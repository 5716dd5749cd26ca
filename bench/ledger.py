#!/usr/bin/env python3
"""The ledger across documents on real news: ingest speed, store size, and how fast the views are.

    python bench/ledger.py [--docs 1000] [--corpus ../shared/corpora/news.jsonl]
                           [--out bench/results/ledger.json]

Ingests the first N articles of the corpus into a fresh ledger through ``claimledger.ingest``
(read → analyse → store), then times ``series``, ``timeline`` (the largest series) and
``conflicts``, which are computed on read from the claims table.  It also ingests one more batch
and times the views again, to show the cost an incremental ingest leaves to the reader, and
counts conflicts and relays over a range of windows and tolerances (the evidence for the
defaults in ``TrackSettings``).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout without installing

from claimledger.ingest import ingest  # noqa: E402
from claimledger.store import Ledger  # noqa: E402
from claimledger.track import TrackSettings  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpora" / "news.jsonl"


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    """Median wall time of ``fn()`` over ``repeat`` runs, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def sample_corpus(corpus: Path, n: int, more: int, first: Path, rest: Path) -> None:
    """Every k-th article into ``first`` (n of them) and the next ones into ``rest``: the corpus
    is sorted by outlet (Wikinews, BBC undated, Reuters dated and densest in numbers), so a
    stride gives each outlet its share."""
    with open(corpus, encoding="utf-8") as f:
        lines = f.readlines()
    stride = max(1, len(lines) // (n + more))
    picked = lines[::stride][:n + more]
    first.write_text("".join(picked[:n]), encoding="utf-8")
    rest.write_text("".join(picked[n:]), encoding="utf-8")


def views(ledger: Ledger) -> dict:
    t_series, series = timed(ledger.series)
    t_conf, conflicts = timed(ledger.conflicts)
    biggest = series[0] if series else None
    t_tl = timed(lambda: ledger.timeline(biggest.id))[0] if biggest else None
    return {
        "series_seconds": round(t_series, 4), "timeline_seconds": round(t_tl, 4) if t_tl else None,
        "conflicts_seconds": round(t_conf, 4), "series": len(series),
        "series_with_2_or_more": sum(len(s.points) >= 2 for s in series),
        "series_with_2_or_more_sources": sum(len(s.sources) >= 2 for s in series),
        "conflicts": len(conflicts), "largest_series": biggest.label if biggest else None,
        "largest_series_claims": len(biggest.points) if biggest else 0,
    }


def sensitivity(ledger: Ledger) -> dict:
    """Conflicts, relays and revisions found as the window and the tolerance vary."""
    by_window = {}
    for days in (0, 3, 7, 14, 30, 60, 90, 180, 365):
        t = ledger.tracked(TrackSettings(window_days=days, relay_days=days))
        by_window[days] = {"conflicts": len(t.conflicts), "relays": len(t.relays),
                           "revisions": len(t.revisions)}
    by_tolerance = {}
    for tol in (0.0, 0.1, 0.25, 0.5):
        t = ledger.tracked(TrackSettings(tolerance=tol))
        by_tolerance[tol] = len(t.conflicts)
    return {"by_window_days": by_window, "conflicts_by_tolerance": by_tolerance}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--more", type=int, default=100, help="articles ingested afterwards, incrementally")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "ledger.json")
    ap.add_argument("--ledger", type=Path, help="keep the ledger in this file (default: a temporary one)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        first, more = Path(tmp) / "first.jsonl", Path(tmp) / "more.jsonl"
        sample_corpus(args.corpus, args.docs, args.more, first, more)
        path = args.ledger or Path(tmp) / "ledger.duckdb"
        with Ledger(path) as ledger:
            t0 = time.perf_counter()
            report = ingest([str(first)], ledger)
            ingest_s = time.perf_counter() - t0
            stats = ledger.stats()
            ledger.connection.execute("CHECKPOINT")
            size = os.path.getsize(path)
            at_n = views(ledger)
            t0 = time.perf_counter()
            more_report = ingest([str(more)], ledger)
            more_s = time.perf_counter() - t0
            after = views(ledger)
            sens = sensitivity(ledger)
            t0 = time.perf_counter()
            reingest = ingest([str(first)], ledger)
            reingest_s = time.perf_counter() - t0

    result = {
        "corpus": str(args.corpus.name), "documents": report.stored, "claims": stats["claims"],
        "ingest_seconds": round(ingest_s, 1), "ingest_docs_per_s": round(report.stored / ingest_s, 1),
        "store_bytes": size, "store_mb_per_1000_docs": round(size / 1e6 * 1000 / max(report.stored, 1), 2),
        "views": at_n,
        "incremental": {"documents": more_report.stored, "ingest_seconds": round(more_s, 1),
                        "views_after": after},
        "reingest_skip_seconds": round(reingest_s, 2), "reingest_stored": reingest.stored,
        "sensitivity": sens,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
