"""What an amount measures when the sentence's own subject says nothing: a pronoun read back to
the noun subject written before it, the time "it took" to do something, a gerund clause as the
subject, a conversion in brackets, and a country after a dollar amount (sentences written for
these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


def measured(nlp, text):
    doc = nlp(text)
    out = {}
    for q in find_quantities(doc):
        if q.measured_start is not None:  # (a part reads "part of" before the whole's words)
            assert q.measured.endswith(doc.text[q.measured_start:q.measured_end])
        out[q.surface] = q.measured
    return out


@pytest.mark.parametrize("text, surface, thing", [
    ("A new dinosaur was found in Patagonia. It weighed about ten lbs.", "about ten lbs", "new dinosaur"),
    ("The bridge opened in May. It cost $40 million.", "$40 million", "bridge"),
    ("The two new ferries arrived on Monday. They are 120 metres long.", "120 metres", "new ferries"),
])
def test_a_pronoun_subject_is_read_back_to_the_subject_before_it(nlp, text, surface, thing):
    assert measured(nlp, text)[surface] == thing


@pytest.mark.parametrize("text", [
    "We arrived on Monday. I paid $40 for the room.",        # "I" names no written noun
    "The minister resigned. It cost $40 million.",           # "it" is never a person
])
def test_a_pronoun_is_not_read_back_to_what_it_cannot_stand_for(nlp, text):
    got = measured(nlp, text)
    assert "minister" not in got.values() and "We" not in got.values()


@pytest.mark.parametrize("text, surface, thing", [
    ("After the fire started it took around five hours to gain control of the blaze.",
     "around five hours", "to gain control of the blaze"),
    ("It took about a million years for a planet to form.", "about a million years", "for a planet to form"),
])
def test_the_time_it_took_measures_what_was_done(nlp, text, surface, thing):
    assert measured(nlp, text)[surface] == thing


def test_the_time_a_noun_takes_is_read_from_the_noun(nlp):
    assert measured(nlp, "The repairs will take two weeks.")["two weeks"] == "repairs"


def test_a_gerund_clause_as_subject_is_what_costs(nlp):
    got = measured(nlp, "For a resident, applying for a permit costs $725, not counting fees.")
    assert got["$725"] == "applying for a permit"


def test_a_conversion_shares_the_reading_of_its_partner(nlp):
    got = measured(nlp, "The new bridge opened in May. It is 300 feet (91 metres) long.")
    assert got["300 feet"] == got["91 metres"] == "new bridge"


@pytest.mark.parametrize("text, surface, thing", [
    ("The March copper contract was up $1.20 US.", "$1.20", "March copper contract"),
    ("She posted $500 US bail on Monday.", "$500", "bail"),
])
def test_a_country_after_a_dollar_amount_names_the_currency(nlp, text, surface, thing):
    assert measured(nlp, text)[surface] == thing


@pytest.mark.parametrize("text, part, whole, thing", [
    ("The company will repay $68 billion of its $108 billion debt by 2025.", "$68 billion", "$108 billion", "debt"),
    ("Brazil suspended interest payments on 68 billion dlrs of its 109 billion dlr foreign debt.",
     "68 billion dlrs", "109 billion dlr", "foreign debt"),
])
def test_a_part_of_a_whole_amount_measures_part_of_the_whole(nlp, text, part, whole, thing):
    got = measured(nlp, text)
    assert got[whole] == thing and got[part] == "part of " + thing


def test_a_count_of_a_count_keeps_its_counted_thing(nlp):
    doc = nlp("Ford will close 10 of its 27 plants in Europe.")
    assert [q.measured or "" for q in find_quantities(doc) if "part of" in (q.measured or "")] == []


def test_the_subject_of_a_passive_verb_of_speech_is_what_is_spoken_of(nlp):
    got = measured(nlp, "Demand for coal is forecast to be about 14% above normal, officials said.")
    assert got["about 14%"] == "Demand for coal"
    assert measured(nlp, "The agency reported 1,200 cases.")["1,200"] != "agency"
