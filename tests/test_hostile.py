"""Hostile sizes and shapes: every stage finishes, in time that grows with the input, not faster.

Each input is one a crawl really holds (a line of digits, a run of quotation marks, a word
repeated for a whole "paragraph", HTML nested thousands deep).  The limits asserted are loose —
ten times what the stage takes on this kind of machine — because they guard against the
quadratic or exponential cases (minutes to hours), not against a slow CI runner; the measured
times are printed by ``bench/fuzz.py``.
"""
from __future__ import annotations

import random
import time

import pytest

from claimledger import analyze
from claimledger.errors import InputError
from claimledger.extract.numbers import find_numbers
from claimledger.extract.tree import MAX_EXACT_WIDTH, subtree
from claimledger.model import Document
from claimledger.parse.models import load_pipeline
from claimledger.readers import ReadOptions
from claimledger.readers.html import html_document
from claimledger.segment.page import segment_text
from claimledger.settings import Settings

pytestmark = pytest.mark.slow  # seconds per hostile input (plain `pytest` skips; the README's command runs it)


def _timed(fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t0


def _words(n: int, seed: int = 3) -> str:
    rnd = random.Random(seed)
    vocab = "one two three twenty thousand million hundred and a dozen half".split()
    return " ".join(rnd.choice(vocab) for _ in range(n))


HOSTILE = {
    "digits": "7" * 200_000,
    "commas": ",".join("1" for _ in range(100_000)),
    "quotes": "\u201c" * 25_000 + '"' * 25_000,
    "number_words": _words(10_000),
    "said": " ".join(["said"] * 20_000),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_segmenter_and_number_finder_take_hostile_lines(name):
    text = HOSTILE[name]
    segments, t_seg = _timed(segment_text, text)
    assert all(0 <= s.start <= s.end <= len(text) for s in segments)
    numbers, t_num = _timed(find_numbers, text)
    for n in numbers:
        assert text[n.start:n.end] == n.surface
    assert t_seg < 10 and t_num < 20


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_analyze_takes_hostile_lines(name):
    text = HOSTILE[name]
    claims, seconds = _timed(analyze, Document(text=text, doc_ref=name))
    for c in claims:
        assert 0 <= c.span[0] <= c.span[1] <= len(text)
    assert seconds < 120


def test_a_chain_shaped_parse_is_walked_in_linear_time():
    """'said said said …' parses as one chain; spaCy's recursive subtree walk is quadratic on it."""
    nlp = load_pipeline()
    doc = nlp(" ".join(["said"] * 3_000))
    widest = max(doc, key=lambda t: t.right_edge.i - t.left_edge.i)
    assert widest.right_edge.i - widest.left_edge.i > MAX_EXACT_WIDTH
    _, seconds = _timed(lambda: [len(subtree(t)) for t in doc])
    assert seconds < 5


def test_subtree_is_spacys_on_ordinary_sentences():
    nlp = load_pipeline()
    doc = nlp("The coalition's spokesman, Col. Ann Wells, told reporters on Monday that about "
              "3,000 fighters remained in the two provinces, down from 10,000 a year ago.")
    for t in doc:
        assert [w.i for w in subtree(t)] == [w.i for w in t.subtree]


def test_long_paragraphs_are_parsed_in_pieces_with_the_same_claims():
    para = ("Officials said 1,200 people were evacuated from the valley. " * 4
            + "The mayor told reporters that 300 homes had burned.\n")
    text = para * 30
    whole = analyze(Document(text=text, doc_ref="p"))
    cut = analyze(Document(text=text, doc_ref="p"), settings=Settings(max_segment_chars=700))
    assert len(whole) == len(cut) > 0
    assert [(c.span, c.source and c.source.name) for c in whole] == \
           [(c.span, c.source and c.source.name) for c in cut]


def test_a_paragraph_without_sentence_ends_is_cut_at_spaces():
    text = "about 40 people " * 2_000
    claims = analyze(Document(text=text, doc_ref="q"), settings=Settings(max_segment_chars=1_000))
    assert claims and all(text[c.span[0]:c.span[1]].strip() == text[c.span[0]:c.span[1]] for c in claims)


def test_html_nested_twenty_thousand_deep_is_refused_with_a_message():
    page = b"<html><body>" + b"<div>" * 20_000 + b"<p>Officials said 300 people died.</p>" \
        + b"</div>" * 20_000 + b"</body></html>"
    errors: list = []
    try:
        doc, seconds = _timed(html_document, page, "deep.html", ReadOptions(on_error=errors.append))
    except InputError as e:
        assert str(e).startswith("deep.html: ")
    else:
        assert seconds < 30 and "300 people" in doc.text


def test_the_size_limit_is_a_setting_with_a_clear_message(tmp_path):
    """CLAIMLEDGER_MAX_CHARS sets the per-document limit; a page over it is one line naming the
    file, the limit and how to raise it, and the rest of the batch goes on."""
    import os
    import subprocess
    import sys

    big, small = tmp_path / "big page.txt", tmp_path / "small.txt"
    big.write_text("Officials said 300 people died. " * 100, encoding="utf-8")
    small.write_text("Officials said 40 people died.", encoding="utf-8")
    env = dict(os.environ, CLAIMLEDGER_MAX_CHARS="1000")
    run = subprocess.run([sys.executable, "-m", "claimledger", "analyze", "--json", str(big), str(small)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 1
    errors = [line for line in run.stderr.splitlines() if "big page.txt" in line]
    assert len(errors) == 1 and "limit is 1,000" in errors[0] and "CLAIMLEDGER_MAX_CHARS" in errors[0]
    assert '"value": 40' in run.stdout.replace(".0", "") and '"value": 300' not in run.stdout


def test_a_title_of_100000_characters_is_read_and_analysed(tmp_path):
    """A title stuffed with 100,000 characters (script tags and number words) is kept as the
    headline, parsed in pieces, and does not stop the article's own claims."""
    import json

    from claimledger.readers import read

    title = ("<script>alert(1)</script> twenty thousand " * 2_500)[:100_000]
    row = {"id": "t1", "title": title, "text": "Officials said 300 people were evacuated.", "date": "not a date"}
    path = tmp_path / "long title.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    errors: list = []
    (doc,) = list(read([str(path)], on_error=errors.append))
    assert errors == [] and len(doc.title) == 100_000 and doc.published is None
    claims, seconds = _timed(analyze, doc)
    assert any(c.quantity and c.quantity.value == 300 for c in claims)
    assert seconds < 120
