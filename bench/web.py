#!/usr/bin/env python3
"""Web speed: the median and 95th percentile time of every page and API route on a ledger.

    python bench/web.py --db /tmp/news.duckdb [--repeat 30] [--out bench/results/web.json]

Build the ledger first (``claimledger ingest ../shared/corpora/news.jsonl --db /tmp/news.duckdb``).
Requests go through the whole ASGI stack in-process (FastAPI's TestClient: routing, validation,
queries, templates, middleware), without a socket.  The ids visited are the heaviest of their
kind: the document with the most claims, the source with the most claims, the biggest series.
Series are computed once when the app starts (in the background); that one-off time is reported
as ``tracking_seconds`` and the routes are timed after it.  The target is 200 ms a request.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 200


def routes(reader, tracking) -> dict[str, str]:
    """Route name → a concrete address on this ledger, heaviest ids first."""
    one = reader.one
    doc = one("SELECT doc_id FROM documents ORDER BY n_claims DESC, doc_id LIMIT 1")["doc_id"]
    claim = one("SELECT claim_id FROM claims WHERE kind = 'quantity' AND doc_id = ? "
                "ORDER BY span_start LIMIT 1", [doc])["claim_id"]
    source = reader.sources(None, 1, 1).items[0]["name"]
    word = one("SELECT lower(counted) AS w FROM claims WHERE counted IS NOT NULL "
               "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")["w"].split()[-1]
    found = {
        "home": "/",
        "claims search (all)": "/claims",
        "claims search (word)": f"/claims?q={quote(word)}",
        "claims search (two words, filters, dates)":
            f"/claims?q={quote(word)}+said&kind=quantity&voice=source&date_from=2000-01-01&date_to=2030-12-31",
        "claims search (organisation)": "/claims?organization=police",
        "claims search (deep page)": "/claims?page=200&per_page=100",
        "claim": f"/claims/{claim}",
        "document": f"/documents/{doc}",
        "documents": "/documents",
        "sources": "/sources",
        "source (most claims)": f"/sources/{quote(source, safe='')}",
        "api claims": "/api/claims?per_page=100",
        "api claims (word)": f"/api/claims?q={quote(word)}&per_page=100",
        "api claim": f"/api/claims/{claim}",
        "api document": f"/api/documents/{doc}",
        "api sources": "/api/sources?per_page=100",
        "api source": f"/api/sources/{quote(source, safe='')}",
        "api index": "/api",
        "not found (api)": "/api/claims/nope",
    }
    if tracking is not None:
        top = tracking.series_page(None, 1, 1).items[0]["series_id"]
        found |= {
            "series": "/series", "series (biggest)": f"/series/{top}",
            "conflicts": "/conflicts", "revisions": "/revisions",
            "claims in a series": f"/claims?series={top}",
            "api series": "/api/series?per_page=100", "api series (biggest)": f"/api/series/{top}",
            "api conflicts": "/api/conflicts?per_page=100", "api revisions": "/api/revisions?per_page=100",
        }
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="the ledger to serve (read-only)")
    ap.add_argument("--repeat", type=int, default=30, help="timed requests a route")
    ap.add_argument("--out", default=str(HERE / "results" / "web.json"))
    args = ap.parse_args()

    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

    from claimledger.web import create_app

    t0 = time.perf_counter()
    app = create_app(args.db)
    startup = time.perf_counter() - t0
    reader, tracking = app.state.reader, app.state.tracking
    t0 = time.perf_counter()
    if tracking is not None:
        tracking.count()  # waits for the background computation
    tracking_s = time.perf_counter() - t0
    stats = reader.stats

    results = {}
    with TestClient(app, raise_server_exceptions=True) as client:
        for name, path in routes(reader, tracking).items():
            first = time.perf_counter()
            r = client.get(path)
            first = time.perf_counter() - first
            expected = 404 if name.startswith("not found") else 200
            if r.status_code != expected:
                print(f"{name}: {path} answered {r.status_code}: {r.text[:200]}", file=sys.stderr)
                return 1
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                client.get(path)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            results[name] = {"path": path, "median_ms": round(statistics.median(times), 1),
                             "p95_ms": round(p95, 1), "first_ms": round(first * 1000, 1),
                             "bytes": len(r.content)}
            print(f"{name:45} median {results[name]['median_ms']:7.1f} ms   p95 {p95:7.1f} ms   "
                  f"first {first * 1000:7.1f} ms", file=sys.stderr)
    worst = max(v["p95_ms"] for v in results.values())
    out = {
        "ledger": {"path": args.db, "documents": stats["documents"], "claims": stats["claims"],
                   "sources": stats["sources"],
                   "series": tracking.count() if tracking is not None else None},
        "startup_seconds": round(startup, 3), "tracking_seconds": round(tracking_s, 3),
        "repeat": args.repeat, "target_ms": TARGET_MS, "worst_p95_ms": worst,
        "all_under_target": worst < TARGET_MS, "routes": results,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: out[k] for k in ("ledger", "worst_p95_ms", "all_under_target")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
