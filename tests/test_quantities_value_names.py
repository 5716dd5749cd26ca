"""A number that says how many spoke ("one official said", "two diplomats told the paper") or
that is part of a proper name ("the Six Nations", "the Group of Seven") is no figure anyone
claims; a count that is the claim, and a number in a title-case headline, stay amounts
(sentences written for these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


def _surfaces(nlp, text):
    return [q.surface for q in find_quantities(nlp(text))]


@pytest.mark.parametrize("text, surface", [
    ("The talks stalled on Friday, one official said.", "one"),
    ("Two diplomats told the paper that the talks had stalled.", "Two"),
    ("Prices will rise again, three analysts said on Monday.", "three"),
    ("Most of the staff left early, at least one said.", "one"),
])
def test_a_count_of_speakers_is_no_figure(nlp, text, surface):
    assert surface not in _surfaces(nlp, text)


@pytest.mark.parametrize("text, surface", [
    ("Wales beat Italy in the Six Nations on Saturday.", "Six"),
    ("Ministers of the Group of Seven met in Rome last week.", "Seven"),
])
def test_a_number_inside_a_name_is_no_figure(nlp, text, surface):
    assert surface not in _surfaces(nlp, text)


@pytest.mark.parametrize("text, surface", [
    ("Four people were killed in the blast, police said.", "Four"),
    ("The firm said it will cut 300 jobs.", "300"),
    ("He said two of the wells were dry.", "two"),
    ("The party was polling at ZERO before the debate.", "ZERO"),
])
def test_a_claimed_count_stays_an_amount(nlp, text, surface):
    assert surface in _surfaces(nlp, text)


@pytest.mark.parametrize("text, surface", [
    ("Federer beat Roger Vasquez 6-2 6-3 in the final.", "6-3"),
    ("Results: Conservative Party - 365 seats, Labour Party - 203 seats.", "365"),
])
def test_scores_and_tallies_beside_a_name_stay_amounts(nlp, text, surface):
    assert surface in _surfaces(nlp, text)
