#!/usr/bin/env python3
"""Accuracy on the public benchmarks in ../shared/benchmarks, scored with each README's protocol.

    python bench/accuracy.py [--shared ../shared] [--only attribution|quantities|pages]

Prints one table (claimledger's rows, and quantulum3's beside them on the quantity sets) and
writes bench/results/accuracy.json.  The scorers are the benchmarks' own ``score.py`` files, run
as they ship; this script only produces predictions in their formats.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def run_attribution(shared: Path) -> dict:
    """Feed each Wikinews article as a JSONL line (id, text, date); score claim records."""
    from claimledger.model import Document
    from claimledger.pipeline import analyze_documents

    gold_dir = shared / "benchmarks" / "attribution" / "dev"
    docs = []
    for path in sorted(gold_dir.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        docs.append(Document(text=g["text"], doc_ref=g["id"], published=g.get("date"), format="jsonl"))
    t0 = time.perf_counter()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for a in analyze_documents(docs):
            for c in a.claims:
                rec = c.to_dict()
                rec["doc_id"] = rec["doc_ref"]  # the scorer keys articles by their own id
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        pred = fh.name
    seconds = time.perf_counter() - t0
    res = subprocess.run([sys.executable, str(shared / "benchmarks" / "attribution" / "score.py"), pred,
                          "--gold", str(gold_dir)], capture_output=True, text=True, check=True)
    os.unlink(pred)
    out = json.loads(res.stdout)
    out["seconds"] = round(seconds, 2)
    return out


def flat_attribution(res: dict) -> list[tuple[str, str, dict]]:
    rows = []
    for part in ("statements", "quantities"):
        for field, prf in res[part].items():
            rows.append((part, field, prf))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared/ folder (default: %(default)s)")
    ap.add_argument("--only", choices=["attribution", "quantities", "pages"], help="run one benchmark")
    ap.add_argument("--out", default=str(HERE / "results" / "accuracy.json"))
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    results: dict = {}
    if args.only in (None, "attribution"):
        results["attribution"] = run_attribution(shared)
        print(f"{'attribution':<12} {'field':<22} {'P':>6} {'R':>6} {'F1':>6}  (n_gold)")
        for part, field, prf in flat_attribution(results["attribution"]):
            print(f"{part:<12} {field:<22} {prf['precision']:>6.3f} {prf['recall']:>6.3f} {prf['f1']:>6.3f}  ({prf['n_gold']})")
    # the quantity sets (quantulum3 side by side) and the page segmentation set have their own
    # scripts; run them as they are and gather their result files here
    for name in ("quantities", "pages"):
        if args.only in (None, name):
            subprocess.run([sys.executable, str(HERE / f"{name}.py")], check=True)
            results[name] = json.loads((HERE / "results" / f"{name}.json").read_text())
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    if Path(args.out).exists() and args.only:
        old = json.loads(Path(args.out).read_text())
        old.update(results)
        results = old
    Path(args.out).write_text(json.dumps(results, indent=1) + "\n")
    print(f"written {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
