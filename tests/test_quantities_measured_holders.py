"""Whose measured thing it is, and index names with a number in them (sentences written for
these tests): the body that changes what it holds ("the bank raised its rate to 4%"), the company
a market report names before a dash, and "Stoxx 600 index"-style names kept whole."""
import pytest

from claimledger.extract.quantities.find import find_quantities


def readings(nlp, text):
    doc = nlp(text)
    out = {}
    for q in find_quantities(doc):
        if q.measured_of_start is not None:
            assert doc.text[q.measured_of_start:q.measured_of_end] == q.measured_of
        out[q.surface] = (q.measured, q.measured_of)
    return out


@pytest.mark.parametrize("text, surface, measured, holder", [
    ("The central bank of Norway lifted its main lending rate to 4.5% on Thursday.", "4.5%",
     "main lending rate", None),  # "its": the possessive path, unchanged
    ("Brazil has raised the cap on foreign stakes in airlines from 20% to 49%.", "20% to 49%",
     "cap on foreign stakes", "Brazil"),
    ("The company plans to cut the price of its basic plan by about 10% next month.", "about 10%",
     "price", "company"),
])
def test_the_body_that_changes_a_thing_holds_it(nlp, text, surface, measured, holder):
    got = readings(nlp, text)
    assert got[surface][0].startswith(measured)
    if holder is not None:
        assert got[surface][1] == holder


def test_an_event_that_causes_a_change_holds_nothing(nlp):
    got = readings(nlp, "A slump in exports pushed the trade deficit to $48 billion in May.")
    assert got["$48 billion"] == ("trade deficit", None)


@pytest.mark.parametrize("text, surface, holder", [
    ("Hollister — The clothing retailer slid 4.1% after cutting its forecast.", "4.1%", "Hollister"),
    ("Vantor Labs — Shares of the drug developer jumped 12% in early trading.", "12%", "Vantor Labs"),
])
def test_the_name_a_market_report_sets_before_a_dash_holds_the_subject(nlp, text, surface, holder):
    assert holder in readings(nlp, text)[surface]  # as the holder, or the subject itself


@pytest.mark.parametrize("text", [
    "NEW YORK — Stocks slid 2% on Monday as oil prices climbed.",
    "Imports - long the weak spot of the economy - rose 3% in March.",
])
def test_no_dateline_or_aside_is_a_holder(nlp, text):
    assert all(of is None for _, of in readings(nlp, text).values())


@pytest.mark.parametrize("text, surface, name", [
    ("The pan-European Stoxx 600 index fell 1.2% on Monday.", "1.2%", "Stoxx 600 index"),
    ("Nasdaq 100 futures were up 40 points, or 0.3%.", "40 points", "Nasdaq 100 futures"),
])
def test_a_number_inside_an_index_name_stays_in_the_name(nlp, text, surface, name):
    assert name in readings(nlp, text)[surface][0]
