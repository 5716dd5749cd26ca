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


def test_share_for_a_named_candidate(nlp):
    q = _q(nlp, "Smith led Jones 45 percent to 38 percent, with 6 percent for Brown.", "6 percent")
    assert q.measured == "Brown"


def test_name_joined_by_a_dash_is_kept_whole(nlp):
    q = _q(nlp, "The long-term prime rate is now 4.5 pct.", "4.5")
    assert q.measured == "long-term prime rate"


def test_a_unit_alone_is_never_what_is_measured(nlp):
    for text in ("It measured about 3 cm, or 1 cm = 0.39 inch.", "Pieces were two centimetres or less [1 cm = about 0.39 inch] in size."):
        for q in find_quantities(nlp(text)):
            assert q.measured not in ("cm", "inch", "inches")


def test_a_currency_alone_stays_for_its_exchange_rate(nlp):
    q = _q(nlp, "In late trading, the dollar reached $1.29 against the euro.", "$1.29")
    assert q.measured == "dollar"


def test_share_in_a_state(nlp):
    q = _q(nlp, "In the survey, 37% were worried about their savings.", "37%")
    assert q.measured == "worried about their savings"


def test_unit_word_subject_reads_its_possessor(nlp):
    q = _q(nlp, "Officials said the tremor's magnitude was 4.7.", "4.7")
    assert q.measured == "tremor"


def test_gerund_subject(nlp):
    q = _q(nlp, "In the town, testing between 2015 and 2016 came back at 3 ppb.", "3 ppb")
    assert q.measured == "testing"


def test_amount_in_apposition_after_a_comma(nlp):
    q = _q(nlp, "The company's revenue, $5bn, was up on last year.", "$5bn")
    assert q.measured == "company's revenue"


def test_bracketed_restatement_is_not_an_apposition_reading(nlp):
    q = _q(nlp, "The film took $44.7m (£23.2m) over the weekend.", "£23.2m")
    assert q.measured != "m"


def test_duration_after_within_is_a_deadline(nlp):
    q = _q(nlp, "The council was asked to publish a plan within six weeks.", "six weeks")
    assert q.measured is None
