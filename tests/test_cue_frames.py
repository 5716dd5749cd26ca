"""Cue frames grown on PolNeAR train: a derived phrasal cue of 'call' ("called for", "called out"),
a participle cue coordinated with another participle ("…, calling X and vowing to …"), and a
participle cue on a noun that can speak ("voters saying …").  Sentences composed for the tests."""
from claimledger import analyze


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def cue_of(text, c):
    return text[c.cue_span[0]:c.cue_span[1]] if c.cue_span else None


def test_called_for_reports_what_is_called_for():
    text = "Senator Mara Quill called for a full audit of the county water board on Tuesday."
    hits = [(w, c) for w, c in statements(text) if "audit" in w]
    assert hits, statements(text)
    words, c = hits[0]
    assert words.startswith("a full audit") and c.source.name == "Mara Quill", hits


def test_called_out_reports_its_object():
    text = "Governor Ellis Brandt called out the state's largest utility for its rate increases."
    hits = [(w, c) for w, c in statements(text) if "utility" in w]
    assert hits and hits[0][1].source.name == "Ellis Brandt", statements(text)


def test_calling_the_police_is_still_no_statement():
    text = "Neighbours called the police after the storm brought down a power line."
    assert not statements(text), statements(text)


def test_a_second_coordinated_participle_cue_has_the_first_ones_speaker():
    text = "Governor Ellis Brandt rejected the pipeline on Monday, calling the plan reckless and vowing to fight it in court."
    hits = [(w, c) for w, c in statements(text) if cue_of(text, c) == "vowing"]
    assert hits, statements(text)
    words, c = hits[0]
    assert c.source.name == "Ellis Brandt" and words.startswith("to fight it"), hits


def test_a_participle_cue_on_a_speaking_noun_credits_the_noun():
    text = "The share of farmers saying the new tariff will hurt their business has doubled since spring."
    hits = [(w, c) for w, c in statements(text) if cue_of(text, c) == "saying"]
    assert hits, statements(text)
    words, c = hits[0]
    assert words.startswith("the new tariff will hurt") and "farmers" in (c.source.name or "").lower(), hits


def test_a_passive_question_with_no_asker_is_credited_to_no_one():
    text = "At the town hall, the governor was asked whether the state would raise the fuel tax next year."
    hits = [(w, c) for w, c in statements(text) if "the state would raise" in w]
    assert hits, statements(text)
    assert hits[0][1].source is None or not hits[0][1].source.name, hits


def test_a_passive_request_is_no_question():
    text = "The governor was asked to resign by three members of her own party."
    assert not [w for w, _ in statements(text) if w.startswith("whether")], statements(text)
