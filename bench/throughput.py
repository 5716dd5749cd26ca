#!/usr/bin/env python3
"""Throughput: bare spaCy parse, claimledger analyze, claimledger ingest, quantulum3 — one run,
one corpus, side by side.

    python bench/throughput.py [--corpus ../shared/corpora/news.jsonl] [--limit 500]

Prints documents/s and words/s per stage; the last line is one JSON object with
``spacy_words_per_s``, ``analyze_words_per_s``, ``ingest_words_per_s``, ``quantulum3_words_per_s``
and ``peak_rss_mb``.  Results also go to bench/results/throughput.json.  Without a corpus the
bundled example is repeated.
"""
from __future__ import annotations

import argparse
import itertools
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def load_docs(corpus: Path | None, limit: int):
    from claimledger.model import Document
    from claimledger.readers import read

    if corpus and corpus.exists():
        docs = list(itertools.islice(read([str(corpus)], on_error=lambda e: None), limit))
    else:
        text = (ROOT / "examples" / "000_3b5cfa872b3243a6.txt").read_text(encoding="utf-8")
        docs = [Document(text=text + f"\n\n{i}", doc_ref=f"example-{i}") for i in range(limit)]
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "news.jsonl"))
    ap.add_argument("--limit", type=int, default=500, help="documents to use (default: %(default)s)")
    ap.add_argument("--skip-quantulum3", action="store_true", help="leave quantulum3 out")
    ap.add_argument("--out", default=str(HERE / "results" / "throughput.json"))
    args = ap.parse_args(argv)

    from claimledger.ingest import ingest
    from claimledger.nlp import load_pipeline
    from claimledger.pipeline import analyze_documents
    from claimledger.store import Ledger

    docs = load_docs(Path(args.corpus), args.limit)
    words = sum(len(((d.title or "") + " " + d.text).split()) for d in docs)
    nlp = load_pipeline()
    list(nlp.pipe(["warm up the pipeline."]))
    rows = {}

    def bare():
        for _ in nlp.pipe(((d.title or "") + "\n\n" + d.text for d in docs), batch_size=64):
            pass

    rows["spacy"] = timed(bare)
    rows["analyze"] = timed(lambda: sum(len(a.claims) for a in analyze_documents(docs)))
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "corpus.jsonl"
        with jsonl.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d.doc_ref, "title": d.title, "text": d.text, "date": d.published}) + "\n")
        with Ledger(Path(tmp) / "bench.duckdb") as ledger:
            rows["ingest"] = timed(lambda: ingest([str(jsonl)], ledger))
    if not args.skip_quantulum3:
        try:
            from quantulum3 import parser as q3

            rows["quantulum3"] = timed(lambda: [q3.parse(d.text) for d in docs])
        except ImportError:
            print("quantulum3 not installed (pip install -e '.[bench]'); its row is left out", file=sys.stderr)

    print(f"{len(docs)} documents, {words:,} words ({args.corpus if Path(args.corpus).exists() else 'bundled example'})")
    print(f"{'stage':<12} {'seconds':>8} {'docs/s':>8} {'words/s':>9}")
    result = {"documents": len(docs), "words": words}
    for name, sec in rows.items():
        print(f"{name:<12} {sec:>8.2f} {len(docs) / sec:>8.1f} {words / sec:>9.0f}")
        result[f"{name}_seconds"] = round(sec, 3)
        result[f"{name}_words_per_s"] = round(words / sec)
    result["analyze_vs_spacy"] = round(rows["spacy"] / rows["analyze"], 3)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
