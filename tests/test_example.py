"""Acceptance: the founding example reads as DESIGN.md says a user expects it read."""
from pathlib import Path

import pytest

from claimledger import analyze
from claimledger.model import Document

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "000_3b5cfa872b3243a6.txt"


@pytest.fixture(scope="module")
def claims():
    text = EXAMPLE.read_text(encoding="utf-8")
    return text, analyze(Document(text=text, doc_ref=str(EXAMPLE)))


def quantities(claims):
    return [c for c in claims if c.kind == "quantity"]


def statements(claims):
    return [c for c in claims if c.kind == "statement"]


def test_exactly_the_expected_numbers(claims):
    text, cs = claims
    key = lambda t: (t[0], t[1] or 0, t[2] or 0)
    got = sorted(((c.segment.kind, c.quantity.value, c.quantity.high) for c in quantities(cs)), key=key)
    assert got == sorted([
        ("headline", 1000, None),
        ("body", 1000, None),      # only about 1,000 … told Military.com
        ("body", None, 3000),      # less than 3,000
        ("body", 1000, None),      # about 1,000 across Iraq and Syria
        ("comment", 1000, None),   # only 1000 IS
        ("comment", 26000, None),  # around twenty six Thousand
        ("comment", 1000, None),   # only 1,000 terrorists
    ], key=key)
    surfaces = " ".join(text[c.span[0]:c.span[1]] for c in quantities(cs))
    assert "2013" not in surfaces and "December" not in surfaces


def test_spans_slice_back_to_their_surface(claims):
    text, cs = claims
    for c in cs:
        if c.segment.kind == "headline":
            continue
        assert text[c.sentence_span[0]:c.sentence_span[1]] == c.sentence
        if c.quantity:  # the claim's words: the surface, then the counted thing when it follows
            assert text[c.span[0]:c.span[1]].startswith(c.quantity.surface)


def test_headline_claim_has_its_source_after_the_colon(claims):
    _, cs = claims
    head = [c for c in quantities(cs) if c.segment.kind == "headline"][0]
    assert head.source is not None and "coalition" in head.source.name.lower()
    assert head.voice == "source"
    assert set(head.scope) >= {"Syria", "Iraq"}


def test_dillon_told_military_com(claims):
    text, cs = claims
    q = [c for c in quantities(cs) if c.segment.kind == "body" and c.quantity.value == 1000][0]
    assert q.quantity.surface == "Only about 1,000"
    assert text[q.span[0]:q.span[1]] == "Only about 1,000 ISIS members"
    assert q.quantity.approximate and q.quantity.counted == "ISIS members" and q.quantity.entity == "ISIS"
    assert set(q.hedges) == {"only", "about"}
    assert set(q.scope) == {"Syria", "Iraq"}
    src = q.source
    assert (src.name, src.title, src.role, src.organization) == ("Ryan Dillon", "Army Col.", "spokesman", "US-led coalition")
    assert q.cue == "told" and q.via == ("Military.com",) and q.voice == "source"
    assert q.time.value == "XXXX-12-26"


def test_the_direct_quote_numbers(claims):
    text, cs = claims
    body = [c for c in quantities(cs) if c.segment.kind == "body"]
    less = [c for c in body if c.quantity.high == 3000][0]
    assert less.source.name == "Ryan Dillon" and less.quote == "direct" and less.via == ("Military.com",)
    assert less.quantity.counted == "ISIS members"          # counted in the sentence before
    assert less.time.relation == "before" and less.time.value == "XXXX-12-26"  # "up until today we had": held before the day he spoke (issue 17)
    about = [c for c in body if c.quantity.value == 1000 and "across" in c.sentence][0]
    assert about.quantity.approximate and about.source.name == "Ryan Dillon" and about.quote == "direct"
    assert set(about.scope) == {"Iraq", "Syria"}


def test_reader_claims(claims):
    _, cs = claims
    readers = [c for c in quantities(cs) if c.segment.kind == "comment"]
    assert all(c.voice == "reader" for c in readers)
    big = [c for c in readers if c.quantity.value == 26000][0]
    assert big.quantity.approximate and big.source is not None
    assert big.source.name in ("America", "United States", "USA")
    assert big.quantity.entity == "ISIS"
    is_ = [c for c in readers if "IS" in c.sentence and "metamorphosis" in c.sentence][0]
    assert is_.quantity.entity == "ISIS"
    terr = [c for c in readers if c.quantity.counted == "terrorists"][0]
    assert set(terr.scope) == {"Syria", "Iraq"}


def test_statements(claims):
    text, cs = claims
    st = statements(cs)
    k24 = [c for c in st if "Hawijah" in text[c.span[0]:c.span[1]]]
    assert len(k24) == 1 and ("K24" in (k24[0].source.name if k24[0].source else "") or "K24" in k24[0].via)
    assert k24[0].voice == "reader"
    direct = [c for c in st if c.quote == "direct"]
    assert len(direct) == 2 and all(c.source.name == "Ryan Dillon" for c in direct)
    told = [c for c in st if c.cue == "told"][0]
    assert text[told.span[0]:told.span[1]].startswith("Only about 1,000 ISIS members remain")
    # nothing from the outlet's own paragraphs is attributed to a source
    assert not [c for c in st if "stabilization" in c.sentence and c.source and c.source.name == "Ryan Dillon"]
