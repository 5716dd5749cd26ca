"""'"…," X said, adding that …': the quote before the cues is the first cue's; a participle cue
after it reports its own complement (content.py ``claimed_by_earlier_cue``)."""
from claimledger import analyze


def contents(text):
    return {text[c.span[0]:c.span[1]]: c for c in analyze(text) if c.kind == "statement"}


def test_a_participle_after_the_speech_verb_reports_its_own_clause():
    text = ("“The harbour will stay closed all winter,” the port director said, "
            "adding that the ferries would sail from the northern pier.")
    found = contents(text)
    assert "The harbour will stay closed all winter," in found, found
    assert "the ferries would sail from the northern pier" in found, found
    assert found["the ferries would sail from the northern pier"].cue.startswith("adding")


def test_a_quote_right_before_its_own_cue_is_still_taken():
    text = "“The harbour will stay closed all winter,” the port director warned."
    assert "The harbour will stay closed all winter," in contents(text)
