"""Noun cues in the frames PolNeAR train found precise (``extract/attribution/noun_cues.py``): a
"that"-clause on the noun ("her suggestion that …"), a noun object of a verb with its clause
("voiced confidence that …") or preposition ("made mention of …"); the source is the possessor,
the verb's subject, or no one.  A noun outside the derived rows, or one that names a speaker,
reports nothing.  Sentences composed for the tests."""
from claimledger import analyze
from claimledger.extract.attribution.noun_cues import frame_of
from claimledger.lexicon import noun_cues as lex
from claimledger.parse.models import load_pipeline
from claimledger.settings import DEFAULT_SETTINGS


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def cue_of(text, c):
    return text[c.cue_span[0]:c.cue_span[1]] if c.cue_span else None


def test_a_possessed_noun_with_a_that_clause_reports_the_clause_for_the_possessor():
    text = "Dana Hollis's suggestion that the bridge tolls be cut by half won little support on the council."
    hits = [(w, c) for w, c in statements(text) if cue_of(text, c) == "suggestion"]
    assert hits, statements(text)
    words, c = hits[0]
    assert words.startswith("the bridge tolls be cut") and "Hollis" in (c.source.name or ""), hits


def test_a_possessive_pronoun_is_the_person_spoken_of_last():
    text = ("Senator Ada Voss said the budget would be late. "
            "Her suggestion that the ferry tolls be frozen found few friends in the chamber.")
    hits = [(w, c) for w, c in statements(text) if cue_of(text, c) == "suggestion"]
    assert hits, statements(text)
    words, c = hits[0]
    assert words.startswith("the ferry tolls be frozen") and c.source.name == "Ada Voss", hits


def test_a_noun_object_of_a_verb_credits_the_verbs_subject():
    text = "Mayor Tomas Reyes expressed confidence that the new stadium would open before the season."
    hits = [(w, c) for w, c in statements(text) if "confidence" in (cue_of(text, c) or "")]
    assert hits, statements(text)
    words, c = hits[0]
    assert words.startswith("the new stadium would open") and c.source.name == "Tomas Reyes", hits


def test_a_noun_with_no_owner_is_credited_to_no_one():
    text = "The complaint that the ferry schedule ignores night workers is an old one on the island."
    hits = [(w, c) for w, c in statements(text) if cue_of(text, c) == "complaint"]
    assert hits, statements(text)
    words, c = hits[0]
    assert words.startswith("the ferry schedule ignores") and c.source is None, hits


def test_a_noun_outside_the_derived_rows_reports_nothing():
    text = "The fact that the ferry schedule ignores night workers surprised nobody on the island."
    assert not [c for _, c in statements(text) if cue_of(text, c) == "fact"], statements(text)


def test_a_noun_naming_a_speaker_is_no_cue():
    text = "Anna Berg, a longtime critic of the harbour expansion, joined the board in March."
    assert not [c for _, c in statements(text) if "critic" in (cue_of(text, c) or "")], statements(text)


def test_frames_name_the_clause_the_infinitive_and_the_preposition():
    nlp = load_pipeline(DEFAULT_SETTINGS.model)
    doc = nlp("She made mention of the budget gap and stated her hope that voters would listen.")
    frames = {(t.lemma_, f) for t in doc for f, _ in frame_of(t)}
    assert ("mention", "obj:prep:of") in frames and ("hope", "obj:that") in frames, frames


def test_every_row_the_rules_use_comes_from_the_derived_file():
    assert lex.NOUN_FRAMES and all(lex.family(f) in lex.MIN_RATE for _, f in lex.NOUN_FRAMES)
    assert ("suggestion", "that") in lex.NOUN_FRAMES
