"""A speaker's clause ending in a colon that opens a quotation reports the quotation, whatever its
verb; and a 'while' clause inside reported words stays part of them (measured on PolNeAR train)."""
from claimledger import analyze


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_any_verb_before_a_colon_and_a_quote_reports_the_quote():
    text = ('The mayor of Eastbrook spoke to reporters outside the town hall on Monday.\n\n'
            'Mayor Clara Bennett shrugged: "We will rebuild the bridge before the winter comes."')
    hits = [(w, c) for w, c in statements(text) if w.startswith("We will rebuild")]
    assert hits, statements(text)
    words, c = hits[0]
    assert c.source.name == "Clara Bennett" and c.quote == "direct"


def test_a_colon_with_no_speaking_subject_reports_nothing():
    text = 'The menu had one line: "Soup of the day." Guests ate early.'
    assert not [w for w, _ in statements(text) if w.startswith("Soup of the day")]


def test_a_while_clause_stays_in_the_reported_words():
    text = "Tom Reyes said the plant would stay open while the union talks went on."
    words = [w for w, _ in statements(text)]
    assert any(w.startswith("the plant would stay open while the union talks went on") for w in words), words


def test_a_quote_in_doubled_apostrophes_after_the_colon_is_read_too():
    text = "Asked about the delay, Ms. Dana Whitfield snapped: ''The trains will run on time.''"
    hits = [c for w, c in statements(text) if w.startswith("The trains will run")]
    assert hits and hits[0].source.name == "Dana Whitfield", statements(text)


def test_a_quote_after_a_dash_lead_in_is_the_content_of_the_cue_after_it():
    text = 'The mayor praised the new bridge - "It will change how this town works," Ms. Clara Bennett said.'
    hits = [(w, c) for w, c in statements(text) if text[c.cue_span[0]:c.cue_span[1]] == "said"]
    assert hits and hits[0][0].startswith("It will change") and hits[0][1].quote == "direct", statements(text)


def test_a_paragraph_ending_in_a_speakers_colon_gives_the_next_paragraphs_quote_to_that_speaker():
    text = ('The council met on Monday to discuss the bridge.\n\nMayor Clara Bennett stated:\n\n'
            '"The bridge will be rebuilt before the winter, and the town will pay for it."')
    hits = [c for w, c in statements(text) if w.startswith("The bridge will be rebuilt")]
    assert hits and hits[0].source.name == "Clara Bennett" and hits[0].quote == "direct", statements(text)
