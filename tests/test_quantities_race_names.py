"""A race distance that names an athletics or swimming event ("the women's 800m", "the 60m
hurdles", "Olympic 1500m champion") is a name, like "10-year notes", not a length anyone claims;
a distance run or measured stays an amount (sentences written for these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


@pytest.mark.parametrize("text", [
    "Okafor won the women's 800m in Leeds on Sunday.",
    "The 60m hurdles was the closing event of the meeting.",
    "The Olympic 400m and 1500m champion will race again in March.",
    "She may defend her indoor 3000m title next month.",
    "The club's 200m specialist pulled out with a cramp.",
    "He swam the 100 metres faster than anyone this year.",
])
def test_a_race_named_by_its_distance_is_no_amount(nlp, text):
    assert [q.surface for q in find_quantities(nlp(text)) if q.unit == "m"] == []


@pytest.mark.parametrize("text, surface", [
    ("The wall will be 800m long.", "800m"),
    ("She led until the last 100m of the race.", "100m"),
    ("The tunnel runs for 1500m under the river.", "1500m"),
    ("The company has 800m users worldwide.", "800m"),
])
def test_a_length_stays_an_amount(nlp, text, surface):
    assert surface in [q.surface for q in find_quantities(nlp(text))]

