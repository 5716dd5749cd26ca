#!/usr/bin/env python3
"""Derive the nouns that report as documents ("records show", "the results found") from PolNeAR
**train** (never dev, never test).

    python bench/polnear_document_heads.py [--cache /tmp/attr_cache] [--out claimledger/lexicon/cue_document_heads_polnear.tsv]

Why: the document cues ("show", "find", "conclude", "read") report only from a subject that is a
document (``lexicon.attribution.DOCUMENT_HEADS``, hand-written: "poll", "report", "study" …): "the
video showed fighters" and "she found the job hard" report nothing, "the poll showed" does.  The
hand list missed subjects that train shows reporting nearly every time ("records show", "the
results found", "emails show", "polling shows").

How: every verb of a train paragraph (the parse cache ``bench/accuracy.py --parse-cache`` writes)
whose lemma is a document cue and whose subject is a common noun; per subject lemma, ``n`` its
occurrences and ``cue`` those where a gold cue covers the verb.  ``include`` = 1 for a noun with
at least :data:`MIN_N` occurrences and a cue rate of at least :data:`MIN_RATE` (names and pronouns
are not counted: "Carson found" says nothing of every Carson).  Lemmas and counts only: no PolNeAR
text leaves the benchmark.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

#: occurrences a noun needs before its rate is read
MIN_N = 3
#: the share of its occurrences as a document cue's subject that must be gold cues
MIN_RATE = 0.7


def derive(cache: Path):
    from polnear_noun_cues import covered, train_paragraphs

    from claimledger.lexicon import attribution as lex

    n, cue = collections.Counter(), collections.Counter()
    for text, ws, gold, off, doc in train_paragraphs(cache):
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.DOCUMENT_CUES:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ != "NOUN":
                continue
            vtok = covered(text, ws, off, verb.idx, verb.idx + len(verb))
            n[subj.lemma_.lower()] += 1
            cue[subj.lemma_.lower()] += any(vtok & c for c, _ in gold)
    return n, cue


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/attr_cache")
    ap.add_argument("--out", default=str(ROOT / "claimledger" / "lexicon" / "cue_document_heads_polnear.tsv"))
    args = ap.parse_args(argv)
    n, cue = derive(Path(args.cache))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Nouns that report as documents, derived from PolNeAR v1.0.0 train (840 articles) by\n"
                 "# bench/polnear_document_heads.py: common nouns as the subject of a document cue (show, find,\n"
                 "# conclude, read); n: such occurrences; cue: of those, a gold cue covers the verb;\n"
                 f"# include: n >= {MIN_N} and cue/n >= {MIN_RATE}. Nouns seen twice or more are listed.\n"
                 "noun\tn\tcue\trate\tinclude\n")
        for k in sorted(n, key=lambda k: (-cue[k], -n[k], k)):
            if n[k] < 2:
                continue
            rate = cue[k] / n[k]
            fh.write(f"{k}\t{n[k]}\t{cue[k]}\t{rate:.3f}\t{int(n[k] >= MIN_N and rate >= MIN_RATE)}\n")
    print(sorted(k for k in n if n[k] >= MIN_N and cue[k] / n[k] >= MIN_RATE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
