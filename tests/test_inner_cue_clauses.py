"""A reported clause whose own verb is a cue: 'X reported the minister said' leaves the content to
the inner cue, but 'X said Y has not replied to the letters' reports the whole clause."""
from claimledger import analyze


def contents(text):
    return {text[c.span[0]:c.span[1]]: c for c in analyze(text) if c.kind == "statement"}


def test_a_clause_whose_verb_is_a_cue_with_its_own_words_is_still_reported():
    text = "The mayor said the contractor has not replied to three letters from the council."
    assert "the contractor has not replied to three letters from the council" in contents(text), contents(text)
