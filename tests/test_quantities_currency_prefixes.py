"""The dollar sign written before the country's letter ("$A45", "$NZ20"), as Australian and New
Zealand papers write it, is that country's dollar (sentences written for these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The fare is $A45 on weekdays.", "$A45", 45, "AUD"),
    ("The mine was sold for $A1.2 million.", "$A1.2 million", 1.2e6, "AUD"),
    ("A new $NZ20 note was issued.", "$NZ20", 20, "NZD"),
    ("It cost A$45.", "A$45", 45, "AUD"),
])
def test_a_dollar_sign_before_the_country_letter(nlp, text, surface, value, unit):
    got = [(q.surface, q.value, q.unit) for q in find_quantities(nlp(text))]
    assert (surface, value, unit) in got


def test_a_letter_and_digits_without_the_dollar_sign_stay_a_code(nlp):
    assert [q.surface for q in find_quantities(nlp("Grade A45 steel costs $45."))] == ["$45"]
