"""'…, which the inspectors said was unsafe': in a relative clause the speaker and the cue stand
between the relative pronoun and the reported words; the statement is what follows the cue
(content.py ``past_relative_speaker``)."""
from claimledger import analyze


def contents(text):
    return {text[c.span[0]:c.span[1]]: c for c in analyze(text) if c.kind == "statement"}


def test_which_the_speaker_said():
    text = "The council closed the old footbridge, which the inspectors said was unsafe for crowds."
    found = contents(text)
    assert "was unsafe for crowds" in found, found
    assert found["was unsafe for crowds"].source.name.lower() == "inspectors"


def test_that_the_speaker_said():
    text = "The agency kept back some figures that company lawyers said would harm the merger talks."
    assert "would harm the merger talks" in contents(text), contents(text)

