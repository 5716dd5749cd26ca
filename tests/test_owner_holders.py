"""Who a measured figure belongs to (sentences written for these tests): the noun a "with"
phrase describes, never an amount's or a unit's words, a company's whole name, and nobody
when an object-control verb hands the action to its object."""
import pytest
from test_quantities_measured_holders import readings


@pytest.mark.parametrize("text, surface, holder", [
    ("Argentina, with about 50 billion dlrs in debt, asked its creditors for more time.",
     "about 50 billion dlrs", "Argentina"),
    ("Peru, with 14 billion dlrs of foreign debt, is the region's smallest debtor.",
     "14 billion dlrs", "Peru"),
])
def test_the_noun_a_with_phrase_describes_holds_the_amount(nlp, text, surface, holder):
    assert readings(nlp, text)[surface][1] == holder


def test_a_with_phrase_on_an_object_of_a_preposition_holds_nothing(nlp):
    got = readings(nlp, "The bank was fined in connection with a 40 mln dlr loan to the firm.")
    assert got["40 mln dlr"][1] != "connection"


def test_a_company_legal_form_alone_takes_the_name_before_it(nlp):
    got = readings(nlp, "LONDON, May 4 - Northern Mills Ltd said it raised its stake in Acme Co "
                        "to 12.5 pct from 9.1 pct.")
    holders = {h for _, h in got.values() if h}
    assert "Ltd" not in holders
    assert any(h.endswith("Northern Mills Ltd") for h in holders)


def test_an_object_control_verb_hands_the_figure_to_its_object(nlp):
    got = readings(nlp, "Regulators are forcing the sale of the unit to help pay a $4bn fine.")
    assert got["$4bn"][1] != "Regulators"


def test_a_possessor_left_out_of_the_measured_words_holds_the_figure(nlp):
    got = readings(nlp, "Prices held near the cartel's 20 dlr a barrel target, traders said.")
    measured, holder = got["20 dlr a barrel"]
    if measured == "target":
        assert holder == "cartel"


def test_a_time_possessor_is_when_not_whose(nlp):
    got = readings(nlp, "Tolls rose eight pct this year, compared with last year's 15 pct rise.")
    assert got["15 pct"][1] != "last year"


def test_people_who_speak_for_others_hold_nothing_they_speak_of(nlp):
    got = readings(nlp, "The strike began on Monday, and union leaders said they would not go back "
                        "unless they got a 40 pct pay rise.")
    assert got["40 pct"][1] != "union leaders"


def test_a_company_that_speaks_of_its_own_figure_holds_it(nlp):
    got = readings(nlp, "Dell said it would lay off about 5% of its workforce.")
    assert got["about 5%"][1] == "Dell"
