#!/usr/bin/env python3
"""Derive the words news writes in lower case that can stand glued before a name, from the news
corpus (``../shared/corpora/news.jsonl``, 7,384 articles).

    python bench/news_casing.py [--shared ../shared] [--out claimledger/lexicon/lowercase_words_news.tsv]

Why: the small model's NER takes a description written before a name into the name ("Astronomer
Anthony Boccaletti", "Broadcaster Piers Morgan"), so the description became the source's name.
A given name is capitalised wherever it is written; a description is capitalised only at the
start of a sentence or a headline.  How often the corpus writes a word in lower case is the
signal (no frequency list is installed; the corpus is its own).

How: every alphabetic word of the corpus is counted in lower case (``lower``) and capitalised
where it does not start a sentence (``capitalised``); ``before_name`` counts the word written in
lower case right before two capitalised words ("astronomer Anthony Boccaletti", "former Vice
President"), the place a description stands, and ``describing`` is the share of those places (up to 20 a word)
where the tagger reads the word as a noun or an adjective.  ``include`` = lower >= 3, lower share >= 0.9,
before_name >= 1 and before_name / lower >= 0.01: words like "astronomer", "broadcaster",
"former", not given names that are also words ("Chip", "Sue", "Rand" fall out by share or never
stand before a name, "Will" and "Win" by how rarely they do) and describing >= 0.5 ("said",
"by", "and" stand before names too, as verbs and function words).

Only words and counts are written: no corpus text.
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

MIN_LOWER = 3
MIN_SHARE = 0.9
MIN_BEFORE_NAME = 1
#: share of a word's lower-case occurrences that stand right before a name: descriptions stand
#: there often ("astronomer" 2 of 3, "former" 129 of 651), function words and verbs that are
#: also given names rarely ("will" 3 of 10,242, "win" 3 of 606)
MIN_BEFORE_NAME_RATE = 0.01
#: the share of those places where the tagger reads the word as a noun or adjective
MIN_DESCRIBING = 0.5
DESCRIBING_TAGS = frozenset({"NN", "NNS", "JJ", "NNP"})
#: places before a name tagged per word
MAX_CONTEXTS = 20

_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]+(?:-[a-z]+)*(?![\w'’-])")
_BEFORE_NAME = re.compile(r"(?<![\w'’-])([a-z]+(?:-[a-z]+)*) [A-Z][a-z]+ [A-Z][a-z]+")


def count(path: Path) -> tuple[collections.Counter, collections.Counter, collections.Counter, dict]:
    lower, capitalised, before_name = collections.Counter(), collections.Counter(), collections.Counter()
    contexts: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            for m in _WORD.finditer(text):
                w = m.group()
                before = text[max(0, m.start() - 3):m.start()].rstrip(" \"“‘'(")
                starts_sentence = not before or before[-1] in ".!?:\n"
                if w[0].islower():
                    lower[w] += 1
                elif not starts_sentence and w[1:].islower():
                    capitalised[w.lower()] += 1
            for m in _BEFORE_NAME.finditer(text):
                before_name[m.group(1)] += 1
                if len(contexts[m.group(1)]) < MAX_CONTEXTS:
                    lo = max(0, m.start() - 60)
                    contexts[m.group(1)].append((text[lo:m.end() + 20], m.start() - lo))
    return lower, capitalised, before_name, contexts


def describing_share(contexts: dict[str, list[tuple[str, int]]], words: list[str]) -> dict[str, float]:
    """For each word, the share of its places right before a name where the tagger reads it as a
    noun or an adjective ("astronomer Ana Li", "former Governor"), not a verb or a preposition
    ("said Ana Li", "by Ana Li")."""
    sys.path.insert(0, str(ROOT))
    from claimledger.parse.models import load_pipeline
    from claimledger.settings import DEFAULT_SETTINGS as S

    nlp = load_pipeline(S.model)
    share = {}
    with nlp.select_pipes(enable=["tok2vec", "tagger"]):
        for w in words:
            texts = contexts.get(w, [])
            tags = []
            for doc, (_text, at) in zip(nlp.pipe([t for t, _ in texts]), texts):
                tok = next((t for t in doc if t.idx == at), None)
                if tok is not None:
                    tags.append(tok.tag_)
            share[w] = sum(t in DESCRIBING_TAGS for t in tags) / len(tags) if tags else 0.0
    return share


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "claimledger" / "lexicon" / "lowercase_words_news.tsv"))
    args = ap.parse_args(argv)
    corpus = Path(args.shared) / "corpora" / "news.jsonl"
    lower, capitalised, before_name, contexts = count(corpus)
    candidates = [w for w, n in lower.items() if n >= MIN_LOWER and n / (n + capitalised[w]) >= MIN_SHARE
                  and before_name[w] >= MIN_BEFORE_NAME and before_name[w] / n >= MIN_BEFORE_NAME_RATE]
    describing = describing_share(contexts, candidates)
    rows = []
    for w in candidates:
        n = lower[w]
        if describing[w] >= MIN_DESCRIBING:
            rows.append((w, n, capitalised[w], round(n / (n + capitalised[w]), 3), before_name[w], round(describing[w], 2)))
    rows.sort()
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Words the news corpus (../shared/corpora/news.jsonl, 7,384 articles) writes in lower case,\n"
                  "# also right before a capitalised name. Counts only: no corpus text is stored here.\n"
                  "# Made by bench/news_casing.py: lower = lower-case occurrences; capitalised = capitalised\n"
                  "# occurrences not at a sentence start; share = lower / (lower + capitalised); before_name =\n"
                  "# lower-case occurrences right before two capitalised words; describing = share of those\n"
                  f"# (up to {MAX_CONTEXTS}) the tagger reads as a noun or adjective.\n"
                  f"# include = lower >= {MIN_LOWER}, share >= {MIN_SHARE}, before_name >= {MIN_BEFORE_NAME}, "
                  f"before_name / lower >= {MIN_BEFORE_NAME_RATE}, describing >= {MIN_DESCRIBING}: "
                  f"{len(rows)} words.\n")
        out.write("word\tlower\tcapitalised\tshare\tbefore_name\tdescribing\tinclude\n")
        for r in rows:
            out.write("\t".join(map(str, r)) + "\t1\n")
    print(f"{len(rows)} words written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
