#!/usr/bin/env python3
"""Derive the noun cues and their frames from PolNeAR **train** (never dev, never test).

    python bench/polnear_noun_cues.py [--cache /tmp/attr_cache] [--out claimledger/lexicon/noun_cues_polnear.tsv]

Why: about 900 train attributions that claimledger misses outright have a noun for a cue ("the
claim that …", "his belief that …", "expressed support for …").  A noun is a cue far less often
than a speech verb, so a noun alone triggers nothing; what this counts is how often a noun *in a
given frame* heads a gold cue whose content is the span the frame would report.

How: every noun of every train paragraph (the parse cache ``bench/accuracy.py --parse-cache``
writes) is read in the frames of ``claimledger/extract/attribution/noun_cues.py`` (``frame_of``:
a "that"-clause hanging from the noun, the noun as the object of a verb with "for"/"of"/"on"/
"against"/"to"-infinitive content …).  For each (lemma, frame) the file keeps ``n``, the
occurrences, and ``hits``, those where a gold attribution's cue covers the noun and its content
has token IoU >= 0.5 with the span the frame reports (the scorer's match).  ``lexicon/noun_cues.py``
chooses the rows (thresholds and frames measured on train).  Lemmas, frame names and counts only: no PolNeAR text leaves the benchmark.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

_WS = re.compile(r"\S+")


def _tokens(text: str, s: int, e: int, starts: list[tuple[int, int]]) -> frozenset:
    return frozenset(i for i, (a, b) in enumerate(starts) if a < e and b > s)


def load_train(cache: Path):
    """(gold article, [(char offset of the piece, parsed Doc)]) for every train article."""
    from spacy.tokens import DocBin

    from claimledger.model import Document
    from claimledger.parse.models import load_pipeline
    from claimledger.pipeline import TEXT_KINDS, _pieces
    from claimledger.segment.page import segment_document
    from claimledger.settings import DEFAULT_SETTINGS as S

    path = Path("/work/shared/benchmarks/polnear/train.jsonl.gz")
    arts = [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]
    nlp = load_pipeline(S.model)
    docs = list(DocBin().from_disk(cache / "polnear-train.spacy").get_docs(nlp.vocab))
    k = 0
    for g in arts:
        doc = Document(text=g["text"], doc_ref=f"{g['id']}.txt", published=g.get("date"), format="text")
        pieces = [p for seg in segment_document(doc) if seg.kind in TEXT_KINDS
                  for p in _pieces(doc, seg, S.max_segment_chars)]
        parsed = []
        for p in pieces:
            parsed.append((None if p.in_title else p.start, docs[k]))
            k += 1
        yield g, parsed


def gold_cues_and_contents(g: dict) -> tuple[list, list]:
    """An article's word spans and, per gold attribution, its cue's and content's words (as
    sets of word indices), the unit both derivations compare in."""
    text = g["text"]
    ws = [(m.start(), m.end()) for m in _WS.finditer(text)]
    gold = []
    for a in g["attributions"]:
        content = frozenset().union(*(_tokens(text, s, e, ws) for s, e in a["content"]))
        cue = frozenset().union(*(_tokens(text, s, e, ws) for s, e in a["cue"]))
        gold.append((cue, content))
    return ws, gold


def train_paragraphs(cache: Path):
    """(article text, its word spans, its gold (cue, content) word sets, the paragraph's char
    offset, the paragraph's parse) for every body paragraph of train: the loop every
    derivation runs (headline pieces, with no offset, are left out)."""
    for g, parsed in load_train(cache):
        ws, gold = gold_cues_and_contents(g)
        for off, doc in parsed:
            if off is not None:
                yield g["text"], ws, gold, off, doc


def covered(text: str, ws: list, off: int, start: int, end: int) -> frozenset:
    """The article words a span of a paragraph's parse (its char offsets) covers."""
    return _tokens(text, off + start, off + end, ws)


def derive(cache: Path):
    from claimledger.extract.attribution.noun_cues import candidates

    n = collections.Counter()
    hits = collections.Counter()
    cue_hits = collections.Counter()
    for text, ws, gold, off, doc in train_paragraphs(cache):
        for noun, frame, (s, e) in candidates(doc):
            key = (noun.lemma_.lower(), frame)
            n[key] += 1
            ntok = covered(text, ws, off, noun.idx, noun.idx + len(noun))
            pred = covered(text, ws, off, s, e)
            cue_hits[key] += any(ntok & cue for cue, _ in gold)
            if any(ntok & cue and len(pred & content) / max(1, len(pred | content)) >= 0.5
                   for cue, content in gold):
                hits[key] += 1
    return n, hits, cue_hits


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/attr_cache")
    ap.add_argument("--out", default=str(ROOT / "claimledger" / "lexicon" / "noun_cues_polnear.tsv"))
    args = ap.parse_args(argv)
    n, hits, cue_hits = derive(Path(args.cache))
    rows = sorted(n, key=lambda k: (-hits[k], -n[k], k))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Noun cues in their frames, derived from PolNeAR v1.0.0 train (840 articles) by\n"
                 "# bench/polnear_noun_cues.py. n: the noun (lemma) in the frame anywhere in train;\n"
                 "# cue: of those, the noun lies in a gold cue; hits: of those, the noun heads a gold cue whose content matches the frame's span\n"
                 "# (token IoU >= 0.5); rate = hits/n. lexicon/noun_cues.py chooses the rows it uses.\n"
                 "lemma\tframe\tn\tcue\thits\trate\n")
        for k in rows:
            if hits[k] == 0:
                continue
            rate = hits[k] / n[k]
            fh.write(f"{k[0]}\t{k[1]}\t{n[k]}\t{cue_hits[k]}\t{hits[k]}\t{rate:.3f}\n")
    for frame in sorted({f for _, f in n}):
        tot = sum(v for (l, f), v in n.items() if f == frame)
        h = sum(v for (l, f), v in hits.items() if f == frame)
        c = sum(v for (l, f), v in cue_hits.items() if f == frame)
        if h:
            print(f"{frame:16s} n={tot:6d} cue={c:5d} hits={h:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
