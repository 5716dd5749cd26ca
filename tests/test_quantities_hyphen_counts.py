"""A number glued to a noun by a hyphen inside a noun phrase ("a 40-storey tower", "the
15-member council"): the number counts the glued noun, and what it measures is the noun the
pair modifies (sentences written for these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


@pytest.mark.parametrize("text, counted, measured", [
    ("The council approved a 32-storey tower beside the station.", "storey", "tower"),
    ("The 11-member board voted against the merger.", "member", "board"),
    ("Leaders of the 19-nation alliance met in Oslo.", "nation", "alliance"),
    ("The striker was handed a three-match ban.", "match", "ban"),
])
def test_a_hyphen_count_counts_its_noun_and_measures_the_noun_after(nlp, text, counted, measured):
    (q,) = [q for q in find_quantities(nlp(text)) if q.kind == "count"]
    assert (q.counted, q.measured) == (counted, measured)


@pytest.mark.parametrize("text, counted", [
    ("The charity fed 300 homeless families last winter.", "homeless families"),
    ("Rescuers pulled 12 miners from the shaft.", "miners"),
])
def test_a_plain_count_keeps_its_whole_noun_phrase(nlp, text, counted):
    (q,) = find_quantities(nlp(text))
    assert q.counted == counted
