"""The 'as' phrase after a cue's object is part of what the cue reports ('referred to him as a
reformer'): the parser hangs it on the verb, beside the object (content_as.py)."""
from claimledger import analyze


def contents(text):
    return [text[c.span[0]:c.span[1]] for c in analyze(text) if c.kind == "statement"]


def test_the_as_phrase_after_a_particle_object_is_in_the_content():
    text = "In his speech, the governor referred to the new mayor as a reformer."
    assert "the new mayor as a reformer" in contents(text), contents(text)


def test_the_as_phrase_after_a_direct_object_is_in_the_content():
    text = "Many of the delegates see their own party as too timid on trade."
    assert any(c.endswith("as too timid on trade") for c in contents(text)), contents(text)
