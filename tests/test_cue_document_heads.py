"""Nouns that report as documents, derived from PolNeAR train (``lexicon/cue_document_heads.py``):
"the records show …" reports like "the poll shows …", while a thing that is no document ("the
signal showed …") still reports nothing.  Sentences composed for the tests."""
from claimledger import analyze
from claimledger.lexicon import attribution as lex
from claimledger.lexicon.cue_document_heads import DERIVED_DOCUMENT_HEADS


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_the_derived_nouns_join_the_hand_written_documents():
    assert DERIVED_DOCUMENT_HEADS, "cue_document_heads_polnear.tsv gave no rows"
    assert DERIVED_DOCUMENT_HEADS <= lex.DOCUMENT_HEADS
    assert "poll" in DERIVED_DOCUMENT_HEADS  # the commonest, also hand-written: the count agrees


def test_records_that_show_a_finding_report_it():
    text = "The county records show that the bridge was inspected only twice in ten years."
    found = statements(text)
    assert any(words.startswith("the bridge was inspected") for words, _ in found), found


def test_a_thing_that_is_no_document_reports_nothing():
    text = "The warning light showed that the pump had failed."
    assert not statements(text)
