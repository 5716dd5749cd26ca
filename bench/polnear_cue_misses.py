#!/usr/bin/env python3
"""Where PolNeAR train misses stand with respect to the cue rules: counts by class, train only.

    python bench/accuracy.py --only polnear --split train --parse-cache /tmp/attr_cache \\
        --errors E.jsonl --predictions P.jsonl --out /tmp/x.json
    python bench/polnear_cue_misses.py E.jsonl P.jsonl [--cache /tmp/attr_cache] [--top 25]

Each gold attribution the scorer left unmatched ("fn") is read at its cue's head word in the
cached parse and put in one class:

- ``near``: a prediction overlaps its content, with IoU < 0.5 (a boundary, not a cue, problem);
- ``cue predicted, other content``: a statement has this cue, with content elsewhere;
- ``known cue, …``: the cue rules take the word (``cues.is_cue``) and no statement came of it;
  split by what ``statements._statement_for_cue`` did: ``no subject`` (``cues.subject_of`` found
  none), ``no content`` (a subject, but no statement: no complement, a guard), ``built, dropped``
  (a statement later removed as nested or duplicate), ``inside a quote``;
- ``verb not cue``: a verb the rules do not take, ``+subj`` when ``verb_cues.speaking_subject``
  finds a subject that can speak (the verb-in-frame lexicon's candidates), else ``nosubj``;
- ``<POS>``: a cue headed by another part of speech (noun, auxiliary "be", preposition …).

Each class is printed with its commonest cue lemmas and dependency relations, and split by whether
the gold has a source.  Counts and lemmas only: no PolNeAR text is printed.  What it showed on
extract.v30 (train, 8,000 unmatched; the figures cover every gold attribution with a cue):

- near 1,848 (content boundaries: "say" 290);
- verb not cue, +subj 1,829: spread thin ("have" 73, "make" 67, "call" 61, "take" 40, then < 25
  each): the verb-in-frame lexicon's tail, under half precise per row at these counts;
- verb not cue, nosubj 1,007 (advcl 208, acl 151 participles: "…, calling X", "voters backing Y");
- known cue, no content 841 ("say" 96 as a relative clause or parenthetical, "show"/"find" with a
  subject that is no document, "respond to"): the content rules of statements.py;
- nouns 815 ("support", "question", "criticism", "attack", under 40 each); "be" 356 ("is wary
  of", "her view is that"); known cue, no subject 558 (agentless passives "is expected", "known
  as", "was asked"); cue predicted, other content 234; prepositions 175 ("in a poll", "in a
  statement").
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def misses(errors: str) -> dict[str, dict[tuple, float]]:
    """Per article, the unmatched gold contents (as span tuples) with their best IoU."""
    out: dict[str, dict[tuple, float]] = collections.defaultdict(dict)
    for line in open(errors, encoding="utf-8"):
        r = json.loads(line)
        if r["type"] == "fn":
            out[r["id"]][tuple(map(tuple, r["gold"]["content_span"]))] = r["best_iou"]
    return out


def predicted_cues(predictions: str) -> dict[str, set[tuple[int, int]]]:
    out: dict[str, set] = collections.defaultdict(set)
    for line in open(predictions, encoding="utf-8"):
        c = json.loads(line)
        if c.get("kind") == "statement" and c.get("cue_span"):
            out[c["doc_ref"].rsplit(".", 1)[0]].add(tuple(c["cue_span"]))
    return out


def classify(head, best: float, cue_predicted: bool) -> str:
    from claimledger.extract.attribution import statements as st
    from claimledger.extract.attribution.cues import is_cue, subject_of
    from claimledger.extract.attribution.speakers import SpeakerMemory
    from claimledger.extract.attribution.verb_cues import speaking_subject
    from claimledger.extract.quotes import quote_spans

    if best > 0:
        return "near"
    if cue_predicted:
        return "cue predicted, other content"
    if is_cue(head):
        doc = head.doc
        quotes = quote_spans(doc.text)
        if any(s <= head.idx < e for s, e in quotes):
            return "known cue, inside a quote"
        if st._statement_for_cue(doc, head, quotes, SpeakerMemory(), True) is not None:
            return "known cue, built, dropped"
        return "known cue, no subject" if subject_of(head) is None else "known cue, no content"
    if head.pos_ == "VERB":
        return "verb not cue +subj" if speaking_subject(head) is not None else "verb not cue nosubj"
    return head.pos_


def main(argv=None) -> int:
    from polnear_cues import cue_head, tokens_in
    from polnear_noun_cues import load_train

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("errors")
    ap.add_argument("predictions")
    ap.add_argument("--cache", default="/tmp/attr_cache")
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args(argv)
    missed, cues = misses(args.errors), predicted_cues(args.predictions)
    count, lemmas, deps, sourced = (collections.Counter(), collections.defaultdict(collections.Counter),
                                    collections.defaultdict(collections.Counter), collections.Counter())
    for g, parsed in load_train(Path(args.cache)):
        fns = missed.get(g["id"])
        if not fns:
            continue
        for a in g["attributions"]:
            best = fns.get(tuple(map(tuple, a["content"])))
            if best is None or not a["cue"]:
                continue
            start = a["cue"][0][0]
            at = next(((off, doc) for off, doc in parsed if off is not None and off <= start < off + len(doc.text)), None)
            toks = tokens_in(at[1], [(s - at[0], e - at[0]) for s, e in a["cue"]]) if at else []
            if not toks:
                cls, lemma, dep = "headline or unparsed", "-", "-"
            else:
                head = cue_head(toks)
                hit = any(s <= at[0] + head.idx < e for s, e in cues[g["id"]])
                cls, lemma, dep = classify(head, best, hit), head.lemma_.lower(), head.dep_
            count[cls] += 1
            lemmas[cls][lemma] += 1
            deps[cls][dep] += 1
            sourced[cls] += bool(a.get("source"))
    for cls, n in count.most_common():
        print(f"{n:6d}  {cls}  (with a gold source: {sourced[cls]})")
        print("        lemmas: " + ", ".join(f"{k} {v}" for k, v in lemmas[cls].most_common(args.top)))
        print("        deps:   " + ", ".join(f"{k} {v}" for k, v in deps[cls].most_common(6)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
