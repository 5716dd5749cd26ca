"""A duration before "time" ("in five years' time") dates something, as "five years later"
does: a time reference, left unmeasured and out of the fill's denominator (sentences written
for these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities
from claimledger.extract.quantities.measured import is_time_reference


def test_a_duration_before_time_dates_something(nlp):
    doc = nlp("The bridge will be finished in 18 months' time.")
    (q,) = [q for q in find_quantities(doc) if q.unit == "months"]
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    assert q.measured is None and is_time_reference(span[0], span[-1], q.unit)


@pytest.mark.parametrize("text, part", [
    ("It was the first time in 11 years that the bridge had closed.", "11 years"),
    ("Sales were at their lowest for 17 years.", "17 years"),
    ("He will be the club's ninth coach in eight years.", "eight years"),
])
def test_a_record_window_dates_something(nlp, text, part):
    doc = nlp(text)
    (q,) = [q for q in find_quantities(doc) if part in q.surface]
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    assert q.measured is None and is_time_reference(span[0], span[-1], q.unit)


def test_a_length_after_in_stays_measured(nlp):
    doc = nlp("The team finished the course in 11 hours.")
    (q,) = find_quantities(doc)
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    assert not is_time_reference(span[0], span[-1], q.unit)
