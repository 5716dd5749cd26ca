"""A statement reported inside another speaker's reported clause is part of that clause, not a
statement of its own (PolNeAR annotates each word in one attribution only); a relay ('the agency
reported officials said …') keeps the inner statement, its outer speaker the channel; and a
pronoun speaker nobody named before still makes a statement (content_nesting.py,
content_unresolved.py, measured on PolNeAR train)."""
from claimledger import analyze


def contents(text):
    return {text[c.span[0]:c.span[1]]: c for c in analyze(text) if c.kind == "statement"}


def test_an_indirect_statement_inside_another_is_dropped():
    text = "The report said the talks stalled because the union argued that wages were too low."
    found = contents(text)
    assert "the talks stalled because the union argued that wages were too low" in found, found
    assert "wages were too low" not in found, found


def test_a_relay_keeps_the_inner_statement():
    text = "The Tribune reported officials said the bridge would close for two months."
    found = contents(text)
    assert "the bridge would close for two months" in found, found


def test_an_unresolved_pronoun_still_speaks():
    text = '"We will not raise the fee again this year," she said.'
    found = contents(text)
    assert "We will not raise the fee again this year," in found or \
        "We will not raise the fee again this year" in found, found


def test_a_statement_inside_a_mixed_content_is_dropped():
    text = ('The report said the talks stalled because the union argued that wages were '
            '"far too low" for the work.')
    found = contents(text)
    assert any(w.startswith("the talks stalled") for w in found), found
    assert not any(w.startswith("wages were") for w in found), found
