#!/usr/bin/env python3
"""Accuracy on the public benchmarks in ../shared/benchmarks, scored with each README's protocol.

    python bench/accuracy.py [--shared ../shared] [--only attribution|quantities|pages|polnear]
    python bench/accuracy.py --only polnear --split train --errors /tmp/polnear-train-errors.jsonl

Prints one table (claimledger's rows, and quantulum3's beside them on the quantity sets) and
writes bench/results/accuracy.json.  PolNeAR (external gold, 2016 US political news) is scored on
dev by default; ``--split train`` scores the train articles instead (stored as "polnear_train"),
which is where error study and cue derivation happen so that dev stays a fair measurement.  The scorers are the benchmarks' own ``score.py`` files, run
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


#: reference rows from ../shared/benchmarks/polnear/README.md (same scorer, dev): the annotators'
#: agreement is the practical ceiling; textacy's direct_quotations is the off-the-shelf tool
POLNEAR_REFERENCE = {
    "annotator agreement": {"rel_P": 0.783, "rel_R": 0.820, "rel_F1": 0.801, "content_partial_F1": 0.858, "dq_F1": 0.988},
    "textacy 0.13 direct_quotations": {"rel_P": 0.602, "rel_R": 0.184, "rel_F1": 0.282, "content_partial_F1": 0.352, "dq_F1": 0.682},
}

#: the PolNeAR figures shown in the table and gated (keys of score.py's summary line)
POLNEAR_FIGURES = ("rel_P", "rel_R", "rel_F1", "cue_acc_matched", "source_acc_matched",
                   "content_partial_F1", "dq_P", "dq_R", "dq_F1")


def polnear_documents(shared: Path, split: str = "dev"):
    """Each PolNeAR article as the plain-text page the README describes (headline on the first
    line), named ``<id>.txt`` so score.py maps claims to articles by the basename of doc_ref."""
    import gzip

    from claimledger.model import Document

    path = shared / "benchmarks" / "polnear" / f"{split}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            yield Document(text=g["text"], doc_ref=f"{g['id']}.txt", published=g.get("date"), format="text")


def analyze_cached(documents, cache: Path):
    """``analyze_documents`` with the parses kept in ``cache`` (a spaCy DocBin per split), so
    that a change to the extraction rules is measured on train in the time of the rules alone.
    The parses depend only on the model and the segmentation, neither of which the rules touch;
    delete the cache when either changes."""
    from spacy.tokens import DocBin

    from claimledger.claims.assemble import assemble_claims
    from claimledger.parse.models import load_pipeline
    from claimledger.pipeline import TEXT_KINDS, Analysis, _pieces, _segment_text
    from claimledger.segment.page import segment_document
    from claimledger.settings import DEFAULT_SETTINGS as S

    plans = []
    for doc in documents:
        segments = segment_document(doc)
        pieces = [p for seg in segments if seg.kind in TEXT_KINDS for p in _pieces(doc, seg, S.max_segment_chars)]
        plans.append((doc, segments, pieces))
    nlp = load_pipeline(S.model)
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        texts = [_segment_text(doc, seg) for doc, _, pieces in plans for seg in pieces]
        docs = list(nlp.pipe(texts, batch_size=S.batch_size))
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    k = 0
    for doc, segments, pieces in plans:
        parsed = list(zip(pieces, docs[k:k + len(pieces)]))
        k += len(pieces)
        yield Analysis(doc, tuple(segments), tuple(assemble_claims(doc, parsed)))


def run_polnear(shared: Path, split: str = "dev", errors: str | None = None, predictions: str | None = None,
                parse_cache: str | None = None) -> dict:
    """Analyse PolNeAR ``split`` (one model load, batched) and score it with the benchmark's
    score.py (merged relations, its default).  Returns score.py's summary line plus the
    prediction counts, time taken, and the README's reference rows."""
    from claimledger.pipeline import analyze_documents

    t0 = time.perf_counter()
    words = 0
    if predictions:
        pred = predictions
    else:
        fd, pred = tempfile.mkstemp(suffix=".jsonl")
        os.close(fd)
    with open(pred, "w", encoding="utf-8") as fh:
        docs = polnear_documents(shared, split)
        analyses = analyze_cached(docs, Path(parse_cache) / f"polnear-{split}.spacy") if parse_cache \
            else analyze_documents(docs)
        for a in analyses:
            words += len(a.document.text.split())
            for c in a.claims:
                fh.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    seconds = time.perf_counter() - t0
    cmd = [sys.executable, str(shared / "benchmarks" / "polnear" / "score.py"), pred, "--split", split, "--name", "claimledger"]
    if errors:
        cmd += ["--errors", errors]
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    if not predictions:
        os.unlink(pred)
    summary_line, stats_line = res.stdout.strip().splitlines()[-2:]
    out = json.loads(summary_line)
    out.pop("system", None)
    out = {"split": split, **out, "pred_stats": json.loads(stats_line), "words": words, "seconds": round(seconds, 1)}
    if split == "dev":
        out["reference"] = POLNEAR_REFERENCE
    return out


def print_polnear(res: dict) -> None:
    widths = [max(6, len(k)) for k in POLNEAR_FIGURES]
    print(f"{'polnear ' + res['split']:<32} " + " ".join(f"{k:>{w}}" for k, w in zip(POLNEAR_FIGURES, widths)))
    rows = [("claimledger", res)] + list(res.get("reference", {}).items())
    for name, row in rows:
        print(f"{name:<32} " + " ".join(f"{row[k]:>{w}.3f}" if k in row else f"{'':>{w}}"
                                          for k, w in zip(POLNEAR_FIGURES, widths)))


def flat_attribution(res: dict) -> list[tuple[str, str, dict]]:
    rows = []
    for part in ("statements", "quantities"):
        for field, prf in res[part].items():
            rows.append((part, field, prf))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared/ folder (default: %(default)s)")
    ap.add_argument("--only", choices=["attribution", "quantities", "pages", "polnear"], help="run one benchmark")
    ap.add_argument("--split", default="dev", choices=["dev", "train"], help="PolNeAR split (default: %(default)s)")
    ap.add_argument("--errors", help="PolNeAR: write score.py's per-relation error listing here")
    ap.add_argument("--predictions", help="PolNeAR: keep claimledger's claim records here")
    ap.add_argument("--parse-cache", help="PolNeAR: keep the spaCy parses in this folder and reuse them (rules-only runs)")
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
    if args.only in (None, "polnear"):
        key = "polnear" if args.split == "dev" else f"polnear_{args.split}"
        results[key] = run_polnear(shared, args.split, args.errors, args.predictions, args.parse_cache)
        print_polnear(results[key])
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
