"""Readings of what an amount measures that name the wrong thing (``measured_check``, and the
pronoun agreement in ``subjects``), on sentences composed for these tests."""
from __future__ import annotations

from claimledger.extract.quantities.find import find_quantities


def _q(nlp, text, surface_part):
    qs = find_quantities(nlp(text))
    return next(q for q in qs if surface_part in q.surface)


def test_passive_participle_alone_is_no_reading(nlp):
    q = _q(nlp, "The samples were stored in jars: most were stored for about six years.", "six years")
    assert q.measured != "stored"


def test_a_penalty_participle_is_the_reading_of_its_length(nlp):
    q = _q(nlp, "A court heard the appeal. She was jailed for eleven years.", "eleven years")
    assert q.measured == "jailed"
    q = _q(nlp, "He was sentenced to nine months in prison last week.", "nine months")
    assert q.measured == "sentenced"


def test_a_plan_to_act_on_a_count_is_not_what_it_counts(nlp):
    q = _q(nlp, "The hospital group signed an agreement to sell six rural clinics.", "six")
    assert q.measured is None and q.counted == "rural clinics"
    q = _q(nlp, "The ministry has a plan to borrow 4.5 billion euros.", "4.5 billion euros")
    assert q.measured == "plan"  # money keeps the plan: its size


def test_figure_word_alone_is_no_reading(nlp):
    q = _q(nlp, "Last spring the figure was 31%.", "31%")
    assert q.measured != "figure"


def test_figure_word_with_its_of_phrase_stays(nlp):
    q = _q(nlp, "The number of visitors rose by 12% last year.", "12%")
    assert q.measured is not None and "visitors" in q.measured


def test_holding_noun_that_names_a_thing_stays(nlp):
    q = _q(nlp, "The 30-day average is still below the 2,400 level.", "2,400")
    assert q.measured != "figure"


def test_possessive_pronoun_amount_reads_the_noun_after_it(nlp):
    q = _q(nlp, "The cartel was exceeding its 12.5 mln barrels per day output quota, set in May.", "12.5")
    assert q.measured is not None and "quota" in q.measured
    assert "cartel" not in q.measured


def test_you_in_a_quote_is_not_the_speaker(nlp):
    q = _q(nlp, '"You have to train those nine days to earn a rest," joked coach Maria Dunlop.', "nine days")
    assert q.measured is None or "Dunlop" not in q.measured


def test_we_in_a_quote_is_not_a_single_speaker(nlp):
    q = _q(nlp, 'Coach Maria Dunlop said: "For 70 minutes we matched the champions."', "70 minutes")
    assert q.measured is None or "Dunlop" not in q.measured


def test_company_said_it_still_reads_the_company(nlp):
    q = _q(nlp, "The airline said it had 4,000 pilots on its payroll.", "4,000")
    assert q.counted is not None


def test_third_person_pronoun_in_a_quote_is_not_the_speaker(nlp):
    q = _q(nlp, '"He has 35 goals for his country and he is our best striker," insisted Petra Lind.', "35")
    assert q.measured is None or "Lind" not in q.measured


def test_pronoun_in_reported_speech_still_reads_the_speaker(nlp):
    q = _q(nlp, "The insurer said it expects revenue to rise 4% this year.", "4%")
    assert q.measured is not None


def test_possessive_pronoun_amount_skips_a_hyphenated_modifier(nlp):
    q = _q(nlp, "Traders said the cartel was pumping more than its 9.2 mln barrel a day (bpd) self-imposed quota.",
           "9.2")
    assert q.measured is not None and q.measured.endswith("quota")


def test_ages_apposed_to_other_people_are_not_the_subjects(nlp):
    text = "Laura Brandt, 52, interviewed inspectors Paul Meyer and Jonas Keller, 44 and 37, at the station."
    for q in find_quantities(nlp(text), ages=True):
        if q.surface in ("44", "37"):
            assert q.measured is None or "Brandt" not in q.measured
