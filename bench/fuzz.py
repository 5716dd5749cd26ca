#!/usr/bin/env python3
"""Hostile inputs: the property-based suite at full size, then the slowest input per stage.

    python bench/fuzz.py [--examples 2500] [--skip-properties]

Runs ``tests/test_fuzz.py`` with CLAIMLEDGER_FUZZ_EXAMPLES examples per property (5 properties, so
2500 gives > 10,000 examples), then times each stage on pathological texts (a 200,000-character
line of digits, of commas, 50,000 quotation marks, "said" 40,000 times, number words in random
order, a 5 MB article) and prints the slowest per stage.  Writes bench/results/fuzz.json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


def hostile_texts() -> dict[str, str]:
    rnd = random.Random(7)
    words = "one two three twenty thousand million hundred and a dozen half".split()
    article = (ROOT / "examples" / "000_3b5cfa872b3243a6.txt").read_text(encoding="utf-8")
    return {
        "digits_200k": "7" * 200_000,
        "commas_200k": ",".join("1" for _ in range(100_000)),
        "quotes_50k": "“" * 25_000 + '"' * 25_000,
        "said_40k": " ".join(["said"] * 40_000),
        "number_words_50k": " ".join(rnd.choice(words) for _ in range(50_000)),
        "article_5mb": (article + "\n\n") * (5_000_000 // len(article)),
    }


def time_stages(texts: dict[str, str]) -> dict:
    from claimledger.extract.numbers import find_numbers
    from claimledger.model import Document
    from claimledger.pipeline import analyze
    from claimledger.segment import segment_text
    from claimledger.settings import Settings

    settings = Settings(max_chars=10_000_000)
    stages = {
        "segment": segment_text,
        "numbers": find_numbers,
        "analyze": lambda t: analyze(Document(text=t, doc_ref="hostile"), settings=settings),
    }
    out = {}
    for stage, fn in stages.items():
        rows = {}
        for name, text in texts.items():
            if stage == "analyze" and name == "article_5mb":
                text = text[:500_000]  # the full pipeline on 0.5 MB; it is linear (see README)
            t0 = time.perf_counter()
            fn(text)
            rows[name] = round(time.perf_counter() - t0, 3)
        slowest = max(rows, key=rows.get)
        out[stage] = {"seconds": rows, "slowest": slowest}
        print(f"{stage:<9} slowest: {slowest} {rows[slowest]:.2f}s   " +
              "  ".join(f"{k}={v:.2f}" for k, v in rows.items()))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2500, help="examples per property (default: %(default)s)")
    ap.add_argument("--skip-properties", action="store_true", help="only time the hostile inputs")
    args = ap.parse_args(argv)
    result: dict = {}
    if not args.skip_properties:
        env = dict(os.environ, CLAIMLEDGER_FUZZ_EXAMPLES=str(args.examples))
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               str(ROOT / "tests" / "test_fuzz.py")], env=env, capture_output=True, text=True)
        tail = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-300:]
        result["properties"] = {"examples_per_property": args.examples, "exit_code": proc.returncode,
                                "summary": tail, "seconds": round(time.perf_counter() - t0, 1)}
        print(f"properties: {args.examples} examples each → {tail}")
    result["hostile"] = time_stages(hostile_texts())
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "fuzz.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
