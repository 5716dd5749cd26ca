"""The holder of an object's measured noun and the readings for hidden clues
(``measured_holder``, ``measured_fill``), on sentences composed for these tests."""
from __future__ import annotations

from claimledger.extract.quantities.find import find_quantities


def _q(nlp, text, surface_part):
    qs = find_quantities(nlp(text))
    return next(q for q in qs if surface_part in q.surface)


def test_object_of_phrase_gets_the_subject_as_holder(nlp):
    q = _q(nlp, "Greenland is losing about 200 gigatonnes of ice every year.", "200")
    assert q.measured == "ice"
    assert q.measured_of == "Greenland"


def test_amount_as_subject_has_no_holder_from_the_finder(nlp):
    q = _q(nlp, "The chamber found 40% of small firms reported late payments.", "40%")
    assert q.measured_of is None


def test_speaking_verb_gives_no_holder(nlp):
    q = _q(nlp, "The ministry reported 300 tonnes of grain lost to the floods.", "300")
    assert q.measured_of != "ministry"


def test_subject_parsed_as_object_of_the_verb_above(nlp):
    q = _q(nlp, "The bulletin indicated the storm's peak gusts were near 140 mph.", "140")
    assert q.measured is not None and "gusts" in q.measured


def test_small_clause_with_worth(nlp):
    q = _q(nlp, "There are 40 member states, with the combined economies of the members worth $9 trillion.",
           "$9")
    assert q.measured is not None and "economies" in q.measured


def test_share_in_a_poll(nlp):
    q = _q(nlp, "He polled at four percent in the latest Gallup poll.", "four percent")
    assert q.measured is not None and q.measured.endswith("poll")
