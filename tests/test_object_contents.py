"""A cue with no reported clause reports on its object or on the action it names ("endorsed
putting cameras on officers", "voiced concerns about the cost"); a short object is a thing
acted on, not words reported, and makes no statement (content_objects.py, measured on PolNeAR
train)."""
from claimledger import analyze


def contents(text):
    return {text[c.span[0]:c.span[1]]: c for c in analyze(text) if c.kind == "statement"}


def test_an_object_noun_phrase_is_the_content():
    text = "Several mayors voiced concerns about the cost of the new water rules."
    found = contents(text)
    assert "concerns about the cost of the new water rules" in found, found
    assert found["concerns about the cost of the new water rules"].source.name.lower() == "several mayors"


def test_a_gerund_action_is_the_content():
    text = "The candidate endorsed raising the minimum wage in every county."
    assert any(w.startswith("raising the minimum wage") for w in contents(text)), contents(text)


def test_a_short_object_is_no_statement():
    text = "The senator wrote a letter."
    assert contents(text) == {}


def test_a_clause_still_wins_over_the_object():
    text = "The mayor said the new bridge would open in May."
    assert "the new bridge would open in May" in contents(text)


def test_what_a_cue_argues_against_is_the_content():
    text = "The former minister argued against any new taxes on small farms."
    assert "any new taxes on small farms" in contents(text), contents(text)
