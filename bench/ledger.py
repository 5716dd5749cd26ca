#!/usr/bin/env python3
"""The ledger across documents on real news: ingest speed, store size, and how fast the views are.

    python bench/ledger.py [--docs 1000] [--corpus ../shared/corpora/news.jsonl]
                           [--out bench/results/ledger.json]

Ingests the first N articles of the corpus into a fresh ledger through ``claimledger.ingest``
(read → analyse → store), then times ``series``, ``timeline`` (the largest series) and
``conflicts``, which are computed on read from the claims table.  It also ingests one more batch
and times the views again, to show the cost an incremental ingest leaves to the reader, and
counts conflicts and relays over a range of windows and tolerances (the evidence for the
defaults in ``TrackSettings``).

The conflict sweep (window_days × tolerance) is scored against hand judgements kept in
``bench/conflict_judgements.jsonl``: one line per conflict ever flagged in the sweep, keyed by its
two claim ids, with a verdict ("true": the two sources give contradicting figures for the same
quantity at the same time; "false": they do not, with the reason) and a brief context (series,
both figures with source, date and page; not the sentences, which are research-use text).
Precision per setting is true / judged among that setting's flagged conflicts.  The file holds a
verdict for every pair flagged on the whole corpus (7,384 articles: 315 pairs, 2 true; a few more
that an earlier build flagged are kept), which include all those of the 1,000-article run, so
precision is counted, not estimated.  The numbers behind the ``TrackSettings`` defaults come
from that run:

    python bench/ledger.py --docs 7284 --more 100 --ledger /tmp/all.duckdb --out /tmp/all.json
    python bench/ledger.py --sweep-only --ledger /tmp/all.duckdb --record whole_corpus

(the second line stores its sweep and sensitivity counts in ``--out``, by default
``bench/results/ledger.json``, next to the 1,000-article results).  To judge new conflicts:

    python bench/ledger.py --sweep-only --ledger FILE --dump-unjudged new.jsonl [--sample 150]

The ledger dev set (``shared/benchmarks/ledger``: 51 articles, 50 gold series of 155 members,
29 keep-apart pairs, 7 conflicts, 8 revisions) is scored with its own ``score.py`` on every full
run (``devset``), or alone:

    python bench/ledger.py --devset-only        # stores it under "devset" in --out

To see what a change to the tracker's keys does on a stored ledger (issue 17: every rule that
joins series is checked on the whole corpus for unrelated things it merges), write the series
membership the current code gives, before and after the change, and compare the two:

    python bench/ledger.py --membership before.json --ledger /tmp/final/all.duckdb
    python bench/ledger.py --membership after.json --ledger /tmp/final/all.duckdb
    python bench/ledger.py --compare before.json after.json --sample 30

(the comparison counts the series that join claims of several earlier series and the earlier
series that were split, and prints a random sample of the joins, with their sentences, to read).

``--dump-unjudged`` writes the flagged conflicts that have no verdict yet, with both sentences, for reading; with
``--sample N`` only N of them, drawn at random with ``--seed`` (then say so: precision becomes an
estimate on the sample).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout without installing

from claimledger.run.ingest import ingest  # noqa: E402
from claimledger.store.ledger import Ledger  # noqa: E402
from claimledger.track.tracker import TrackSettings  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpora" / "news.jsonl"
#: the ledger development set: 51 articles, 50 gold series, keep-apart pairs, conflicts, revisions
DEVSET = HERE.parent.parent / "shared" / "benchmarks" / "ledger"


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    """Median wall time of ``fn()`` over ``repeat`` runs, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def sample_corpus(corpus: Path, n: int, more: int, first: Path, rest: Path) -> None:
    """Every k-th article into ``first`` (n of them) and the next ones into ``rest``: the corpus
    is sorted by outlet (Wikinews, BBC undated, Reuters dated and densest in numbers), so a
    stride gives each outlet its share."""
    with open(corpus, encoding="utf-8") as f:
        lines = f.readlines()
    stride = max(1, len(lines) // (n + more))
    picked = lines[::stride][:n + more]
    first.write_text("".join(picked[:n]), encoding="utf-8")
    rest.write_text("".join(picked[n:]), encoding="utf-8")


def views(ledger: Ledger) -> dict:
    t_series, series = timed(ledger.series)
    t_conf, conflicts = timed(ledger.conflicts)
    biggest = series[0] if series else None
    t_tl = timed(lambda: ledger.timeline(biggest.id))[0] if biggest else None
    return {
        "series_seconds": round(t_series, 4), "timeline_seconds": round(t_tl, 4) if t_tl else None,
        "conflicts_seconds": round(t_conf, 4), "series": len(series),
        "series_with_2_or_more": sum(len(s.points) >= 2 for s in series),
        "series_with_2_or_more_sources": sum(len(s.sources) >= 2 for s in series),
        "conflicts": len(conflicts), "largest_series": biggest.label if biggest else None,
        "largest_series_claims": len(biggest.points) if biggest else 0,
    }


JUDGEMENTS = HERE / "conflict_judgements.jsonl"
RELAY_JUDGEMENTS = HERE / "relay_judgements.jsonl"
SWEEP_WINDOWS = (0, 7, 30, 90, 365)
SWEEP_TOLERANCES = (0.0, 0.1, 0.25, 0.5)
SAMPLE_SEED = 5


def pair_key(a: str, b: str) -> tuple[str, str]:
    return tuple(sorted((a, b)))


def load_judgements(path: Path) -> dict:
    out = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                out[pair_key(j["a"], j["b"])] = j
    return out


def conflict_sweep(ledger: Ledger, judgements: dict, dump: Path | None = None,
                   judgements_path: Path = JUDGEMENTS, sample: int | None = None,
                   seed: int = SAMPLE_SEED) -> dict:
    """Conflicts flagged for each window × tolerance, and how many of them the hand judgements
    call true: precision = true / judged.  ``dump`` gets the flagged conflicts without a
    verdict (the union over the sweep), each with both sentences, to be read and judged; with
    ``sample`` only that many of them, drawn at random with ``seed`` (precision is then an
    estimate on the sample).  ``relay_days`` stays at its default: it decides which appearance
    of a relayed figure is the one compared."""
    rows, unjudged = [], {}
    for days in SWEEP_WINDOWS:
        for tol in SWEEP_TOLERANCES:
            found = ledger.conflicts(TrackSettings(window_days=days, tolerance=tol))
            keys = [pair_key(c.a.claim_id, c.b.claim_id) for c in found]
            judged = [(c, judgements[k]) for c, k in zip(found, keys) if k in judgements]
            true = [c for c, j in judged if j["verdict"] == "true"]
            rows.append({"window_days": days, "tolerance": tol, "flagged": len(found),
                         "judged": len(judged), "true": len(true), "false": len(judged) - len(true),
                         "precision": round(len(true) / len(judged), 3) if judged else None,
                         "cross_page": sum(c.a.doc_id != c.b.doc_id for c in found),
                         "true_cross_page": sum(c.a.doc_id != c.b.doc_id for c in true),
                         "max_days_apart": max((c.days_apart for c in found), default=None)})
            for c, k in zip(found, keys):
                if k not in judgements:
                    unjudged[k] = c
    if dump is not None:
        picked = sorted(unjudged)
        if sample is not None and len(picked) > sample:
            picked = sorted(random.Random(seed).sample(picked, sample))
        with open(dump, "w", encoding="utf-8") as f:
            for k in picked:
                c = unjudged[k]
                d = c.to_dict()
                f.write(json.dumps({"a": c.a.claim_id, "b": c.b.claim_id, "series": d["series"],
                                    "days_apart": d["days_apart"],
                                    "a_claim": _brief(d["a"]), "b_claim": _brief(d["b"])},
                                   ensure_ascii=False) + "\n")
    try:
        shown = str(judgements_path.resolve().relative_to(HERE.parent))
    except ValueError:
        shown = str(judgements_path)
    stats = ledger.stats()
    return {"judgements": shown, "judged_pairs": len(judgements),
            "ledger_documents": stats["documents"], "ledger_claims": stats["claims"],
            "relay_days": TrackSettings().relay_days, "settings": rows,
            "unjudged": len(unjudged)}


def relay_check(ledger: Ledger, path: Path = RELAY_JUDGEMENTS) -> dict:
    """How the hand-judged relay pairs (``bench/relay_judgements.jsonl``: a first appearance and
    a repeat sampled from the news corpus, judged "true" when the two pages carry the same
    statement) come out: a pair is kept when both claims are in one relay group."""
    judged = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    group_of = {}
    for r in ledger.tracked().relays:
        for p in [r.first, *r.repeats]:
            group_of[p.claim_id] = r.first.claim_id
    kept = [j for j in judged if j["first"] in group_of and group_of.get(j["first"]) == group_of.get(j["repeat"])]
    true = [j for j in judged if j["verdict"] == "true"]
    true_kept = [j for j in kept if j["verdict"] == "true"]
    return {"judged": len(judged), "true": len(true), "kept": len(kept), "true_kept": len(true_kept),
            "false_kept": len(kept) - len(true_kept),
            "precision": round(len(true_kept) / len(kept), 3) if kept else None,
            "recall": round(len(true_kept) / len(true), 3) if true else None}


def _brief(p: dict) -> dict:
    return {k: p[k] for k in ("value", "low", "high", "approximate", "surface", "source_key",
                              "date", "date_basis", "doc_ref", "sentence")}


def sensitivity(ledger: Ledger) -> dict:
    """Conflicts, relays and revisions found as the window and the tolerance vary."""
    by_window = {}
    for days in (0, 3, 7, 14, 30, 60, 90, 180, 365):
        t = ledger.tracked(TrackSettings(window_days=days, relay_days=days))
        by_window[days] = {"conflicts": len(t.conflicts), "relays": len(t.relays),
                           "revisions": len(t.revisions)}
    by_tolerance = {}
    for tol in (0.0, 0.1, 0.25, 0.5):
        t = ledger.tracked(TrackSettings(tolerance=tol))
        by_tolerance[tol] = len(t.conflicts)
    return {"by_window_days": by_window, "conflicts_by_tolerance": by_tolerance}


def dump_tracked(ledger: Ledger, series_out: Path, relations_out: Path) -> None:
    """The series with their members, and the conflicts and revisions, as the dev set's
    ``dump_series.py`` writes them (one JSON record a line) for its ``score.py``."""
    tracked = ledger.tracked()
    with open(series_out, "w", encoding="utf-8") as fh:
        for s in tracked.series:
            fh.write(json.dumps({"series_id": s.id, "label": s.label,
                                 "claims": [p.to_dict() for p in s.points]}, default=str) + "\n")
    with open(relations_out, "w", encoding="utf-8") as fh:
        for c in tracked.conflicts:
            fh.write(json.dumps({"kind": "conflict", **c.to_dict()}, default=str) + "\n")
        for r in tracked.revisions:
            fh.write(json.dumps({"kind": "revision", **r.to_dict()}, default=str) + "\n")


def membership(ledger: Ledger, out: Path) -> dict:
    """Every series the current code makes of a stored ledger, with its claims (id, page,
    surface, sentence), and the conflict and revision counts: one side of ``compare``."""
    tracked = ledger.tracked()
    result = {"series": [{"id": s.id, "label": s.label, "documents": s.documents,
                          "points": [[p.claim_id, p.doc_id, p.surface, p.sentence[:300]] for p in s.points]}
                         for s in tracked.series],
              "conflicts": len(tracked.conflicts), "revisions": len(tracked.revisions)}
    out.write_text(json.dumps(result), encoding="utf-8")
    return {"series": len(result["series"]), "conflicts": result["conflicts"], "revisions": result["revisions"]}


def compare(before: Path, after: Path, sample: int = 30, seed: int = SAMPLE_SEED) -> None:
    """Print how ``after`` regroups ``before``'s claims: series joining claims of several earlier
    series (a sample of them in full, to read by eye) and earlier series split."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    old = {p[0]: s["id"] for s in a["series"] for p in s["points"]}
    label = {s["id"]: s["label"] for s in a["series"]}
    new = {p[0]: s["id"] for s in b["series"] for p in s["points"]}
    joined = []
    for s in b["series"]:
        parts: dict = {}
        for p in s["points"]:
            parts.setdefault(old.get(p[0]), []).append(p)
        if len(parts) > 1:
            joined.append((s, parts))
    split = sum(len({new.get(p[0]) for p in s["points"]}) > 1 for s in a["series"])
    print(f"series {len(a['series'])} -> {len(b['series'])}; {len(joined)} joined from several; "
          f"{split} split; conflicts {a['conflicts']} -> {b['conflicts']}; "
          f"revisions {a['revisions']} -> {b['revisions']}")
    for s, parts in random.Random(seed).sample(joined, min(sample, len(joined))):
        print(f"\n### {s['label']} ({len(s['points'])} claims, {s['documents']} pages)")
        for oid, points in parts.items():
            print(f"  [{label.get(oid)}]")
            for p in points[:3]:
                print(f"     {p[1][-10:]} {p[2]!r}: {p[3][:200]}")


def devset_splits(ledger: Ledger, devset: Path = DEVSET, only: str | None = None) -> None:
    """Print, for each gold series of the dev set that the tracker splits (or leaves members of
    unmatched), where each member landed: the predicted series' label, the page, the surface,
    the source and the sentence.  Matching is the set's own ``score.py``'s (imported from the set,
    not copied), on the series ``ledger`` tracks now (a ledger kept with ``--devset-only
    --ledger L``).  What a split is made of is what a tracker rule is grown from."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("ledger_devset_score", devset / "score.py")
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    preds = json.loads(json.dumps([{"series_id": s.id, "label": s.label, "claims": [p.to_dict() for p in s.points]}
                                   for s in ledger.tracked().series], default=str))
    gold = sc.Gold(str(devset))
    best, where, taken = {}, {}, set()
    for pi, rec in enumerate(preds):
        for c in sc.series_claims(rec):
            doc = sc.claim_doc(gold, c)
            span = sc.claim_span(gold, doc, c, taken) if doc is not None else None
            if span is None:
                continue
            taken.add(span)
            hits = [(min(span[1], me) - max(span[0], ms), mi)
                    for mi, (_g, md, ms, me, _s, _x) in enumerate(gold.members) if md == doc]
            hits = [h for h in hits if h[0] > 0]
            if hits:
                overlap, mi = max(hits)
                if mi not in best or overlap > best[mi][0]:
                    best[mi], where[mi] = (overlap, pi), c
    for si, name in enumerate(gold.names):
        members = [mi for mi, m in enumerate(gold.members) if m[0] == si]
        labels = {preds[best[mi][1]]["label"] for mi in members if mi in best}
        whole = all(mi in best for mi in members)
        if (len(labels) <= 1 and whole) or (only and only.lower() not in name.lower()):
            continue
        print(f"\n## {name} ({len(members)})")
        for mi in members:
            if mi not in best:
                print(f"   UNMATCHED {gold.members[mi][1]} at {gold.members[mi][2]}")
                continue
            c = where[mi]
            print(f"   [{preds[best[mi][1]]['label']}] {str(c.get('doc_ref', ''))[-12:]} {c.get('surface')!r} "
                  f"source={c.get('source')!r} | {str(c.get('sentence', ''))[:150]}")


def score_devset(devset: Path = DEVSET, keep: Path | None = None) -> dict:
    """Ingest the ledger dev set into a fresh ledger, dump its series, conflicts and revisions,
    and score them with the set's own ``score.py`` (B-cubed over the 155 gold members,
    keep-apart violations, conflict and revision recall)."""
    import subprocess
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "dev.duckdb"
        if path.exists():
            path.unlink()
        with Ledger(path) as ledger:
            ingest([str(devset / "articles.jsonl")], ledger)
            series_out, relations_out = Path(tmp) / "series.jsonl", Path(tmp) / "relations.jsonl"
            dump_tracked(ledger, series_out, relations_out)
            stats = ledger.stats()
        out = subprocess.run([sys.executable, str(devset / "score.py"), str(devset), str(series_out),
                              "--conflicts", str(relations_out)],
                             capture_output=True, text=True, check=True).stdout
    scores = json.loads(out)
    return {"devset": "shared/benchmarks/ledger", "documents": stats["documents"],
            "claims": stats["claims"], "score": scores}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--more", type=int, default=100, help="articles ingested afterwards, incrementally")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "ledger.json")
    ap.add_argument("--ledger", type=Path, help="keep the ledger in this file (default: a temporary one)")
    ap.add_argument("--sweep-only", action="store_true",
                    help="only the conflict sweep, on the existing --ledger (nothing is ingested)")
    ap.add_argument("--dump-unjudged", type=Path, help="write flagged conflicts without a verdict here")
    ap.add_argument("--sample", type=int,
                    help="with --dump-unjudged: only this many, drawn at random with --seed")
    ap.add_argument("--seed", type=int, default=SAMPLE_SEED)
    ap.add_argument("--record", metavar="KEY",
                    help="with --sweep-only: also store the sweep and the sensitivity counts in --out "
                         "under KEY, keeping the rest")
    ap.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    ap.add_argument("--devset-only", action="store_true",
                    help="only score the ledger dev set (shared/benchmarks/ledger); store it in --out "
                         "under 'devset', keeping the rest")
    ap.add_argument("--devset", type=Path, default=DEVSET)
    ap.add_argument("--membership", type=Path, metavar="OUT",
                    help="write the series membership the current code gives the --ledger (nothing is ingested)")
    ap.add_argument("--devset-splits", nargs="?", const="", metavar="WORDS",
                    help="with --ledger (a dev-set ledger kept by --devset-only --ledger L): print where "
                         "the members of each split gold series landed (only series whose name has WORDS)")
    ap.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"),
                    help="compare two --membership files; --sample N joins are printed in full")
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare, sample=args.sample if args.sample is not None else 30, seed=args.seed)
        return
    if args.devset_splits is not None:
        if args.ledger is None:
            ap.error("--devset-splits needs --ledger FILE (kept by --devset-only --ledger FILE)")
        with Ledger(args.ledger, read_only=True) as ledger:
            devset_splits(ledger, args.devset, args.devset_splits or None)
        return
    if args.membership:
        if args.ledger is None:
            ap.error("--membership needs --ledger FILE")
        with Ledger(args.ledger, read_only=True) as ledger:
            print(json.dumps(membership(ledger, args.membership)))
        return
    if args.devset_only:
        dev = score_devset(args.devset, args.ledger)
        print(json.dumps(dev, indent=2))
        old = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
        old["devset"] = dev
        args.out.write_text(json.dumps(old, indent=2) + "\n", encoding="utf-8")
        return
    judgements = load_judgements(args.judgements)
    sweep_args = dict(dump=args.dump_unjudged, judgements_path=args.judgements,
                      sample=args.sample, seed=args.seed)
    if args.sweep_only:
        if args.ledger is None:
            ap.error("--sweep-only needs --ledger FILE (a ledger this bench built before)")
        with Ledger(args.ledger, read_only=True) as ledger:
            sweep = conflict_sweep(ledger, judgements, **sweep_args)
            relays = relay_check(ledger)
            sens = sensitivity(ledger) if args.record else None
        print_sweep(sweep)
        print(f"relays (judged sample): {json.dumps(relays)}")
        if args.record:
            old = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
            old[args.record] = {"conflict_sweep": sweep, "relay_check": relays, "sensitivity": sens}
            args.out.write_text(json.dumps(old, indent=2) + "\n", encoding="utf-8")
        return
    if args.ledger is not None:
        if args.ledger.exists():  # ingest would skip every page and time nothing
            ap.error(f"{args.ledger} exists: remove it, or read it with --sweep-only")
        args.ledger.parent.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        first, more = Path(tmp) / "first.jsonl", Path(tmp) / "more.jsonl"
        sample_corpus(args.corpus, args.docs, args.more, first, more)
        path = args.ledger or Path(tmp) / "ledger.duckdb"
        with Ledger(path) as ledger:
            t0 = time.perf_counter()
            report = ingest([str(first)], ledger)
            ingest_s = time.perf_counter() - t0
            stats = ledger.stats()
            ledger.connection.execute("CHECKPOINT")
            size = os.path.getsize(path)
            at_n = views(ledger)
            t0 = time.perf_counter()
            more_report = ingest([str(more)], ledger)
            more_s = time.perf_counter() - t0
            after = views(ledger)
            sens = sensitivity(ledger)
            sweep = conflict_sweep(ledger, judgements, **sweep_args)
            relays = relay_check(ledger)
            t0 = time.perf_counter()
            reingest = ingest([str(first)], ledger)
            reingest_s = time.perf_counter() - t0
    devset = score_devset(args.devset)

    result = {
        "corpus": str(args.corpus.name), "documents": report.stored, "claims": stats["claims"],
        "ingest_seconds": round(ingest_s, 1), "ingest_docs_per_s": round(report.stored / ingest_s, 1),
        "store_bytes": size, "store_mb_per_1000_docs": round(size / 1e6 * 1000 / max(report.stored, 1), 2),
        "views": at_n,
        "incremental": {"documents": more_report.stored, "ingest_seconds": round(more_s, 1),
                        "views_after": after},
        "reingest_skip_seconds": round(reingest_s, 2), "reingest_stored": reingest.stored,
        "sensitivity": sens,
        "conflict_sweep": sweep,
        "relay_check": relays,
        "devset": devset,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.out.exists():  # keep what --record stored under its own keys
        old = json.loads(args.out.read_text(encoding="utf-8"))
        result = {k: v for k, v in old.items() if k not in result and k.startswith("whole_corpus")} | result
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    print_sweep(sweep)


def print_sweep(sweep: dict) -> None:
    print(f"{sweep['ledger_documents']} documents, {sweep['ledger_claims']} claims; "
          f"relay_days {sweep['relay_days']}; {sweep['judged_pairs']} judged pairs")
    print(f"{'window':>6} {'tol':>5} {'flagged':>7} {'judged':>6} {'true':>5} {'false':>5} "
          f"{'precision':>9} {'cross-page':>10} {'true x-page':>11} {'max days':>8}")
    for r in sweep["settings"]:
        p = f"{r['precision']:.3f}" if r["precision"] is not None else "-"
        print(f"{r['window_days']:>6} {r['tolerance']:>5} {r['flagged']:>7} {r['judged']:>6} "
              f"{r['true']:>5} {r['false']:>5} {p:>9} {r['cross_page']:>10} "
              f"{r['true_cross_page']:>11} {str(r['max_days_apart']):>8}")
    print(f"unjudged: {sweep['unjudged']}")


if __name__ == "__main__":
    main()
