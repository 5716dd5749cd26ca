"""Spelt fractions whose denominator starts like a number word ("one fourth", "a sixth of"),
an article fraction before "of" ("a third of the vote", "a quarter of a million"), and spelt
ordinals after a tens word ("twenty-first"), which are no numbers."""
import pytest

from claimledger.extract.numbers import find_numbers


def spans(text):
    return [(n.surface, round(n.value, 4)) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("One fourth of the staff left.", [("One fourth", 0.25)]),
    ("Roughly one sixth of the budget went on rent.", [("one sixth", 0.1667)]),
    ("Three-fourths of the members agreed.", [("Three-fourths", 0.75)]),
    ("A seventh of the land is forest.", [("A seventh", 0.1429)]),
])
def test_denominators_that_begin_with_a_number_word(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About a third of the vote went to the challenger.", [("a third", 0.3333)]),
    ("The firm sold a quarter of its shares.", [("a quarter", 0.25)]),
    ("Nearly a quarter of a million people signed.", [("a quarter of a million", 250000.0)]),
    ("The bank cut rates by an eighth of a point.", [("an eighth", 0.125)]),
    ("Half a million homes lost power.", [("Half a million", 500000.0)]),
])
def test_an_article_fraction_before_of(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "She came a third time.", "They held a Fourth of July parade.", "It was the third of five talks.",
])
def test_ordinals_and_names_are_not_fractions(text):
    assert [n.value for n in find_numbers(text) if n.value < 1] == []


@pytest.mark.parametrize("text, expected", [
    ("The festival is in its twenty-first year.", []),
    ("On his forty-fifth birthday he retired.", []),
    ("The twenty-sixth floor was closed.", []),
    ("Seventy-five people came to the thirty-second meeting.", [("Seventy-five", 75.0)]),
])
def test_a_spelt_ordinal_is_no_number(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Each right buys one-hundredth of a share.", [("one-hundredth", 0.01)]),
    ("It lasted three thousandths of a second.", [("three thousandths", 0.003)]),
    ("They marked the one hundredth anniversary.", []),
    ("One hundred people came.", [("One hundred", 100.0)]),
])
def test_a_scale_word_as_a_denominator(text, expected):
    assert spans(text) == expected
