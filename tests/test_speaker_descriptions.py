"""A description the model took into a person's name ("Astronomer Ana Li") is the role, not the
name; a given name that is also a word ("Will", "Bill") stays part of the name.  The rule reads
how often the news corpus writes the word in lower case (lexicon/lowercase_words_news.tsv)."""
import pytest

from claimledger import analyze


def sources(text):
    return [c.source for c in analyze(text) if c.kind == "statement" and c.source is not None]


@pytest.mark.parametrize("text, name, role", [
    ("Geologist Marta Oyelaran said the ridge had moved four centimetres since March.", "Marta Oyelaran", None),
    ("Broadcaster Tomas Aldridge said the station would close its northern office in June.", "Tomas Aldridge", "broadcaster"),
    ("Astronomer Anna Kowalczyk discusses the birth of a planet with students in Leeds.", "Anna Kowalczyk", "astronomer"),
])
def test_a_description_glued_before_a_name_is_not_the_name(text, name, role):
    found = sources(text)
    assert found and found[0].name == name, found
    if role:
        assert found[0].role == role, found


@pytest.mark.parametrize("text, name", [
    ("Bill de Blasio said the city would hire 300 more teachers next year.", "Bill de Blasio"),
    ("Will Hartley Brown said the bridge would reopen in the spring.", "Will Hartley Brown"),
])
def test_a_given_name_that_is_also_a_word_stays_in_the_name(text, name):
    found = sources(text)
    assert found and found[0].name == name, found


def test_the_described_person_is_one_person_across_the_page():
    text = ("Broadcaster Tomas Aldridge said the station would close its northern office in June. "
            "Aldridge added that 40 staff would move to the capital.")
    names = {s.name for s in sources(text)}
    assert names == {"Tomas Aldridge"}, names


@pytest.mark.parametrize("text, name, title, org", [
    ("Chief Minister of Lakeland Maria Okonjo said the ferry would run again in May.", "Maria Okonjo", "Chief Minister", "Lakeland"),
    ("On Monday, Senator from Eastbrook Tomas Aldridge endorsed the harbour plan.", "Tomas Aldridge", "Senator", "Eastbrook"),
])
def test_a_name_glued_to_the_place_of_an_office_is_the_speaker(text, name, title, org):
    found = sources(text)
    assert found and (found[0].name, found[0].title, found[0].organization) == (name, title, org), found
