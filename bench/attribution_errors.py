#!/usr/bin/env python3
"""Where claimledger and the attribution gold disagree, field by field (a development aid).

    python bench/attribution_errors.py [span|src|attr|cue|qty|all] [--shared ../shared]

Runs the pipeline on the dev articles, matches claims the way the benchmark's ``score.py`` does
(its own functions, imported), and prints one line per disagreement.  Prints nothing a user of the
library needs; it exists so that a rule change can be judged by the errors it fixes and makes.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def predictions(docs: dict) -> dict:
    from claimledger.model import Document
    from claimledger.pipeline import analyze_documents

    items = [Document(text=g["text"], doc_ref=i, published=g.get("date"), format="jsonl") for i, g in docs.items()]
    out: dict = {}
    for a in analyze_documents(items):
        out[a.document.doc_ref] = [c.to_dict() for c in a.claims]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", nargs="?", default="all", choices=["span", "src", "attr", "cue", "qty", "all"])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args(argv)
    bench = Path(args.shared) / "benchmarks" / "attribution"
    sys.path.insert(0, str(bench))
    import score as S  # the benchmark's own matching and field agreement

    docs = S.load_gold(str(bench / "dev"))
    preds = predictions(docs)
    what = args.what
    for doc_id, doc in docs.items():
        text = doc["text"]
        print(f"## {doc_id}")
        for kind in ("statement", "quantity"):
            if kind == "quantity" and what not in ("qty", "all"):
                continue
            if kind == "statement" and what == "qty":
                continue
            g = [c for c in S.gold_claims(doc) if c["kind"] == kind]
            p = [c for c in preds.get(doc_id, []) if c["kind"] == kind]
            m, gs, ps = S.match(text, g, p, 0.3)
            mg = {gi: pi for gi, pi, _ in m}
            mp = {pi for _, pi, _ in m}
            tag = "Q " if kind == "quantity" else ""
            for gi, gc in enumerate(g):
                gname = (gc.get("source") or {}).get("name")
                if gi not in mg:
                    if what in ("span", "all", "qty"):
                        print(f"{tag}MISS  ", repr(text[slice(*gc["span"])][:110]), "|", gc.get("cue"), "|", gname)
                    continue
                pc = p[mg[gi]]
                pname = (pc.get("source") or {}).get("name")
                if what in ("span", "all") and kind == "statement" and gs[gi] != ps[mg[gi]]:
                    print("BOUND G:", repr(text[slice(*gs[gi])][:100]))
                    print("      P:", repr(text[slice(*ps[mg[gi]])][:100]))
                if kind == "quantity":
                    gq, pq = gc["quantity"], pc.get("quantity") or {}
                    bad = [f for f in ("value", "low", "high") if gq.get(f) is not None and not S.num_eq(gq[f], pq.get(f))]
                    if S.head_lemma(gq.get("counted")) != S.head_lemma(pq.get("counted")):
                        bad.append("counted")
                    if S.voice_of(gc) != S.voice_of(pc) or (S.voice_of(gc) == "source" and not S.name_match(gname, pname)):
                        bad.append("source")
                    if bad:
                        print(f"Q {','.join(bad):14}", repr(text[slice(*gc["span"])][:40]), "G:", gq.get("value"), gq.get("low"), gq.get("high"),
                              gq.get("counted"), gname, "| P:", pq.get("value"), pq.get("low"), pq.get("high"), pq.get("counted"), pname)
                    continue
                if what in ("src", "all") and not S.name_match(gname, pname):
                    print("SRC   G:", gname, "| P:", pname, "|", repr(text[slice(*gs[gi])][:60]))
                if what in ("attr", "all"):
                    for f in ("title", "role", "organization"):
                        gv, pv = gc["source"][f], (pc.get("source") or {}).get(f)
                        if (gv or pv) and not S.attr_match(gv, pv):
                            print(f"{f[:5]:5} G:{gv} | P:{pv} | {gname}")
                    if set(gc["via"]) != set(pc.get("via") or []):
                        print("via   G:", gc["via"], "P:", pc.get("via"), "|", gname)
                if what in ("cue", "all") and str(gc["cue"]).lower() != str(pc.get("cue")).lower():
                    print("CUE   G:", gc["cue"], "| P:", pc.get("cue"), "|", repr(text[slice(*gs[gi])][:50]))
                if what in ("all",) and gc.get("quote") != pc.get("quote"):
                    print("QUOTE G:", gc.get("quote"), "| P:", pc.get("quote"), "|", repr(text[slice(*gs[gi])][:50]))
            if what in ("span", "all", "qty"):
                for pi, pc in enumerate(p):
                    if pi not in mp:
                        print(f"{tag}EXTRA ", repr(text[slice(*pc["span"])][:110]), "|", pc.get("cue"), "|", (pc.get("source") or {}).get("name"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
