"""A table line's figures each hold for the name set before them ("Wheat sales by destination,
in tonnes: Chile 41,000, Peru 12,500"), while the line's heading says what they measure; and a
company the parse reads as its legal form alone ("Ltd") is named whole (sentences written for
these tests)."""
from claimledger.extract.quantities.find import find_quantities


def readings(nlp, text):
    return [(q.surface, q.measured, q.measured_of) for q in find_quantities(nlp(text))]


def test_each_figure_of_a_table_line_holds_for_the_name_before_it(nlp):
    got = readings(nlp, "Wheat sales by destination, in tonnes: Chile 41,000, Peru 12,500, New Zealand 3,100.")
    holders = {s: o for s, _, o in got}
    assert holders["41,000"] == "Chile"
    assert holders["12,500"] == "Peru"
    assert holders["3,100"] == "New Zealand"
    assert all(m and m.startswith("Wheat sales") for _, m, _ in got)


def test_a_model_number_after_a_name_opens_no_list_item(nlp):
    assert all(o is None for _, _, o in readings(nlp, "The carrier ordered 12 Airbus 320 jets."))


def test_a_company_read_as_its_legal_form_alone_gets_its_whole_name(nlp):
    got = readings(nlp, "Baring Brothers (Asia) Ltd is issuing 30,000 warrants.")
    assert got[0][1] == "Baring Brothers (Asia) Ltd"
