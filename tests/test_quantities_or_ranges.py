"""Two close numbers joined by "or" are one estimate, a range with the second's unit."""
import pytest

from claimledger.extract.quantities.find import find_quantities


def read(nlp, text):
    return [(q.surface, q.low, q.high, q.unit) for q in find_quantities(nlp(text))]


@pytest.mark.parametrize("text, expected", [
    ("The repairs will take two or three weeks.", [("two or three weeks", 2.0, 3.0, "weeks")]),
    ("Prices could rise 10 or 15 percent next year.", [("10 or 15 percent", 10.0, 15.0, "percent")]),
    ("The river rose about five or six feet overnight.", [("about five or six feet", 5.0, 6.0, "ft")]),
    ("A ticket costs $40 or $50 at the door.", [("$40 or $50", 40.0, 50.0, "USD")]),
])
def test_or_between_close_numbers_is_a_range(nlp, text, expected):
    assert read(nlp, text) == expected


def test_the_counted_thing_follows_the_range(nlp):
    q = find_quantities(nlp("We hired one or two engineers last year."))[0]
    assert (q.surface, q.low, q.high, q.counted) == ("one or two", 1.0, 2.0, "engineers")


@pytest.mark.parametrize("text", [
    "Pick one, two or three options from the menu.",      # a list, not an estimate
    "They might sell 5 or 500 units.",                     # too far apart to be one estimate
    "Scores fell from four or three points.",              # running down
    "The fee was 2 percent or 300 dollars.",               # different units
])
def test_not_a_range(nlp, text):
    assert all(q.low is None or q.high is None for q in find_quantities(nlp(text)))
