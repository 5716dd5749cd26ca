"""Speakers the parse puts far from the cue (speaker_subjects.py) and pronoun speakers with no
antecedent: sentences written for these tests."""
from claimledger import analyze


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_participle_adjunct_on_a_coordinated_verb_takes_the_first_verbs_subject():
    text = ("The harbour master tried to calm the crowd, and took the questions in stride, "
            "saying the ferry would sail again on Monday.")
    hits = [c for words, c in statements(text) if words.startswith("the ferry would sail")]
    assert hits and hits[0].source is not None
    assert "harbour master" in (hits[0].source.name or "").lower()


def test_participle_adjunct_under_an_infinitive_takes_the_subject_above():
    text = "The union wants to avoid a strike, warning that the talks could fail within a week."
    hits = [c for words, c in statements(text) if words.startswith("the talks could fail")]
    assert hits and "union" in (hits[0].source.name or "").lower()


def test_participle_in_a_passive_clause_takes_no_speaker():
    text = "The road was closed for a week, citing safety concerns after the flood."
    assert not [c for words, c in statements(text) if words.startswith("safety")]


def test_he_with_no_antecedent_is_still_a_speaker():
    text = "He said the plant would close at the end of next year."
    hits = [c for words, c in statements(text) if words.startswith("the plant would close")]
    assert hits and hits[0].source is not None and hits[0].source.name is None


def test_a_relative_pronoun_is_the_speakers_mention_and_its_antecedent_the_name():
    from claimledger.extract.attribution import SpeakerMemory, find_statements
    from claimledger.parse.models import load_pipeline

    text = "The report was welcomed by Ana Brook, who said that the findings were long overdue."
    doc = load_pipeline()(text)
    (st,) = [s for s in find_statements(doc, SpeakerMemory()) if text[s.start:s.end].startswith("the findings")]
    assert st.source.name == "Ana Brook"
    assert text[st.source_span[0]:st.source_span[1]] == "who"


def test_an_expletive_passive_reports_its_clause_from_no_one():
    from claimledger.extract.attribution import SpeakerMemory, find_statements
    from claimledger.parse.models import load_pipeline

    text = "Last week it was reported that the factory would cut four hundred jobs."
    found = find_statements(load_pipeline()(text), SpeakerMemory())
    hits = [s for s in found if "the factory would cut" in text[s.start:s.end]]
    assert hits and hits[0].source is None


def test_a_passive_with_a_personal_subject_and_no_agent_is_no_statement():
    from claimledger.extract.attribution import SpeakerMemory, find_statements
    from claimledger.parse.models import load_pipeline

    text = "The driver was told that the road would stay closed until Friday."
    found = find_statements(load_pipeline()(text), SpeakerMemory())
    assert not [s for s in found if "the road would stay" in text[s.start:s.end]]
