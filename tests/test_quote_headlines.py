"""A headline of a short capitalised name, a colon and a quotation in single or double marks is
that person's statement, even where the parser tags no name (measured on PolNeAR train)."""
from claimledger import analyze


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_a_name_a_colon_and_single_quotes_make_a_headline_statement():
    text = ("Rubio: 'We will open the harbour again by spring.'\n\n"
            "The senator spoke to fishermen on the quay on Monday.")
    hits = [c for w, c in statements(text) if "open the harbour" in w]
    assert hits and hits[0].source.name == "Rubio", statements(text)


def test_a_lower_case_phrase_before_a_colon_names_no_speaker():
    text = ("Voters' verdict: 'Not good enough for the town.'\n\n"
            "The council met on Monday to count the ballots.")
    assert not [c for w, c in statements(text) if "Not good enough" in w and c.source and c.source.name], statements(text)
