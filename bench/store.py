#!/usr/bin/env python3
"""Ledger write and read speed on synthetic claims.

    python bench/store.py [--claims 100000] [--per-doc 20] [--batch 256] [--out bench/results/store.json]

Builds made-up documents (each line one quantity claim with a source, scope, time and hedges, so
every column is filled), adds them through ``Ledger.add`` in batches, adds them again (the
idempotent skip), then times a few reads.  For scale, it also times row-by-row ``executemany``
into the same ``claims`` table, which is what ``add`` avoids by writing through Arrow.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout without installing

import duckdb  # noqa: E402

from claimledger.model import (  # noqa: E402
    Claim,
    Document,
    Quantity,
    Segment,
    SegmentRef,
    Source,
    TimeRef,
    claim_id_for,
)
from claimledger.store.ledger import Ledger  # noqa: E402
from claimledger.store.schema import DDL  # noqa: E402

PLACES = ("Northport", "Eastbay", "Millbrook", "Ravenscar", "Low Fell")
THINGS = ("volunteers", "sheep", "buses", "flood barriers", "school places")


def synthetic(n_docs: int, per_doc: int) -> list[tuple[Document, list[Segment], list[Claim]]]:
    out = []
    for d in range(n_docs):
        lines = [f"About {d * per_doc + k} {THINGS[k % 5]} remain in {PLACES[d % 5]}, "
                 f"officer {k} of the county told the Gazette on Friday." for k in range(per_doc)]
        doc = Document(text="\n".join(lines), doc_ref=f"synthetic/{d}", title=f"Report {d}",
                       outlet="Gazette", published="2022-05-06", format="text")
        segs, claims, pos = [], [], 0
        for k, line in enumerate(lines):
            end = pos + len(line)
            segs.append(Segment("body", pos, end, index=k))
            n = str(d * per_doc + k)
            s = pos + line.index(n)
            span = (s - 6, s + len(n))
            claims.append(Claim(
                claim_id_for(doc.doc_id, "quantity", span, "body"), doc.doc_id, doc.doc_ref,
                "quantity", SegmentRef("body", k), "source", line, (pos, end), span,
                cue_span=(pos + line.index("told"), pos + line.index("told") + 4),
                quantity=Quantity(line[span[0] - pos:span[1] - pos], float(n), approximate=True,
                                  counted=THINGS[k % 5]),
                scope=(PLACES[d % 5],),
                source=Source(f"officer {k}", role="officer", organization="county"),
                cue="told", quote="indirect", via=("Gazette",),
                time=TimeRef("Friday", "2022-05-06"), hedges=("about",)))
            pos = end + 1
        out.append((doc, segs, claims))
    return out


def timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0


def executemany_rate(rows: list[tuple]) -> float:
    """Claims/s inserting the same rows one at a time, the way ``add`` does not."""
    con = duckdb.connect(":memory:")
    con.execute(DDL)
    _, secs = timed(lambda: con.executemany(
        f"INSERT INTO claims VALUES ({', '.join('?' * len(rows[0]))})", rows))
    con.close()
    return len(rows) / secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--per-doc", type=int, default=20)
    ap.add_argument("--batch", type=int, default=256, help="documents per add() call")
    ap.add_argument("--out", default=str(HERE / "results" / "store.json"))
    args = ap.parse_args()

    n_docs = max(1, args.claims // args.per_doc)
    data, build_s = timed(lambda: synthetic(n_docs, args.per_doc))
    n_claims = sum(len(c) for _, _, c in data)
    n_rows = sum(1 + len(s) + len(c) for _, s, c in data)
    batches = [data[i:i + args.batch] for i in range(0, len(data), args.batch)]

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.duckdb")
        with Ledger(path) as led:
            added, add_s = timed(lambda: sum(led.add(b) for b in batches))
            assert added == n_docs, (added, n_docs)
            again, again_s = timed(lambda: sum(led.add(b) for b in batches))
            assert again == 0
            _, stats_s = timed(led.stats)
            found, subject_s = timed(lambda: sum(1 for _ in led.claims(subject="sheep")))
            one_doc, doc_s = timed(lambda: list(led.claims(doc_id=data[n_docs // 2][0].doc_id)))
            all_claims, all_s = timed(lambda: sum(1 for _ in led.claims()))
            assert all_claims == n_claims and len(one_doc) == args.per_doc
            sample = led.query("SELECT * FROM claims LIMIT 2000")[1]
        size = os.path.getsize(path)
        wal = path + ".wal"
        size += os.path.getsize(wal) if os.path.exists(wal) else 0

    em_rate = executemany_rate(sample)

    result = {
        "documents": n_docs, "claims": n_claims, "rows": n_rows, "batch_documents": args.batch,
        "build_seconds": round(build_s, 2),
        "add_seconds": round(add_s, 2),
        "add_claims_per_s": round(n_claims / add_s),
        "add_rows_per_s": round(n_rows / add_s),
        "readd_skip_seconds": round(again_s, 3),
        "file_bytes": size,
        "bytes_per_claim": round(size / n_claims),
        "stats_seconds": round(stats_s, 3),
        "claims_subject_seconds": round(subject_s, 3), "claims_subject_found": found,
        "claims_one_doc_seconds": round(doc_s, 4),
        "claims_all_seconds": round(all_s, 2),
        "claims_all_per_s": round(n_claims / all_s),
        "executemany_claims_per_s": round(em_rate),
        "duckdb": duckdb.__version__,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    width = max(map(len, result))
    for k, v in result.items():
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
