"""Direct quotes read whole and joined (measured on PolNeAR train): a quote closing on '!' or '?'
before its cue, a titled speaker after the quote, a second quote after a clause of the speaker's
own, and a cue whose parsed clause is only the quote's last sentence."""
from claimledger import analyze


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_a_quote_ending_in_an_exclamation_is_reported_by_the_cue_after_it():
    text = 'The crowd grew louder at the gate. "Open the doors now!" Marta Ilves shouted to the guards.'
    hits = [c for w, c in statements(text) if w == "Open the doors now!"]
    assert hits and hits[0].source.name == "Marta Ilves" and hits[0].quote == "direct", statements(text)


def test_a_quoted_question_before_its_cue_is_a_direct_statement():
    text = "''Why close the library in winter?'' Senator Paul Brandt asked at the meeting."
    hits = [c for w, c in statements(text) if w.startswith("Why close the library")]
    assert hits and hits[0].source.name == "Paul Brandt", statements(text)


def test_a_speaker_with_a_title_after_the_quote_is_found():
    text = '"We will not raise the fares this year," Ms. Hanna Kovac said on Tuesday.'
    hits = [c for w, c in statements(text) if w.startswith("We will not raise")]
    assert hits and hits[0].source.name == "Hanna Kovac" and hits[0].quote == "direct", statements(text)


def test_a_second_quote_after_the_speakers_own_clause_shares_the_cue():
    text = ('"The bridge is safe to cross," said Ivo Marsh, who has inspected it since it opened. '
            '"We found no cracks in the main span during the last inspection."')
    pieces = [c for w, c in statements(text) if c.quote == "direct"]
    assert len(pieces) == 2, statements(text)
    assert pieces[0].cue_span == pieces[1].cue_span and pieces[0].source_span == pieces[1].source_span


def test_the_whole_quotation_is_read_when_the_parse_gives_its_last_sentence():
    text = '"You know what they told me? Wait until spring, because the money is gone," Ada Lind continued.'
    words = [w for w, c in statements(text) if c.source and c.source.name == "Ada Lind"]
    assert any(w.startswith("You know what they told me?") and w.endswith("the money is gone,") for w in words), words


def test_a_quote_opened_by_doubled_apostrophes_is_direct_not_mixed():
    text = ("''Our riders are well aware that the fares have changed since the spring,'' said Nora Vance, "
            "the transit board's chair, who has led the project since it began.")
    hits = [c for w, c in statements(text) if w.startswith("Our riders are well aware")]
    assert hits and hits[0].quote == "direct", statements(text)
