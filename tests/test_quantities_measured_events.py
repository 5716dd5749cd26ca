"""What an amount measures when it is the subject of a verb or a duration on "be", names that
look like amounts, and restatements chained in one bracket (sentences written for these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


def readings(nlp, text):
    doc = nlp(text)
    out = {}
    for q in find_quantities(doc):
        if q.measured_start is not None:
            assert doc.text[q.measured_start:q.measured_end] == q.measured
        out[q.surface] = (q.measured, q.measured_of)
    return out


@pytest.mark.parametrize("text, surface, measured", [
    ("In the council's survey, 58% said the bus service had got worse.", "58%",
     "said the bus service had got worse"),
    ("About 35% did not know which candidate they would back.", "About 35%", "did not know"),
    ("Some 61% believe the tax should be scrapped.", "Some 61%", "believe the tax should be scrapped"),
    ("After the draw, 20p will go to the hospital fund.", "20p", "go to the hospital fund"),
])
def test_an_amount_as_subject_measures_what_its_verb_says(nlp, text, surface, measured):
    got = readings(nlp, text)[surface]
    assert got[0].startswith(measured)
    assert got[1] is None  # the share itself is the subject: no holder besides it


def test_a_share_with_its_own_verb_takes_no_reading_carried_from_the_one_before(nlp):
    got = readings(nlp, "The poll found 71% supported the new park, compared with 19% against.")
    assert got["71%"][0] == "supported the new park"
    assert got["19%"][0] != "supported the new park"


@pytest.mark.parametrize("text, surface, measured", [
    ("I have been ill for four days and cannot train.", "four days", "been ill"),
    ("She has been in the national squad for six years.", "six years", "been in the national squad"),
])
def test_a_duration_on_be_measures_the_state(nlp, text, surface, measured):
    assert readings(nlp, text)[surface][0] == measured


@pytest.mark.parametrize("text", [
    "The rapper 50 Cent said the feud was over.",
    "Her single One Night reached the top of the chart.",
])
def test_a_number_and_unit_written_as_a_title_is_a_name(nlp, text):
    assert readings(nlp, text) == {}


@pytest.mark.parametrize("text, surface", [
    ("The dish costs 50 cents and the night costs $80.", "50 cents"),
    ("Temperatures fell to minus 40 degrees Fahrenheit overnight.", "minus 40 degrees Fahrenheit"),
    ("The actor earned 3.5m Euros last year.", "3.5m Euros"),
])
def test_units_that_are_amounts_stay(nlp, text, surface):
    assert surface in readings(nlp, text)


def test_a_second_restatement_in_a_bracket_measures_the_same_thing(nlp):
    got = readings(nlp, "The airline's losses narrowed to $200m (£104m; 151m euros) last year.")
    assert got["$200m"][0] == got["£104m"][0] == got["151m euros"][0]
    assert got["$200m"][0] is not None


@pytest.mark.parametrize("text, kept", [
    ("At one point the index was down 40 points.", "40 points"),
    ("The index rose one point to 2,410.", "one point"),
])
def test_at_one_point_picks_a_moment(nlp, text, kept):
    got = readings(nlp, text)
    assert kept in got
    assert "one point" not in got or kept == "one point"


@pytest.mark.parametrize("text, surface, measured", [
    ("It will cost £12m to rebuild the old pier.", "£12m", "to rebuild the old pier"),
    ("It took $3bn to finish the tunnel under the bay.", "$3bn", "to finish the tunnel"),
    ("The new stadium, which cost $900m to build, opens in May.", "$900m", "new stadium"),
])
def test_what_it_costs_to_do_something(nlp, text, surface, measured):
    assert readings(nlp, text)[surface][0] == measured
