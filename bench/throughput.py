#!/usr/bin/env python3
"""Throughput: bare spaCy parse, claimledger analyze, claimledger ingest (one process, --jobs 2,
--dask local with 2 workers), quantulum3 — one run, one corpus, side by side.

    python bench/throughput.py [--corpus ../shared/corpora/news.jsonl] [--limit 500]

Prints documents/s, words/s and peak memory per stage; the last line is one JSON object with
``spacy_words_per_s``, ``analyze_words_per_s``, ``ingest_words_per_s`` (one process),
``quantulum3_words_per_s`` and ``peak_rss_mb`` (the one-process ingest).  Results also go to
bench/results/throughput.json.  Without a corpus the bundled example is repeated.

Peak memory is sampled (every 0.1 s) over the whole process tree, so worker processes count; the
bench process itself holds the documents for the in-process stages, the ingest stages stream them
from a file.  The ingest stages include starting their workers and loading the model in each.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import threading
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


class PeakRSS:
    """Samples the resident memory of this process and all its children; ``peak`` in MB."""

    def __init__(self, interval: float = 0.1):
        import psutil

        self._me = psutil.Process()
        self.interval = interval
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil

        total = 0
        for p in [self._me, *self._me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        self.peak = max(self.peak, total / 2**20)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> "PeakRSS":
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def measure(fn) -> tuple[float, float]:
    """(seconds, peak RSS MB of the process tree) of one call."""
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        fn()
        seconds = time.perf_counter() - t0
    return seconds, mem.peak


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "news.jsonl"))
    ap.add_argument("--limit", type=int, default=500, help="documents to use (default: %(default)s)")
    ap.add_argument("--skip-quantulum3", action="store_true", help="leave quantulum3 out")
    ap.add_argument("--skip-parallel", action="store_true", help="leave out --jobs 2 and --dask local")
    ap.add_argument("--out", default=str(HERE / "results" / "throughput.json"))
    args = ap.parse_args(argv)

    from claimledger.parse.models import load_pipeline
    from claimledger.pipeline import analyze_documents
    from claimledger.run.ingest import ingest
    from claimledger.store.ledger import Ledger

    docs = load_docs(Path(args.corpus), args.limit)
    words = sum(len(((d.title or "") + " " + d.text).split()) for d in docs)
    nlp = load_pipeline()
    list(nlp.pipe(["warm up the pipeline."]))
    rows: dict[str, tuple[float, float]] = {}

    def bare():
        for _ in nlp.pipe(((d.title or "") + "\n\n" + d.text for d in docs), batch_size=64):
            pass

    rows["spacy"] = measure(bare)
    rows["analyze"] = measure(lambda: sum(len(a.claims) for a in analyze_documents(docs)))
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "corpus.jsonl"
        with jsonl.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d.doc_ref, "title": d.title, "text": d.text, "date": d.published}) + "\n")

        def run_ingest(name: str, **how):
            def go():
                with Ledger(Path(tmp) / f"{name}.duckdb") as ledger:
                    if "dask" in how:
                        from claimledger.run.dask import ingest_dask

                        ingest_dask([str(jsonl)], ledger, how["dask"], workers=how["workers"])
                    else:
                        ingest([str(jsonl)], ledger, jobs=how.get("jobs", 1))
            return go

        rows["ingest"] = measure(run_ingest("ingest"))
        if not args.skip_parallel:
            rows["ingest_jobs2"] = measure(run_ingest("jobs2", jobs=2))
            try:
                rows["ingest_dask2"] = measure(run_ingest("dask2", dask="local", workers=2))
            except ImportError:
                print("dask not installed (pip install 'dask[distributed]'); its row is left out", file=sys.stderr)
    if not args.skip_quantulum3:
        try:
            from quantulum3 import parser as q3

            rows["quantulum3"] = measure(lambda: [q3.parse(d.text) for d in docs])
        except ImportError:
            print("quantulum3 not installed (pip install -e '.[bench]'); its row is left out", file=sys.stderr)

    print(f"{len(docs)} documents, {words:,} words ({args.corpus if Path(args.corpus).exists() else 'bundled example'})")
    print(f"{'stage':<14} {'seconds':>8} {'docs/s':>8} {'words/s':>9} {'peak MB':>8}")
    result = {"documents": len(docs), "words": words}
    for name, (sec, peak) in rows.items():
        print(f"{name:<14} {sec:>8.2f} {len(docs) / sec:>8.1f} {words / sec:>9.0f} {peak:>8.0f}")
        result[f"{name}_seconds"] = round(sec, 3)
        result[f"{name}_docs_per_s"] = round(len(docs) / sec, 2)
        result[f"{name}_words_per_s"] = round(words / sec)
        result[f"{name}_peak_rss_mb"] = round(peak, 1)
    result["analyze_vs_spacy"] = round(rows["spacy"][0] / rows["analyze"][0], 3)
    result["peak_rss_mb"] = round(rows["ingest"][1], 1)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
