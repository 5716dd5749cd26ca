"""Adjectives after a copula that report in a frame PolNeAR train found precise
(``extract/attribution/adjective_cues.py``, rows of ``lexicon/adjective_cues_polnear.tsv``):
"X was critical of Y" credits Y to X.  An adjective outside the rows, or with a subject that
cannot speak, gives no source.  Sentences composed for the tests."""
from claimledger import analyze
from claimledger.extract.attribution.adjective_cues import frame_of, source_token
from claimledger.lexicon import adjective_cues as lex


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_the_rows_are_read():
    assert ("critical", "p:of") in lex.FRAMES


def test_critical_of_credits_the_object_to_the_subject():
    text = "Senator Ines Marlow has been critical of the new port tax for months."
    hits = [(w, c) for w, c in statements(text) if "critical" in (c.cue or "")]
    assert hits, statements(text)
    words, c = hits[0]
    assert words.startswith("the new port tax") and c.source.name == "Ines Marlow", hits


def test_frames_of_a_copula_adjective(nlp):
    doc = nlp("The mayor was eager to reopen the bridge.")
    adj = next(t for t in doc if t.lower_ == "eager")
    assert [f for f, _, _ in frame_of(adj)] == ["to"]
    assert source_token(adj).lower_ == "mayor"


def test_an_adjective_not_after_a_copula_has_no_frame(nlp):
    doc = nlp("A critical report of the port tax came out.")
    adj = next(t for t in doc if t.lower_ == "critical")
    assert list(frame_of(adj)) == []
