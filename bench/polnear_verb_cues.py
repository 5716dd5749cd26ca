#!/usr/bin/env python3
"""Derive the verb cues that report in a frame from PolNeAR **train** (never dev, never test).

    python bench/polnear_verb_cues.py [--cache /tmp/attr_cache] [--out claimledger/lexicon/verb_cues_polnear.tsv]

Why: about 3,900 train attributions claimledger misses have a verb for a cue that the cue rules
do not take: "supports the plan", "voted for Trump", "sees him as a threat", "focused on the
economy".  Such a verb is a cue far less often than a speech verb wherever it stands (cue_rate in
``cues_polnear.tsv``), so the word alone triggers nothing; what this counts is how often the verb
*in a given frame*, with a subject that can speak, heads a gold cue whose content is the span the
frame would report.

How: every verb of every train paragraph (the parse cache ``bench/accuracy.py --parse-cache``
writes) that the other cue rules do not take is read in the frames of
``claimledger/extract/attribution/verb_cues.py`` (``candidates``).  For each (lemma, frame) the
file keeps ``n``, the occurrences; ``free``, those not inside another gold attribution's content
(PolNeAR annotates each token once; the rules drop a belief or act reported inside another
statement, so a nested occurrence costs nothing); ``cue``, those where a gold cue covers the verb;
``hits``, those where, besides, the gold content has token IoU >= 0.5 with the frame's span (the
scorer's match).  ``lexicon/verb_cues.py`` chooses the rows.  Lemmas, frame names and counts only:
no PolNeAR text leaves the benchmark.
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



def verb_candidates(doc):
    from claimledger.extract.attribution.cues import is_base_cue
    from claimledger.extract.attribution.verb_cues import candidates

    return candidates(doc, is_base_cue)


def derive(cache: Path, candidates=verb_candidates):
    from polnear_noun_cues import covered, train_paragraphs

    n, free, cue_hits, hits = (collections.Counter() for _ in range(4))
    for text, ws, gold, off, doc in train_paragraphs(cache):
        for verb, frame, (s, e) in candidates(doc):
            key = (verb.lemma_.lower(), frame)
            vtok = covered(text, ws, off, verb.idx, verb.idx + len(verb))
            pred = covered(text, ws, off, s, e)
            is_cue = any(vtok & c for c, _ in gold)
            n[key] += 1
            free[key] += is_cue or not any(vtok & content for _, content in gold)
            cue_hits[key] += is_cue
            hits[key] += any(vtok & c and len(pred & content) / max(1, len(pred | content)) >= 0.5
                             for c, content in gold)
    return n, free, cue_hits, hits


def main(argv=None, candidates=verb_candidates, out="verb_cues_polnear.tsv",
         about="# bench/polnear_verb_cues.py: verbs the other cue rules do not take, with a subject that can speak.\n",
         chooser="lexicon/verb_cues.py") -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/attr_cache")
    ap.add_argument("--out", default=str(ROOT / "claimledger" / "lexicon" / out))
    args = ap.parse_args(argv)
    n, free, cue_hits, hits = derive(Path(args.cache), candidates)
    rows = sorted(n, key=lambda k: (-hits[k], -n[k], k))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Cues in their frames, derived from PolNeAR v1.0.0 train (840 articles) by\n" + about +
                 "# n: the verb (lemma) in the frame anywhere in train; free: of those, not inside another gold\n"
                 "# attribution's content; cue: a gold cue covers the verb; hits: besides, the gold content matches the\n"
                 f"# frame's span (token IoU >= 0.5); rate = hits/free. {chooser} chooses the rows it uses.\n"
                 "# Rows with 2+ hits are listed.\n"
                 "lemma\tframe\tn\tfree\tcue\thits\trate\n")
        for k in rows:
            if hits[k] < 2:
                continue
            fh.write(f"{k[0]}\t{k[1]}\t{n[k]}\t{free[k]}\t{cue_hits[k]}\t{hits[k]}\t{hits[k] / max(1, free[k]):.3f}\n")
    for frame in sorted({f for _, f in n}, key=lambda f: -sum(v for (_, g), v in hits.items() if g == f))[:20]:
        tot = sum(v for (_, f), v in n.items() if f == frame)
        h = sum(v for (_, f), v in hits.items() if f == frame)
        c = sum(v for (_, f), v in cue_hits.items() if f == frame)
        print(f"{frame:12s} n={tot:6d} cue={c:5d} hits={h:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
