#!/usr/bin/env python3
"""Derive the common nouns that head an attribution's source from PolNeAR **train** (never dev).

    python bench/polnear_speakers.py [--shared ../shared] [--parse-cache /tmp/attr_cache]
                                     [--out claimledger/lexicon/speakers_polnear.tsv]

Why: the hand-written speaker nouns (``lexicon.attribution.SPEAKER_NOUNS`` …) were written from
Wikinews; political news is spoken by campaigns, candidates, nominees, allies, advocates,
conservatives, and a cue's subject headed by a noun outside the lists is dropped ("The Trump
campaign said …" gave no statement).  Reading the source heads off the gold gives a list whose
entries are backed by counts.

How: each train article is segmented and parsed as claimledger reads it (the parse cache of
bench/accuracy.py); a gold source span's head is its token whose head lies outside the span;
``as_source`` counts the gold sources headed by a common noun with that lemma; ``as_subject``
counts every nominal subject with that lemma in train; ``source_rate`` = as_source / as_subject
(a lower bound: PolNeAR annotates nested attributions once).  ``include`` = as_source >= 3 and
source_rate >= 0.2 (a noun that speaks in at least one subject in five: 'campaign', not 'way').

Only lemmas and counts are written: no PolNeAR text leaves the benchmark.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

MIN_AS_SOURCE = 3
MIN_RATE = 0.2


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--parse-cache", default="/tmp/attr_cache")
    ap.add_argument("--out", default=str(ROOT / "claimledger" / "lexicon" / "speakers_polnear.tsv"))
    args = ap.parse_args(argv)
    from spacy.tokens import DocBin

    from accuracy import polnear_documents
    from claimledger.parse.models import load_pipeline
    from claimledger.pipeline import TEXT_KINDS, _pieces
    from claimledger.segment.page import segment_document
    from claimledger.settings import DEFAULT_SETTINGS as S

    shared = Path(args.shared)
    nlp = load_pipeline(S.model)
    docs = list(DocBin().from_disk(Path(args.parse_cache) / "polnear-train.spacy").get_docs(nlp.vocab))
    gold = {}
    with gzip.open(shared / "benchmarks" / "polnear" / "train.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            gold[g["id"]] = g
    as_source, as_subject = collections.Counter(), collections.Counter()
    k = 0
    for d in polnear_documents(shared, "train"):
        pieces = [p for seg in segment_document(d) if seg.kind in TEXT_KINDS for p in _pieces(d, seg, S.max_segment_chars)]
        parsed = list(zip(pieces, docs[k:k + len(pieces)]))
        k += len(pieces)
        for seg, pd in parsed:
            if seg.in_title:
                continue
            for t in pd:
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN":
                    as_subject[t.lemma_.lower()] += 1
        for a in gold[d.doc_ref[:-4]]["attributions"]:
            if not a["source"]:
                continue
            s, e = a["source"]
            hit = next(((seg, pd) for seg, pd in parsed if not seg.in_title and seg.start <= s < seg.end), None)
            if hit is None:
                continue
            seg, pd = hit
            toks = [t for t in pd if s <= t.idx + seg.start < e]
            heads = [t for t in toks if t.head.i == t.i or not s <= t.head.idx + seg.start < e]
            if heads and heads[0].pos_ == "NOUN":
                as_source[heads[0].lemma_.lower()] += 1
    rows = []
    for lemma, n in as_source.items():
        m = max(as_subject[lemma], n)
        rows.append((lemma, n, m, n / m, int(n >= MIN_AS_SOURCE and n / m >= MIN_RATE)))
    rows.sort(key=lambda r: (-r[1], r[0]))
    included = [r for r in rows if r[4]]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Common nouns heading attribution sources in PolNeAR v1.0.0 train (840 articles; Newell,\n"
                 "# Margolin, Ruths, LREC 2018). Counts and lemmas only: no PolNeAR text is stored here.\n"
                 "# Made by bench/polnear_speakers.py: as_source = gold sources headed by the noun; as_subject =\n"
                 "# nominal subjects with that lemma in train; source_rate = as_source / as_subject.\n"
                 f"# include = as_source >= {MIN_AS_SOURCE} and source_rate >= {MIN_RATE}: {len(included)} nouns,"
                 f" heading {sum(r[1] for r in included)} of {sum(as_source.values())} noun-headed gold sources.\n"
                 "# Rows with as_source >= 2 are listed.\n")
        fh.write("noun\tas_source\tas_subject\tsource_rate\tinclude\n")
        for r in rows:
            if r[1] >= 2:
                fh.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]:.3f}\t{r[4]}\n")
    print(f"{len(included)} nouns included; written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
