#!/usr/bin/env python3
"""Everything claimledger says about a fixed sample, written to a folder to diff before and after a
change that should not change behaviour (a refactor, a speed-up).

    python bench/snapshot.py OUT_DIR [--news 300] [--shared ../shared]
    diff -r BEFORE_DIR AFTER_DIR

It drives the command line only (``analyze --json``, ``ingest``, ``series/conflicts/revisions/
sources --json``), so it runs unchanged on any layout of the package.  The sample: the founding
example, the Wikinews attribution dev articles, the twelve pages of the pages benchmark, the 51
articles of the ledger benchmark and the first ``--news`` articles of the news corpus.  Each
output is sorted so that only a change in what is said shows in the diff.  The sample texts are
research-use: the snapshot is written outside the repository and never committed.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _cli() -> list[str]:
    exe = shutil.which("claimledger", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "claimledger"]


def _run(args: list[str], cwd: Path, out: Path | None = None) -> str:
    """Run one command in ``cwd``; inputs are named relative to it, so document references do not
    carry the temporary folder's name and two snapshots compare line for line."""
    proc = subprocess.run(_cli() + args, capture_output=True, text=True, cwd=cwd)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"snapshot: {' '.join(args)} failed ({proc.returncode}): {proc.stderr[-500:]}")
    if out is not None:
        lines = sorted(line for line in proc.stdout.splitlines() if line.strip())
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return proc.stdout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--news", type=int, default=300, help="first N articles of the news corpus")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs = tmp / "in"
        inputs.mkdir()
        shutil.copy(next((ROOT / "examples").glob("*.txt")), inputs / "example.txt")
        with open(inputs / "attribution.jsonl", "w", encoding="utf-8") as fh:
            for p in sorted((a.shared / "benchmarks/attribution/dev").glob("*.json")):
                g = json.loads(p.read_text(encoding="utf-8"))
                fh.write(json.dumps({"id": g["id"], "text": g["text"], "date": g.get("date")}) + "\n")
        for p in sorted((a.shared / "benchmarks/pages").glob("dev*.txt")):
            shutil.copy(p, inputs / p.name)
        with open(a.shared / "corpora/news.jsonl", encoding="utf-8") as src, \
                open(inputs / "news.jsonl", "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= a.news:
                    break
                dst.write(line)
        shutil.copy(a.shared / "benchmarks/ledger/articles.jsonl", tmp / "ledger_articles.jsonl")
        out = a.out.resolve()
        _run(["analyze", "--json", "in"], tmp, out / "claims.jsonl")
        _run(["ingest", "--db", "ledger.duckdb", "ledger_articles.jsonl", "in/news.jsonl"], tmp)
        for view in ("series", "conflicts", "revisions", "sources"):
            _run([view, "--db", "ledger.duckdb", "--json"], tmp, out / f"{view}.jsonl")
    print(f"snapshot written to {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
