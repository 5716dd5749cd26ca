"""Derive head words of measured phrases that name one quantity, from a ledger of the news corpus.

Pages name one quantity with different head nouns: OPEC's "benchmark", "marker" and "reference
price" of 18 dlrs a barrel; Yukos's back-"tax" and tax "bill" of 3.4 billion dollars.  A ledger
of the whole news corpus says which heads are used so: the same owner given the same exact figure
in the same unit under two heads, on different pages (or different sentences of one page).  One
such coincidence is weak evidence (two 500 mln dlr debentures of two companies), so a pair is
kept only with support from several owners and figures; the pairs are then read by eye (see the
file's header) and the threshold set.

Output: ``claimledger/lexicon/measured_synonyms_news.tsv`` (head, canonical head, counts), a
derived file: counts and single head words, no corpus text.

    python bench/measured_synonyms.py --ledger /tmp/final/all.duckdb [--write] [--show N]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path


from claimledger.lexicon.tracking import MEASURED_DROPPED, MEASURED_GENERIC, TREND_WORDS
from claimledger.track.measured_same_figure import distinctive_unit

OUT = Path(__file__).resolve().parents[1] / "claimledger" / "lexicon" / "measured_synonyms_news.tsv"
#: the fewest distinct owners and distinct figures a pair needs (chosen by reading the pairs,
#: see the header written to the file)
MIN_OWNERS = 2
MIN_FIGURES = 1
#: the fewest distinct pairs of pages (or sentences) a pair needs
MIN_PAGES = 2
#: the candidate pairs read by eye on the news corpus (2026-12-08: 34 pairs with two or more page
#: pairs, 7 of them one quantity in context; of the 10 with two or more owners, 4) and rejected:
#: two quantities or
#: a misparse ("giant" of "oil giant", "worth" of "worth of"), and three that were one quantity
#: there but name another one elsewhere under the same owner: "cash" (a company's cash beside its
#: cash offer), "price" beside "offer" (a share price beside the offer for the shares) and "target"
#: beside "price" (an analyst's price target beside the share price; OPEC's target price was the
#: one case).  Two owners are required: with one, "package" → "loan" and "distribution" →
#: "dividend" also passed, and on the corpus the first joined an aid package with a bank's loans
REJECTED = ("bill:giant,dispute:judgement,court:judgment,tariff:worth,bonus:price,borrowing:proposal,"
            "bulk:cut,ceiling:production,ceiling:quota,chancellor:package,cost:debenture,cut:plan,cut:tax,"
            "damage:debenture,debenture:debt,debenture:rate,debt:payment,debt:worth,decision:worth,"
            "fluctuation:price,loan:request,need:request,unit:worth,bank:bill,share:stock,dividend:stock,"
            "cash:offer,offer:price,price:target")
_CHANGES = frozenset(TREND_WORDS.values())


def keyed_points(ledger: str) -> dict:
    """The tracker's series of the ledger before any join of phrases (``measured_join``): each
    measured key with its points, the way the current code keys them (owner from the phrase, its
    ``measured_of``, the page's places or its story's topic)."""
    from claimledger.store.ledger import Ledger
    from claimledger.track import tracker
    captured: dict = {}
    original = tracker.join_measured

    def capture(grouped):
        captured.update({k: list(v) for k, v in grouped.items()})
        original(grouped)
    tracker.join_measured = capture
    try:
        with Ledger(Path(ledger)) as led:
            tracker.track(led._stream(tracker.ROWS_SQL, []), pages=led._stream(tracker.PAGES_SQL, []))
    finally:
        tracker.join_measured = original
    return captured


def head_pairs(grouped: dict) -> dict[tuple[str, str], dict]:
    """(head a, head b) → support: owners, figures, page pairs where one owner (the key's entity,
    places or topic) is given one exact figure in one money or rate unit under the two heads, in
    different sentences."""
    by_figure: dict[tuple, set] = defaultdict(set)
    for key, points in grouped.items():
        thing = key.measured
        if not thing or thing.startswith(("part of ", "amount ")) or not distinctive_unit(key.unit):
            continue
        # an ownerless phrase is confined to its page: the page stands for its owner
        owner = key.entity or ",".join(key.scope) or key.topic or (f"page {key.page}" if key.page else None)
        head = thing.split()[-1]
        if not owner or head in MEASURED_GENERIC or head in MEASURED_DROPPED or head in _CHANGES \
                or not head.isalpha():
            continue
        for p in points:
            # a rate and its bare unit are one ("18 dlrs" and "18 dlrs a barrel")
            by_figure[(owner, key.unit.split("/")[0], key.period, p.figure)].add((head, p.doc_id, p.sentence))
    support: dict[tuple[str, str], dict] = defaultdict(lambda: {"owners": set(), "figures": set(), "pages": set()})
    for (owner, unit, _period, figure), uses in by_figure.items():
        heads = sorted({h for h, _d, _s in uses})
        for i, a in enumerate(heads):
            for b in heads[i + 1:]:
                ua = {(d, s) for h, d, s in uses if h == a}
                ub = {(d, s) for h, d, s in uses if h == b}
                apart = [(x, y) for x in ua for y in ub if x != y]
                if not apart:
                    continue
                s = support[(a, b)]
                s["owners"].add(owner)
                s["figures"].add((unit, figure))
                s["pages"] |= {tuple(sorted((x[0], y[0]))) for x, y in apart}
    return support


def canonical(pairs: list[tuple[str, str]], weight: dict[str, int]) -> dict[str, str]:
    """Each head's canonical head: the most used head of its connected group of kept pairs."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x
    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for h in list(parent):
        groups[find(h)].append(h)
    out = {}
    for members in groups.values():
        top = max(members, key=lambda h: (weight.get(h, 0), h))
        for h in members:
            out[h] = top
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ledger", default="/tmp/final/all.duckdb")
    ap.add_argument("--min-owners", type=int, default=MIN_OWNERS)
    ap.add_argument("--min-figures", type=int, default=MIN_FIGURES)
    ap.add_argument("--min-pages", type=int, default=MIN_PAGES)
    ap.add_argument("--show", type=int, default=0, help="print this many candidate pairs (most supported first)")
    ap.add_argument("--reject", default=REJECTED, help="comma-separated a:b pairs read as not synonyms")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    grouped = keyed_points(args.ledger)
    weight: dict[str, int] = defaultdict(int)
    for key, points in grouped.items():
        if key.measured:
            weight[key.measured.split()[-1]] += len(points)
    rows = [p for k, ps in grouped.items() if k.measured for p in ps]
    support = head_pairs(grouped)
    ranked = sorted(support.items(), key=lambda kv: (-len(kv[1]["owners"]), -len(kv[1]["figures"]), kv[0]))
    for (a, b), s in ranked[:args.show]:
        print(f"{a}\t{b}\towners={len(s['owners'])}\tfigures={len(s['figures'])}\tpages={len(s['pages'])}\t"
              f"{sorted(s['owners'])[:4]}")
    rejected = {tuple(sorted(p.split(":"))) for p in args.reject.split(",") if p}
    passing = [(a, b) for (a, b), s in ranked
               if len(s["owners"]) >= args.min_owners and len(s["figures"]) >= args.min_figures
               and len(s["pages"]) >= args.min_pages]
    kept = [pair for pair in passing if pair not in rejected]
    print(f"{len(support)} candidate pairs, {len(kept)} kept (owners >= {args.min_owners}, figures >= "
          f"{args.min_figures}, page pairs >= {args.min_pages}, {len(rejected)} rejected by eye)", file=sys.stderr)
    if args.write:
        canon = canonical(kept, weight)
        lines = [
            "# Head words of measured phrases that name one quantity, derived by bench/measured_synonyms.py",
            f"# from a ledger of the whole news corpus ({len(rows)} measured points as the tracker keys them): pairs of heads",
            "# under which one owner is given one exact figure in one money or rate unit on different pages",
            f"# or sentences, kept with >= {args.min_pages} distinct page pairs, >= {args.min_owners} owners and",
            f"# >= {args.min_figures} figures; of the {len(passing)} pairs passing, {len(passing) - len(kept)} read by eye as"
            " two quantities or a misparse are",
            "# rejected (bench/measured_synonyms.py REJECTED). canonical: the",
            "# most used head of each connected group. owners/figures/pages: the support of the head's",
            "# strongest kept pair. Counts only, no corpus text.",
            "head\tcanonical\towners\tfigures\tpages\tinclude",
        ]
        best: dict[str, dict] = {}
        for a, b in kept:
            for h in (a, b):
                s = support[(a, b)]
                if h not in best or len(s["owners"]) > len(best[h]["owners"]):
                    best[h] = s
        for h in sorted(canon):
            if canon[h] == h:
                continue
            s = best[h]
            lines.append(f"{h}\t{canon[h]}\t{len(s['owners'])}\t{len(s['figures'])}\t{len(s['pages'])}\t1")
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(lines) - 9} heads)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
