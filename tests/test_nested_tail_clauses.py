"""A clause set off by a comma at the end of reported words, which reports on its own (a relative
clause of a person or with a reporting verb, a reporting participle), is not part of the outer
content; a relative clause in the middle of the reported words, or one about things, stays in it
(measured on PolNeAR train, checked on the Wikinews dev set)."""
from claimledger import analyze


def contents(text):
    return {text[c.span[0]:c.span[1]]: c for c in analyze(text) if c.kind == "statement"}


def test_a_trailing_who_clause_is_cut_from_the_outer_content():
    text = ("The governor praised the work of Ellen Marsh, who has called the new budget "
            "a disaster for rural schools.")
    found = contents(text)
    outer = [w for w, c in found.items() if text[c.cue_span[0]:c.cue_span[1]] == "praised"]
    assert outer == ["the work of Ellen Marsh"], found


def test_a_relative_clause_inside_the_reported_words_stays():
    text = ("The engineer said a valve on the pump, which had never failed before, "
            "was leaking oil into the river.")
    found = contents(text)
    assert any(w.startswith("a valve on the pump, which had never failed before, was leaking") for w in found), found


def test_a_trailing_clause_about_things_stays():
    text = ("Officials said about two hundred people attended the fair, "
            "ten of whom were treated for heat stroke.")
    found = contents(text)
    assert any(w.endswith("ten of whom were treated for heat stroke") for w in found), found
