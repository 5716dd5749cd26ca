#!/usr/bin/env python3
"""Hostile inputs: the property-based suite at full size, then the slowest input per stage.

    python bench/fuzz.py [--examples 2500] [--skip-properties]

Runs ``tests/test_fuzz.py`` with CLAIMLEDGER_FUZZ_EXAMPLES examples per property (5 properties, so
2500 gives > 10,000 examples), then times each stage on pathological texts (a 200,000-character
line of digits, of commas, 50,000 quotation marks, "said" 40,000 times, number words in random
order, a 5 MB article), the readers on hostile pages (HTML nested 20,000 deep, 5 MB of HTML,
random bytes named .html) and each extractor on the parsed hostile texts, and prints the slowest
input per stage.  Writes bench/results/fuzz.json, with the list of failures fuzzing has found and
that were fixed (``FOUND_AND_FIXED``: each has a test in tests/test_fuzz.py or test_hostile.py).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: the properties in tests/test_fuzz.py, each run with --examples generated inputs
PROPERTIES = len(re.findall(r"^def test_", (HERE.parent / "tests" / "test_fuzz.py").read_text(), re.M))
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))


#: what the fuzz suite and the hostile inputs found, each fixed and kept as a test (git log has the
#: commits): the record the issue asks the bench to print
FOUND_AND_FIXED = [
    "spaCy's tokenizer is quadratic on long runs of punctuation and digits: such runs are blanked "
    "before parsing, offsets kept (d7d5314)",
    "quantities read the document text once per number: quadratic on long texts (cdb4f42)",
    "Token.subtree is a recursive generator, quadratic on chain parses ('said' x16,000: 13 s) (4e701ff)",
    "Doc.text is rebuilt from the tokens on every access; name look-ups read it per window: "
    "1,000 random number words took 4.5 min and 24 GB (4e701ff)",
    "Token.sent, Doc.sents and Doc.ents scanned per claim or per cue; quote pairs found per cue: "
    "quadratic in a long paragraph (4e701ff)",
    "a paragraph of 200,000 characters was parsed whole: now cut after a sentence end at "
    "Settings.max_segment_chars (4e701ff)",
]


def time_each(stage: str, inputs: dict, fn) -> dict:
    """``fn(name, input)`` timed on every input; prints and returns the times and the slowest."""
    rows = {}
    for name, value in inputs.items():
        t0 = time.perf_counter()
        fn(name, value)
        rows[name] = round(time.perf_counter() - t0, 3)
    slowest = max(rows, key=rows.get)
    print(f"{stage:<11} slowest: {slowest} {rows[slowest]:.2f}s   " +
          "  ".join(f"{k}={v:.2f}" for k, v in rows.items()))
    return {"seconds": rows, "slowest": slowest}


def hostile_pages() -> dict[str, bytes]:
    rnd = random.Random(11)
    para = b"<p>Officials said about 300 people were evacuated from the valley on Monday.</p>"
    return {
        "html_nested_20k": b"<html><body>" + b"<div>" * 20_000 + para + b"</div>" * 20_000 + b"</body></html>",
        "html_5mb": b"<html><head><title>t</title></head><body><article>" + para * (5_000_000 // len(para))
                    + b"</article></body></html>",
        "random_bytes_1mb": bytes(rnd.getrandbits(8) for _ in range(1_000_000)),
    }


def time_readers(pages: dict[str, bytes]) -> dict:
    """The HTML reader on each page: seconds, and what it gave (characters of text, or the error)."""
    from claimledger.errors import InputError
    from claimledger.readers import ReadOptions
    from claimledger.readers.html import html_document

    outcome = {}

    def read_one(name: str, data: bytes) -> None:
        try:
            doc = html_document(data, f"{name}.html", ReadOptions(on_error=lambda e: None))
            outcome[name] = f"{len(doc.text)} characters of text"
        except InputError as e:
            outcome[name] = f"refused: {e}"

    return time_each("read_html", pages, read_one) | {"outcome": outcome}


def time_extractors(texts: dict[str, str], limit: int = 100_000) -> dict:
    """Each extractor on each hostile text as parsed (the first ``limit`` characters: one piece,
    the most the pipeline hands the parser at once)."""
    from claimledger.extract.actors import scope_for
    from claimledger.extract.attribution.statements import (
        SpeakerMemory,
        find_statements,
    )
    from claimledger.extract.quantities.find import find_quantities
    from claimledger.extract.time import find_times
    from claimledger.parse.guard import mask_hostile
    from claimledger.parse.models import load_pipeline

    nlp = load_pipeline()
    parsed = {}
    for name, text in texts.items():
        parsed[name] = nlp(mask_hostile(text[:limit]))
    quantities = {name: find_quantities(doc) for name, doc in parsed.items()}
    extractors = {
        "quantities": lambda name, doc: find_quantities(doc),
        "attribution": lambda name, doc: find_statements(doc, SpeakerMemory()),
        "time": lambda name, doc: find_times(doc, "2024-01-01"),
        "scope": lambda name, doc: [scope_for(doc, (q.start, q.end)) for q in quantities[name]],
    }
    return {stage: time_each(stage, parsed, fn) for stage, fn in extractors.items()}


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
    from claimledger.segment.page import segment_text
    from claimledger.settings import Settings

    settings = Settings(max_chars=10_000_000)
    cut = dict(texts, article_5mb=texts["article_5mb"][:500_000])  # the full pipeline on 0.5 MB of it
    return {
        "segment": time_each("segment", texts, lambda name, t: segment_text(t)),
        "numbers": time_each("numbers", texts, lambda name, t: find_numbers(t)),
        "analyze": time_each("analyze", cut, lambda name, t: analyze(Document(text=t, doc_ref="hostile"),
                                                                     settings=settings)),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2500, help="examples per property (default: %(default)s)")
    ap.add_argument("--skip-properties", action="store_true", help="only time the hostile inputs")
    args = ap.parse_args(argv)
    result: dict = {}
    if not args.skip_properties:
        env = dict(os.environ, CLAIMLEDGER_FUZZ_EXAMPLES=str(args.examples))
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
                               str(ROOT / "tests" / "test_fuzz.py")], env=env, capture_output=True, text=True)
        tail = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-300:]
        # hypothesis's own count of the examples each property ran (it stops early when a
        # strategy's space is exhausted, and the claim-assembly property runs a third: it parses)
        tried = {}
        for block in proc.stdout.split("test_fuzz.py::")[1:]:
            name = block.split(":", 1)[0]
            tried[name] = sum(int(n) for n in re.findall(r"- (\d+) passing", block))
        result["properties"] = {"examples_per_property": args.examples, "properties": PROPERTIES,
                                "examples_tried": tried, "examples": sum(tried.values()),
                                "exit_code": proc.returncode,
                                "summary": tail, "seconds": round(time.perf_counter() - t0, 1)}
        print(f"properties: {sum(tried.values()):,} examples tried ({tried}) → {tail}")
    texts = hostile_texts()
    result["hostile"] = time_stages(texts)
    result["readers"] = time_readers(hostile_pages())
    result["extractors"] = time_extractors(texts)
    result["found_and_fixed"] = FOUND_AND_FIXED
    print("found and fixed:\n  - " + "\n  - ".join(FOUND_AND_FIXED))
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "fuzz.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
