"""A quotation closing on a comma, '!' or '?' right before a short clause whose subject can speak
is reported by that clause whatever its verb (measured on PolNeAR train: direct-quote F1 up, relation
precision kept)."""
from claimledger import analyze


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_any_verb_after_a_quote_and_its_comma_reports_the_quote():
    text = 'Ivo Marsh walked past the station. "Oh, my goodness," a young woman exclaimed upon seeing him.'
    hits = [c for w, c in statements(text) if w.startswith("Oh, my goodness")]
    assert hits and hits[0].quote == "direct" and "woman" in hits[0].source.name, statements(text)


def test_a_crowd_shouting_back_a_quoted_answer_is_its_speaker():
    text = 'The mayor asked who would pay for the new stadium. "The owners!" the crowd shouted back.'
    hits = [c for w, c in statements(text) if w.startswith("The owners!")]
    assert hits and hits[0].quote == "direct", statements(text)


def test_a_quote_ending_in_a_full_stop_before_a_clause_is_not_reported_by_it():
    text = 'The sign on the door said "Closed." The staff went home early that day.'
    assert not [w for w, c in statements(text) if c.cue and c.cue.startswith("go")], statements(text)


def test_a_name_and_a_verb_the_parser_hangs_on_it_still_report_the_quote():
    text = 'The reporter asked about the border. "Go back to your studio," Trump barked at him.'
    hits = [c for w, c in statements(text) if w.startswith("Go back to your studio")]
    assert hits and hits[0].source.name == "Trump" and hits[0].quote == "direct", statements(text)



def test_a_subject_inside_the_quote_is_not_the_speaker_of_the_verb_after_it():
    # a bracket in the quote can throw the parser: it hangs 'said' on the quote's verb and gives it
    # the quote's 'they' as its first subject; the speaker is the subject after the quote's close
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimledger.extract.attribution.colon import _subject_after

    words = ['"', "They", "[", "award", "]", "little", ",", '"', "Dana", "Whitlow", "said", "."]
    heads = [10, 10, 3, 10, 3, 3, 10, 10, 9, 10, 10, 10]
    deps = ["punct", "nsubj", "dep", "dep", "punct", "dobj", "punct", "punct", "compound", "nsubj", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _subject_after(doc[10], doc[8]).text == "Whitlow"


def test_a_title_after_a_preposition_is_not_the_quote_of_the_clause_after_it():
    text = 'In an interview with "Fox and Friends," Donald Trump pointed to China as the regional enforcer.'
    assert not [w for w, c in statements(text) if w.startswith("Fox and Friends")], statements(text)


def test_a_show_named_after_a_possessive_is_not_a_quote():
    text = 'Speaking Sunday on ABC\'s "This Week," Ms. Lowe admitted that the course name was wrong.'
    assert not [w for w, c in statements(text) if w.startswith("This Week")], statements(text)
