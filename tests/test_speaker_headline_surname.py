"""A headline's "Surname: claim" is credited to the person of that surname the page names in full
(measured on PolNeAR train: headline colon attributions the line alone could not place)."""
from claimledger import analyze

PAGE = ("Okafor: Harbour towns need a new ferry before winter\n\n"
        "Regional transport minister Adaeze Okafor said on Monday that three harbour towns had lost "
        "their only ferry when the old boat failed its inspection.\n")


def headline_statements(text):
    return [c for c in analyze(text) if c.kind == "statement" and c.segment.kind == "headline"]


def test_the_headline_surname_is_the_person_the_body_names():
    found = headline_statements(PAGE)
    assert found, analyze(PAGE)
    c = found[0]
    assert c.source.name == "Adaeze Okafor" and c.cue == ":"
    assert PAGE[c.source_span[0]:c.source_span[1]] == "Okafor"
    assert PAGE[c.span[0]:c.span[1]].startswith("Harbour towns need a new ferry")


def test_two_people_of_that_surname_leave_the_headline_alone():
    page = PAGE + "Her brother Emeka Okafor, a ferry captain, said the boat was sold in 1998.\n"
    assert all(c.source is None or c.source.name not in ("Adaeze Okafor", "Emeka Okafor")
               for c in headline_statements(page))


def test_a_surname_the_body_never_names_gives_no_speaker():
    page = PAGE.replace("Adaeze Okafor", "Adaeze Nwosu")
    assert all(c.source is None or c.source.name != "Adaeze Nwosu" for c in headline_statements(page))


def test_a_lone_document_word_before_the_colon_is_a_finding():
    page = "Survey: Most commuters in Eastbrook want a later ferry\n\nThe council asked 900 riders in May.\n"
    found = headline_statements(page)
    assert found and found[0].source.name == "survey" and found[0].source.kind == "document", found


def test_a_headline_the_extractor_already_credits_is_one_statement():
    """When the line's own colon rule already made the statement, the surname rule credits that
    one: a page never holds two claims with one id."""
    page = ("Adaeze Okafor: Harbour towns need a new ferry before winter\n\n"
            "Regional transport minister Adaeze Okafor said on Monday that three harbour towns had "
            "lost their only ferry.\n")
    claims = analyze(page)
    ids = [c.claim_id for c in claims]
    assert len(ids) == len(set(ids))
    assert len(headline_statements(page)) <= 1
