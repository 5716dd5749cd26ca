"""Verbs that report only in a frame PolNeAR train found precise (``extract/attribution/verb_cues.py``,
rows of ``lexicon/verb_cues_polnear.tsv``): "voted for <someone>", "supports <a policy>" with a
subject that can speak.  The same verb with a subject that cannot speak, or in a frame not
listed, reports nothing.  Sentences composed for the tests."""
from claimledger import analyze
from claimledger.extract.attribution.verb_cues import frame_cue, frames_of
from claimledger.lexicon import verb_cues as lex


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def cue_of(text, c):
    return text[c.cue_span[0]:c.cue_span[1]] if c.cue_span else None


def test_every_listed_frame_has_the_hits_and_lower_bound_the_loader_asks():
    assert lex.FRAMES, "verb_cues_polnear.tsv gave no rows"
    assert lex.wilson_low(40, 50) > lex.wilson_low(4, 5)
    assert all(" " not in lemma and frame for lemma, frame in lex.FRAMES)


def test_a_vote_for_someone_is_credited_to_the_voter():
    text = "Councillor Mara Lind voted for the harbour bill after a long debate."
    hits = [(w, c) for w, c in statements(text) if (cue_of(text, c) or "").startswith("voted")]
    assert hits, statements(text)
    words, c = hits[0]
    assert words.startswith("the harbour bill") and c.source.name == "Mara Lind", hits


def test_support_for_a_policy_is_credited_to_the_person(nlp):
    doc = nlp("Governor Elena Park supports the new tax on sugary drinks.")
    verb = next(t for t in doc if t.lemma_ == "support")
    assert [f for f, _ in frames_of(verb)] == ["dobj"]
    assert frame_cue(verb) is not None


def test_a_subject_that_cannot_speak_makes_no_frame_cue(nlp):
    doc = nlp("The old pier supports the weight of two cranes.")
    verb = next(t for t in doc if t.lemma_ == "support")
    assert frame_cue(verb) is None


def test_a_reported_clause_whose_verb_is_a_negated_cue_stays_the_outer_speakers():
    """'X said Y has not replied to Z': the inner verb is a cue word, but with no words of its own
    to report it is part of the outer statement (the rule for '…, the BBC reported the minister
    said' is for an inner cue with nothing after it)."""
    text = "Councillor Ana Ruiz said the mayor has not replied to her letters."
    found = statements(text)
    assert any(w.startswith("the mayor has not replied") and "Ana Ruiz" in c.source.name for w, c in found), found


def test_a_coordinated_verb_borrows_the_subject_of_the_first(nlp):
    doc = nlp("Councillor Mara Lind spoke for an hour and voted for the harbour bill.")
    verb = next(t for t in doc if t.lower_ == "voted")
    found = frame_cue(verb)
    assert found is not None and found[0] == "p:for", [(t.text, t.dep_, t.head.text) for t in doc]



def test_an_object_that_is_an_amount_is_no_stance(nlp):
    """"The Orion 7 can support 64 users" states a capacity, not a stance: no frame cue."""
    doc = nlp("Governor Elena Park said the Orion 7 can support 64 users at once.")
    verb = next(t for t in doc if t.lemma_ == "support")
    assert frame_cue(verb) is None
