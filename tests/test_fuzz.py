"""Property-based tests: no input crashes a stage, spans stay inside their text, numbers round-trip,
analysis is deterministic.

CI runs a small number of examples per property; the full run (≥ 10,000 examples in all) is

    CLAIMLEDGER_FUZZ_EXAMPLES=2000 python -m pytest -m fuzz tests/test_fuzz.py

(`bench/fuzz.py` runs that and prints a summary).
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.errors import InputError
from claimledger.extract.numbers import parse_number
from claimledger.model import Document
from claimledger.readers import read
from claimledger.segment.page import segment_text

pytestmark = [pytest.mark.fuzz, pytest.mark.slow]

EXAMPLES = int(os.environ.get("CLAIMLEDGER_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: news-like pieces, so generated text reaches the rules (quotes, cues, numbers, names, blank lines)
PIECES = ["said", "told", "according to", "“", "”", '"', "1,000", "about", "less than", "twenty six",
          "Thousand", "%", "$", "million", "Police", "Dr. Jane Roe", "ISIS", "IS", "in Syria", ",", ".",
          "\n", "\n\n", "\n\n\n", "Reply", "3 hours ago", "2013/2014", "December 26", "he", "officials",
          "—", ":", "(", ")", "'s", "people", "killed", "rose", "between", "and", "up to", "K24 reports"]
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map(" ".join)


def _spans_ok(segments, text):
    for s in segments:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start:s.end].strip() == text[s.start:s.end]  # no surrounding blanks


@FUZZ
@given(st.binary(max_size=2000))
def test_readers_never_raise_on_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "page.txt"
    path.write_bytes(data)
    errors: list[InputError] = []
    docs = list(read([str(path)], on_error=errors.append))
    assert len(docs) + len(errors) == 1  # one page in: a document or one error, never a traceback
    for e in errors:
        assert str(path) in str(e) and "\n" not in str(e)


@FUZZ
@given(news_text)
def test_segmenter_spans_lie_inside_the_text(text):
    _spans_ok(segment_text(text), text)


@FUZZ
@given(st.integers(min_value=0, max_value=10**12))
def test_digit_numbers_round_trip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@FUZZ
@given(st.integers(min_value=1, max_value=999), st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]))
def test_scaled_numbers_round_trip(n, scale):
    word, factor = scale
    assert parse_number(f"{n} {word}") == n * factor


@pytest.fixture(scope="module")
def analyze():
    from claimledger.pipeline import analyze
    return analyze


@settings(max_examples=max(10, EXAMPLES // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                    HealthCheck.function_scoped_fixture])
@given(news_text)
def test_claims_point_into_their_text_and_are_deterministic(analyze, text):
    doc = Document(text=text, doc_ref="fuzz")
    claims = analyze(doc)
    for c in claims:
        src = text if c.segment.kind != "headline" or doc.title is None else doc.title
        assert 0 <= c.span[0] <= c.span[1] <= len(src)
        assert 0 <= c.sentence_span[0] <= c.span[0] and c.span[1] <= max(c.sentence_span[1], c.span[1])
        assert src[c.sentence_span[0]:c.sentence_span[1]] == c.sentence
        if c.quantity:
            assert src[c.span[0]:c.span[1]].startswith(c.quantity.surface)
    assert [c.to_dict() for c in analyze(doc)] == [c.to_dict() for c in claims]
