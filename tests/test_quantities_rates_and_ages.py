"""A rate written after a bracketed restatement, and a bare number said of a person."""
import pytest

from claimledger.extract.quantities.find import find_quantities


@pytest.mark.parametrize("text, expected", [
    ("The plan saves $2bn (£1.1bn) a year.", [("$2bn", "USD/year"), ("£1.1bn", "GBP/year")]),
    ("Cleaners earn 8 euros ($9; £7) an hour.", [("8 euros", "EUR/hour"), ("$9", "USD/hour"), ("£7", "GBP/hour")]),
    ("Sales were $5m ($4m in 2003) last year.", [("$5m", "USD"), ("$4m", "USD")]),
    ("Profit was $3m ($2m) a year ago.", [("$3m", "USD"), ("$2m", "USD")]),
])
def test_a_rate_after_a_bracket(nlp, text, expected):
    assert [(q.surface, q.unit) for q in find_quantities(nlp(text))] == expected


@pytest.mark.parametrize("text", [
    "He was 91.", "She left school when she was 16.", "I will be 40 next spring.",
    "The coach, who is 52, said nothing.", "He retires before he turns 65.",
])
def test_a_number_said_of_a_person_is_an_age(nlp, text):
    assert find_quantities(nlp(text)) == []
    assert [q.kind for q in find_quantities(nlp(text), ages=True)] == ["age"]


@pytest.mark.parametrize("text", [
    "The index was 95 at noon.", "He was 12 points clear.", "We were 3-1 ahead.",
    "She is one of the leaders.",
])
def test_other_numbers_after_be_are_not_ages(nlp, text):
    assert all(q.kind != "age" for q in find_quantities(nlp(text), ages=True))


@pytest.mark.parametrize("text", [
    "The car has a four-cylinder engine and a six-speed gearbox.",
    "Rebates apply to two-door models.", "They stayed at a five-star hotel.",
    "The four-piece band toured Europe.", "They rent a three-bedroom flat.",
])
def test_a_product_kind_is_no_amount(nlp, text):
    assert find_quantities(nlp(text)) == []


@pytest.mark.parametrize("text, surface", [
    ("The club moved to a 60,000-seater stadium.", "60,000"),   # a capacity
    ("Two 500-bed hospitals will open.", "500"),
    ("Chelsea hold a five-point lead.", "five-point"),          # a margin
])
def test_a_capacity_or_margin_stays_an_amount(nlp, text, surface):
    assert surface in [q.surface for q in find_quantities(nlp(text))]
