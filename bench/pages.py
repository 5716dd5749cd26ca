"""Page-segmentation benchmark: segment every page of the pages benchmark and score it, and
count the comments found on pages that have none.

    python bench/pages.py [--gold DIR] [--shared DIR] [--out bench/results/pages.json]

Writes the predictions in the scorer's format to a temporary file, runs the benchmark's own
``score.py`` on them (so the numbers are the scorer's, not ours), prints a table and stores the
scorer's JSON in ``bench/results/pages.json``.

The pages benchmark only holds pages *with* comments, so it cannot see a segmenter that invents
them (issue 18: live-blog times, "X writes:" and listicle numbers read as comment metadata gave
reader voice to a source's words).  The ``comment_free`` entry counts the comment segments found
on news known to have no comment section: the news corpus (JSONL, read as an ingest reads it)
and the PolNeAR train+dev articles, read both as JSONL (title + text) and as a ``.txt`` page
(the text alone, whose first line is the headline).  Every count should be zero.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))  # run from a checkout without installing

from claimledger.readers import read  # noqa: E402
from claimledger.readers.text import ReadOptions, read_text  # noqa: E402
from claimledger.segment.page import (  # noqa: E402
    comment_cue,
    segment_document,
    segment_text,
    segments_record,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the project
GOLD = SHARED / "benchmarks" / "pages"
#: how many offending pages each corpus lists by name
_LIST_PAGES = 20


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
    ap.add_argument("--shared", type=Path, default=SHARED,
                    help="folder holding corpora/news.jsonl and benchmarks/polnear (comment-free)")
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    pred_path = Path(tempfile.mkdtemp(prefix="claimledger-pages-")) / "pred.jsonl"
    spent = predict(args.gold, pred_path)
    res = subprocess.run([sys.executable, str(args.gold / "score.py"), str(pred_path),
                          "--gold", str(args.gold)], capture_output=True, text=True, check=True)
    scores = json.loads(res.stdout)
    scores["seconds_segmenting"] = round(spent, 4)
    scores["comment_free"] = comment_free(args.shared)
    args.out.write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(scores)
    return 0


def comment_free(shared: Path) -> dict:
    """Comment segments found on news without comments, per corpus (a missing corpus is left out)."""
    news = shared / "corpora" / "news.jsonl"
    polnear = [shared / "benchmarks" / "polnear" / f"{split}.jsonl.gz" for split in ("train", "dev")]
    polnear = [p for p in polnear if p.exists()]
    corpora = {}
    if news.exists():
        corpora["news_jsonl"] = _documents([news])
    if polnear:
        corpora["polnear_jsonl"] = _documents(polnear)
        corpora["polnear_txt"] = _text_pages(polnear)
    return {name: _count_comments(docs) for name, docs in corpora.items()}


def _documents(paths: list[Path]):
    """The documents exactly as an ingest reads them."""
    def fail(err):
        raise SystemExit(f"pages: {err}")
    return read([str(p) for p in paths], on_error=fail)


def _text_pages(paths: list[Path]):
    """Each JSONL article's text read as a ``.txt`` page would be (no title: line one heads it)."""
    def fail(err):
        raise SystemExit(f"pages: {err}")
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                data = io.BytesIO(row["text"].encode("utf-8"))
                yield from read_text(f"{row['id']}.txt", data, ReadOptions(on_error=fail))


def _count_comments(docs) -> dict:
    articles = with_comments = segments = 0
    by_cue: dict[str, int] = {}
    pages = []
    for doc in docs:
        articles += 1
        found = sum(1 for s in segment_document(doc) if s.kind == "comment")
        if not found:
            continue
        cue = comment_cue(doc) or "?"
        with_comments += 1
        segments += found
        by_cue[cue] = by_cue.get(cue, 0) + 1
        if len(pages) < _LIST_PAGES:
            pages.append({"id": doc.doc_ref, "comment_segments": found, "cue": cue})
    return {"articles": articles, "with_comments": with_comments, "comment_segments": segments,
            "by_cue": by_cue, "pages": pages}


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
    for name, row in (scores.get("comment_free") or {}).items():
        print(f"comment-free {name:14} articles={row['articles']}  with_comments={row['with_comments']}"
              f"  comment_segments={row['comment_segments']}  by_cue={json.dumps(row['by_cue'])}")


if __name__ == "__main__":
    sys.exit(main())
