"""Page-segmentation benchmark: segment every page of the pages benchmark and score it.

    python bench/pages.py [--gold DIR] [--out bench/results/pages.json]

Writes the predictions in the scorer's format to a temporary file, runs the benchmark's own
``score.py`` on them (so the numbers are the scorer's, not ours), prints a table and stores the
scorer's JSON in ``bench/results/pages.json``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))  # run from a checkout without installing

from claimledger.segment.page import segment_text, segments_record  # noqa: E402

GOLD = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "pages"  # ../shared beside the project


def predict(gold: Path, pred_path: Path) -> float:
    """Write one prediction line per page; return the seconds spent segmenting."""
    spent = 0.0
    with pred_path.open("w", encoding="utf-8") as out:
        for txt in sorted(gold.glob("*.txt")):
            text = txt.read_text(encoding="utf-8")
            t0 = time.perf_counter()
            segs = segment_text(text)
            spent += time.perf_counter() - t0
            out.write(json.dumps(segments_record(txt.stem, segs), ensure_ascii=False) + "\n")
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=ROOT / "results" / "pages.json")
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    pred_path = Path(tempfile.mkdtemp(prefix="claimledger-pages-")) / "pred.jsonl"
    spent = predict(args.gold, pred_path)
    res = subprocess.run([sys.executable, str(args.gold / "score.py"), str(pred_path),
                          "--gold", str(args.gold)], capture_output=True, text=True, check=True)
    scores = json.loads(res.stdout)
    scores["seconds_segmenting"] = round(spent, 4)
    args.out.write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(scores)
    return 0


def _fmt(row: dict, keys: tuple[str, ...]) -> str:
    return "  ".join(f"{k}={row[k]:.3f}" if isinstance(row.get(k), (int, float)) else f"{k}=n/a"
                     for k in keys if k in row)


def print_table(scores: dict) -> None:
    keys = ("kind_accuracy", "comment_f1", "comment_precision", "comment_recall", "author_accuracy")
    flat = {k: v for k, v in scores.items() if not isinstance(v, dict)}
    print("overall    " + _fmt(flat, keys))
    for name, row in sorted((scores.get("per_variant") or {}).items()):
        print(f"variant {name}  " + _fmt(row, keys))
    for name, row in sorted((scores.get("per_kind") or {}).items()):
        print(f"kind {name:16} " + json.dumps(row))


if __name__ == "__main__":
    sys.exit(main())
