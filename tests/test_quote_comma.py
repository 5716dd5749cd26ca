"""A speaker's clause ending in a comma before a quotation that closes the sentence reports it,
whatever the verb (quote_comma.py; measured on PolNeAR train: direct-quote F1 up, relation
precision kept)."""
from claimledger import analyze


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_a_verb_of_manner_and_a_comma_report_the_quote_after_them():
    text = "During their first debate, Ms. Vale cracked, ''I'm a moderate, but I'm a moderate who gets things done.''"
    hits = [c for w, c in statements(text) if w.startswith("I'm a moderate")]
    assert hits and hits[0].quote == "direct" and hits[0].source.name == "Vale", statements(text)


def test_the_last_of_two_coordinated_verbs_is_the_cue():
    text = "Throughout her speech, Ms. Vale drew cheers and then boomed, ''Today, you proved once again that this city never quits.''"
    hits = [c for w, c in statements(text) if w.startswith("Today, you proved")]
    assert hits and hits[0].cue == "boom", statements(text)


def test_a_title_set_beside_a_noun_is_not_a_quote():
    text = 'She is known for her role as playwright for the hit Broadway play, "Eclipsed."'
    assert not [w for w, c in statements(text) if w.startswith("Eclipsed")], statements(text)


def test_a_phrase_going_on_with_the_writers_sentence_is_not_a_quote():
    text = 'She took her phone everywhere she went, "sending and receiving work emails in the territory of rivals."'
    assert not [w for w, c in statements(text) if w.startswith("sending")], statements(text)


def test_a_quote_inside_a_longer_sentence_is_not_led_in_by_the_comma():
    text = 'The mayor called the budget, "a disgrace for the whole city," and walked out of the room.'
    assert not [c for w, c in statements(text) if c.cue == "call" and w.startswith("a disgrace")], statements(text)
