"""A content that opens on a quotation closed by its own punctuation ends with the quotation: the
words after the closing mark are the writer's ('… a mistake," but in fact …'), content.py."""
from claimledger import analyze


def contents(text):
    return {text[c.span[0]:c.span[1]]: c for c in analyze(text) if c.kind == "statement"}


def test_the_writers_words_after_a_closed_quote_are_not_the_content():
    text = 'Mary Smith said: "I have made a mistake," but in fact she had made none.'
    found = contents(text)
    assert any(w.startswith("I have made a mistake") and "in fact" not in w for w in found), found
    assert found and all(c.quote == "direct" for c in found.values()), found


def test_a_quoted_phrase_inside_a_clause_stays_in_it():
    text = 'The mayor said the plan was "a good start" and would pass in May.'
    found = contents(text)
    assert any(w.endswith("would pass in May") for w in found), found
