#!/usr/bin/env python3
"""Peak memory of ``claimledger ingest`` as the corpus grows: it must stay flat.

    python bench/memory.py [--sizes 1000 7384] [--corpus ../shared/corpora/news.jsonl] [--jobs 1]

For each size, the first N articles of the corpus go to a fresh ledger through the command line
(one process by default), and the peak resident memory of that process (``ru_maxrss`` of the
child), the time and the documents/second are recorded.  Results go to
bench/results/memory.json.  Streaming means the peak should not grow with N.
"""
from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpora" / "news.jsonl"


def run(corpus: Path, n: int, jobs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / f"first-{n}.jsonl"
        with corpus.open("rb") as src, part.open("wb") as dst:
            dst.writelines(itertools.islice(src, n))
        cmd = [sys.executable, "-c", "from claimledger.cli import main; main()", "ingest", str(part),
               "--db", str(Path(tmp) / "ledger.duckdb"), "--jobs", str(jobs), "--json"]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        # ru_maxrss of the children so far: each size runs in a fresh bench process (see main)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        summary = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.stdout.strip() else {}
        size_mb = (Path(tmp) / "ledger.duckdb").stat().st_size / 2**20
    return {"documents": n, "jobs": jobs, "seconds": round(seconds, 1),
            "docs_per_s": round(n / seconds, 2), "peak_rss_mb": round(peak_mb, 1),
            "ledger_mb": round(size_mb, 1), "exit_code": proc.returncode, "summary": summary}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 7384])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process
    ap.add_argument("--out", type=Path, default=HERE / "results" / "memory.json")
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run(args.corpus, args.one, args.jobs)))
        return 0
    rows = []
    for n in args.sizes:  # each size in its own process, so ru_maxrss is that size's peak alone
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--corpus", str(args.corpus),
                              "--jobs", str(args.jobs)], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"{row['documents']:>6} documents  {row['seconds']:>8.1f} s  {row['docs_per_s']:>6.2f} docs/s  "
              f"peak {row['peak_rss_mb']:>7.1f} MB  ledger {row['ledger_mb']:.1f} MB  exit {row['exit_code']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"corpus": str(args.corpus.name), "runs": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
