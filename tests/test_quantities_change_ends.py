"""The bare end of a change takes its partner's unit and scale word ("rose from 4.8 to 5.2
billion dlrs", "fell to 1.2 billion from 1.5 billion dlrs", "up to 45 pct from 20")."""
import pytest

from claimledger.extract.quantities import find_quantities


def _read(nlp, text):
    return [(q.value, q.unit) for q in find_quantities(nlp(text))]


@pytest.mark.parametrize("text, expected", [
    ("Exports rose from 3.1 to 3.6 billion dollars last year.", [(3.1e9, "USD"), (3.6e9, "USD")]),
    ("The trade surplus narrowed to 2.4 billion euros from 3.9 billion.", [(2.4e9, "EUR"), (3.9e9, "EUR")]),
    ("Its stake will rise to 45 pct from 20.", [(45, "percent"), (20, "percent")]),
    ("Turnover was 812 mln crowns, up from 790 mln a year earlier.", [(812e6, "crowns"), (790e6, "crowns")]),
    ("Stocks were 61,200 tonnes against 58,900 a year ago.", [(61200, "t"), (58900, "t")]),
    ("The wait rose to 40 days from 25 in the spring.", [(40, "days"), (25, "days")]),
])
def test_the_bare_end_of_a_change_takes_its_partners_unit(nlp, text, expected):
    assert _read(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # not alike in size: the scale word is not shared, and neither is the unit
    "Membership grew from 800 to 1.2 million dollars in fees.",
    # two different things counted: no end is bare
    "About 5,000 delegates from 30 countries attended.",
])
def test_ends_unlike_in_size_or_already_read_keep_their_reading(nlp, text):
    qs = find_quantities(nlp(text))
    assert all(q.value != 800e6 for q in qs) and not any(q.unit and q.value == 800 for q in qs)
    assert not any(q.value == 30 and q.counted == "delegates" for q in qs)
