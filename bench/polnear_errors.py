#!/usr/bin/env python3
"""Why claimledger misses PolNeAR attributions: the misses of one train run, sorted into classes.

    python bench/accuracy.py --only polnear --split train --errors E.jsonl --out /tmp/x.json
    python bench/polnear_cues.py --dump K.json
    python bench/polnear_errors.py E.jsonl K.json [--examples 0]

E.jsonl is score.py's error listing; K.json gives each gold attribution's cue key (the lemma form
of its cue, as bench/polnear_cues.py reduces it).  Each gold attribution left unmatched ("fn") is
put in the first class that fits, in this order:

- headline: its content lies on the article's first line (the "claim: source" headline form);
- transcript: its cue is a colon after a speaker written in capitals ("PENCE:");
- near miss: a prediction overlaps its content, but with IoU < 0.5 (boundaries differ: an
  interrupted quote not merged, a content cut at a clause, two attributions read as one);
- state of mind / perception: a cue outside the hand-written lists that reports a belief, wish,
  plan, fear, perception or appearance ("thinks", "wants", "seemed", "sees");
- finding: a cue that reports what a poll, study or document shows (whether in the lists or not:
  the rules take "show"/"find" only from a document subject);
- judging speech act, light verb / copula, phrasal cue, punctuation, and other cues outside the lists;
- known cue, content missed: the cue is in the hand-written lists and nothing was predicted there.

Train only: dev stays for measurement.  Prints counts (and, with --examples N, the cue words of
each class); no PolNeAR text is written anywhere.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

# analysis-only categories for sorting misses (not used by any rule; the rules' lists live in
# claimledger/lexicon): verbs of believing, wanting, planning, fearing, perceiving, seeming
MIND_CUES = frozenset("""
think believe want hope fear know see expect seem appear feel worry view plan wish intend consider
assume doubt suspect understand realize realise learn hear notice watch recognize recognise
imagine wonder trust prefer like love hate need aim seek try decide choose remember forget
agree disagree support oppose back favor favour endorse reject refuse decline hop
""".split())  # "hop": spaCy's lemma of "hopes"
#: analysis-only: verbs by which a poll, study or document reports
FINDING_CUES = frozenset({"show", "find", "indicate", "reveal", "conclude", "poll", "survey", "give"})
#: analysis-only: speech acts that judge (PolNeAR credits "X criticized Y for Z" to X)
JUDGING_CUES = frozenset("""
criticize criticise attack praise defend denounce blame dismiss blast slam condemn applaud
commend mock ridicule decry lambaste hail accuse thank congratulate chide rebuke scold
""".split())
#: analysis-only: light verbs and copulas whose cue-hood comes from their object ("made the case")
LIGHT_CUES = frozenset({"be", "have", "make", "take", "give", "do", "get"})


def hand_written_cues() -> set[str]:
    """Every cue key the current rules accept, in the derived lexicon's key form."""
    from claimledger.lexicon import attribution as lex

    keys = set(lex.CUE_VERBS) | set(lex.STANCE_CUES) | set(lex.LISTENER_CUES) | {"call", "according to"}
    keys |= {" ".join(p) for p in lex.PHRASAL_CUES}
    return keys


def classify(err: dict, key: str | None, known: set[str], headline_end: int | None) -> str:
    g = err["gold"]
    start = min(s for s, _ in g["content_span"]) if g["content_span"] else 0
    if headline_end is not None and start < headline_end:
        return "headline"
    if key == ":" and g.get("source") and re.fullmatch(r"[A-Z][A-Z .'-]+", g["source"].strip()):
        return "transcript speaker"
    if err.get("best_iou", 0) > 0:
        return "near miss (content boundaries)"
    head = (key or "").split(" ")[0]
    if head in FINDING_CUES:  # in the lists or not: the rules take them only from documents
        return "finding of a poll / study / document"
    if key in known or head in known:
        return "known cue, content missed"
    if head in MIND_CUES:
        return "cue outside lists: state of mind / perception"
    if head in JUDGING_CUES:
        return "cue outside lists: judging speech act (criticize, praise, attack …)"
    if head in LIGHT_CUES:
        return "cue outside lists: light verb / copula (be, have, make …)"
    if key and " " in key:
        return "cue outside lists: phrasal (talk about, refer to, focus on …)"
    if key in (None, ":") or not key.isalpha():
        return "cue outside lists: colon or punctuation (not transcript/headline)"
    return "cue outside lists: other"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("errors")
    ap.add_argument("keys")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--examples", type=int, default=0, help="show the N commonest cue keys of each class")
    args = ap.parse_args(argv)
    import gzip

    first_line = {}
    with gzip.open(Path(args.shared) / "benchmarks" / "polnear" / "train.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            first_line[g["id"]] = g["text"].find("\n") if "\n" in g["text"] else len(g["text"])
    keys = json.loads(Path(args.keys).read_text())["keys_by_article"]
    key_of = {(aid, json.dumps(frags)): k for aid, rows in keys.items() for frags, k in rows}
    known = hand_written_cues()
    classes = collections.Counter()
    cue_keys: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    n = collections.Counter()
    outside = 0
    with open(args.errors, encoding="utf-8") as fh:
        for line in fh:
            e = json.loads(line)
            n[e["type"]] += 1
            if e["type"] != "fn":
                continue
            key = key_of.get((e["id"], json.dumps(e["gold"]["content_span"])))
            c = classify(e, key, known, first_line.get(e["id"]))
            classes[c] += 1
            cue_keys[c][key] += 1
            head = (key or "").split(" ")[0]
            outside += not (key in known or head in known)
    total = n["fn"]
    print(f"train: {n['match']} matched, {total} missed (fn), {n['fp']} unmatched predictions (fp)")
    print(f"misses whose cue is outside the hand-written lists (any class): {outside} ({outside / total:.1%})")
    for c, k in classes.most_common():
        print(f"{k:>6} {k / total:>6.1%}  {c}")
        if args.examples:
            print("         " + ", ".join(f"{w} {m}" for w, m in cue_keys[c].most_common(args.examples)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
