#!/usr/bin/env python3
"""Why a known cue made no statement on PolNeAR train: the speaker step, sorted by the parse.

    python bench/accuracy.py --only polnear --split train --parse-cache /tmp/attr_cache --errors E.jsonl
    python bench/polnear_speaker_misses.py E.jsonl [--examples 3]

Each gold attribution left unmatched ("fn") whose cue word is a cue of the rules (``is_cue``) is
put in one class by what the speaker step did with it: no subject (by the cue's own relation and
where the gold source sits in the parse), a subject the speaker description rejected (by the
subject's word class), a document cue without a document subject, or "speaker found" (the miss
lies elsewhere: content, boundaries).  Train only; prints counts and, with --examples N, short
cue/source words of each class (no article text is written anywhere).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.polnear_noun_cues import load_train  # noqa: E402


def _gold_head(doc, off, span):
    """The token heading the gold source span in the parse (its head outside the span)."""
    s, e = span
    toks = [t for t in doc if s <= off + t.idx < e]
    if not toks:
        return None
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])


def no_subject_class(cue, gold) -> str:
    """Why ``subject_of`` found nothing: the cue's relation, and the gold source's place."""
    passive = any(c.dep_ == "auxpass" for c in cue.children) or cue.dep_ == "nsubjpass"
    if passive:
        return "passive without by-agent" if not any(c.dep_ == "agent" for c in cue.children) else "passive"
    where = "none" if gold is None else ("left" if gold.i < cue.i else "right")
    rel = gold.dep_ if gold is not None else "-"
    if gold is not None and gold.head.i == cue.i:
        rel = "child:" + rel
    return f"cue {cue.dep_}/{cue.tag_}, gold source {where} {rel}"


def _trace_speaker_step() -> dict:
    """Hook the statement rules so that each cue's fate at the speaker step is recorded:
    (id(doc), cue index) -> ("no subject" | "not described" | "document" | "statement" | "other", subject)."""
    from claimledger.extract.attribution import statements as st

    trace: dict = {}
    current: list = [None]
    orig_subject, orig_describe, orig_for_cue = st.subject_of, st.describe_speaker, st._statement_for_cue

    def subject_of(cue):
        subj = orig_subject(cue)
        if current[0] is cue:
            trace[(id(cue.doc), cue.i)] = ("no subject", None) if subj is None else ("other", subj)
        return subj

    def describe_speaker(head, memory):
        out = orig_describe(head, memory)
        cue = current[0]
        if cue is not None and trace.get((id(cue.doc), cue.i), ("",))[0] == "other" and out[0] is None:
            trace[(id(cue.doc), cue.i)] = ("not described", head)
        return out

    def for_cue(doc, cue, quotes, memory):
        current[0] = cue
        out = orig_for_cue(doc, cue, quotes, memory)
        key = (id(doc), cue.i)
        if out is not None:
            trace[key] = ("statement", None)
        elif key in trace and trace[key][0] == "other":
            from claimledger.extract.attribution.speakers import _lemma
            from claimledger.lexicon import attribution as lex
            subj = trace[key][1]
            if _lemma(cue) in lex.DOCUMENT_CUES and _lemma(subj) not in lex.DOCUMENT_HEADS:
                trace[key] = ("document", subj)
        current[0] = None
        return out

    st.subject_of, st.describe_speaker, st._statement_for_cue = subject_of, describe_speaker, for_cue
    return trace


def _assembled_train(cache: Path):
    """``load_train`` with each article run through the claim assembly (so the hooks see the
    speaker memory as the pipeline builds it)."""
    from claimledger.claims.assemble import assemble_claims
    from claimledger.model import Document
    from claimledger.pipeline import TEXT_KINDS, _pieces
    from claimledger.segment.page import segment_document
    from claimledger.settings import DEFAULT_SETTINGS as S

    for g, parsed in load_train(cache):
        doc = Document(text=g["text"], doc_ref=f"{g['id']}.txt", published=g.get("date"), format="text")
        pieces = [p for seg in segment_document(doc) if seg.kind in TEXT_KINDS for p in _pieces(doc, seg, S.max_segment_chars)]
        assemble_claims(doc, list(zip(pieces, [d for _, d in parsed])))
        yield g, parsed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("errors")
    ap.add_argument("--cache", default="/tmp/attr_cache")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--lemmas", action="store_true", help="the subjects' lemmas of each class")
    args = ap.parse_args(argv)

    from claimledger.extract.attribution.cues import is_cue
    from claimledger.extract.attribution.speakers import _can_speak

    missed = collections.defaultdict(list)
    for line in open(args.errors, encoding="utf-8"):
        r = json.loads(line)
        if r["type"] == "fn":
            missed[r["id"]].append(tuple(map(tuple, r["gold"]["content_span"])))
    trace = _trace_speaker_step()
    counts, examples = collections.Counter(), collections.defaultdict(list)
    lemmas = collections.defaultdict(collections.Counter)
    for g, parsed in _assembled_train(Path(args.cache)):
        want = set(missed.get(g["id"], ()))
        if not want:
            continue
        text = g["text"]
        for a in g["attributions"]:
            if tuple(map(tuple, a["content"])) not in want or not a["cue"]:
                continue
            cs, ce = a["cue"][0]
            hit = None
            for off, doc in parsed:
                if off is None or not (off <= cs < off + len(doc.text) + 1):
                    continue
                cands = [t for t in doc if cs <= off + t.idx < ce and is_cue(t)]
                if cands:
                    hit = (off, doc, cands[0])
                    break
            if hit is None:
                continue
            off, doc, cue = hit
            gold = _gold_head(doc, off, a["source"]) if a.get("source") else None
            step = trace.get((id(doc), cue.i))
            if step is None:
                cls = "cue not reached (inside a quote, lead-in, or taken by another rule)"
            elif step[0] == "no subject":
                cls = "no subject: " + no_subject_class(cue, gold)
            elif step[0] == "not described":
                subj = step[1]
                kind = subj.tag_
                if subj.lower_ in ("who", "which", "that"):
                    kind = "relative pronoun " + subj.lower_
                elif subj.pos_ == "PRON":
                    kind = "pronoun " + subj.lower_
                elif subj.pos_ == "NOUN" and not _can_speak(subj):
                    kind = subj.tag_ + " (noun that cannot speak)"
                cls = f"not described: {subj.dep_} {kind}"
            elif step[0] == "document":
                cls = f"document cue, subject {step[1].tag_}"
            elif step[0] == "statement":
                cls = "statement made (boundaries / merged / cue differs)"
            else:
                subj = step[1]
                right = subj is not None and a.get("source") and a["source"][0] <= off + subj.idx < a["source"][1]
                cls = "subject found, no statement (content or other check)" + ("" if right else " [other subject]")
            counts[cls] += 1
            if step is not None and step[1] is not None:
                lemmas[cls][step[1].lemma_.lower()] += 1
            if len(examples[cls]) < args.examples:
                src_text = text[a["source"][0]:a["source"][1]] if a.get("source") else ""
                sent = cue.sent
                examples[cls].append(f"{cue.text!r} <- {src_text[:40]!r} | {doc.text[sent.start_char:sent.end_char][:160]!r}")
    total = sum(counts.values())
    print(f"{total} missed gold attributions with a known cue")
    for cls, n in counts.most_common(args.top):
        print(f"{n:6d}  {cls}")
        if args.lemmas and lemmas[cls]:
            print("           subjects:", ", ".join(f"{w} {k}" for w, k in lemmas[cls].most_common(25)))
        for ex in examples[cls]:
            print("          ", re.sub(r"\s+", " ", ex))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
