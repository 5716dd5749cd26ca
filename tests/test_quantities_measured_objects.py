"""Money as the object of a verb whose subject is who pays, earns or holds it measures what it
is for, what it buys, or what the verb says of it; an amount in brackets restating a share
measures the share's of-phrase (sentences written for these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


def _measured(nlp, text, surface_part):
    for q in find_quantities(nlp(text)):
        if surface_part in q.surface:
            return q.measured
    raise AssertionError(f"no quantity with {surface_part!r} in {text!r}")


@pytest.mark.parametrize("text, part, measured", [
    ("She promised an extra £40m for rural bus routes.", "£40m", "rural bus routes"),
    ("Last year they spent $3m on new laboratory equipment.", "$3m", "new laboratory equipment"),
    ("It will borrow £12m in bonds.", "£12m", "bonds"),
    ("He sold his old tractor for £900.", "£900", "his old tractor"),
    ("Offenders can be fined up to £2,500.", "£2,500", "fined"),
    ("They took in £8,412 over the weekend.", "£8,412", "took in"),
])
def test_money_as_an_object(nlp, text, part, measured):
    assert _measured(nlp, text, part) == measured


def test_a_bracketed_share_takes_the_of_phrase_of_the_word_it_restates(nlp):
    text = "Nearly a third (31%) of the farmers asked said they would sell."
    assert _measured(nlp, text, "31%") == "farmers"


@pytest.mark.parametrize("text, part, measured", [
    ("Nearly a third, 31%, said they would sell their land.", "31%", "said they would sell their land"),
    ("About two million farms in France, 40%, grow wheat.", "40%", "farms in France"),
])
def test_a_share_set_off_by_commas(nlp, text, part, measured):
    assert _measured(nlp, text, part) == measured
