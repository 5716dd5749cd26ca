"""What an amount measures when the sentence says it around the parse: the group a share is of,
a bracketed stat line after a name, a measured thing carried to a later amount in the same unit,
and a dateline in mixed case (sentences written for these tests)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


def measured(nlp, text):
    doc = nlp(text)
    out = []
    for q in find_quantities(doc):
        if q.measured_start is not None:
            assert doc.text[q.measured_start:q.measured_end] == q.measured
        out.append((q.surface, q.measured, q.measured_of))
    return out


@pytest.mark.parametrize("text, surface, group", [
    ("Of the 40,000 members who took part, 62% backed the merger.", "62%", "40,000 members who took part"),
    ("Among nurses working in rural clinics, about 30 percent want to leave.", "about 30 percent",
     "nurses working in rural clinics"),
    ("Among adults, it was 81%.", "81%", "adults"),
    ("Nearly 55% of those surveyed said the park should stay open.", "Nearly 55%", "those surveyed"),
])
def test_a_share_measures_the_group_it_is_of(nlp, text, surface, group):
    got = {s: m for s, m, _ in measured(nlp, text)}
    assert got[surface] == group


def test_a_bracketed_stat_line_measures_the_name_before_it(nlp):
    got = measured(nlp, "Top scorers: F Dana Reyes (21.4 ppg, 8.1 rpg), G Tom Iqbal (18.2 ppg).")
    assert [m for _, m, _ in got] == ["F Dana Reyes", "F Dana Reyes", "G Tom Iqbal"]


def test_a_restatement_in_brackets_is_no_stat_line(nlp):
    got = measured(nlp, "The statue stood about twelve feet (3.7 metres) on the hill.")
    assert all(m is None or "statue" in m for _, m, _ in got)


@pytest.mark.parametrize("text, surface, thing", [
    ("Some 58% of the members voted to strike and 42% to stay at work.", "42%", "members"),
    ("She won 4 percent of the vote in the spring and 6.5 percent in the autumn.", "6.5 percent", "vote"),
    ("The firm said 78 per cent of the price will be paid in cash, up from 60 per cent.", "60 per cent",
     "price"),
])
def test_a_linked_later_amount_carries_the_measured_thing(nlp, text, surface, thing):
    got = {s: m for s, m, _ in measured(nlp, text)}
    assert got[surface] == thing


def test_no_carry_across_units_or_sentences(nlp):
    got = measured(nlp, "Turnout was 61% in the north. In the south, 40 km of road was closed and 30 km too.")
    assert [s for s, m, _ in got if m == "Turnout"] == ["61%"]


@pytest.mark.parametrize("text", [
    "Lisbon, June 4 - Atlantic Shipping Corp said its revenue rose 7% to $2bn.",
    "Lisbon, June 4 - Atlantic Shipping Corp's revenue rose 7% to $2bn.",
    "New Delhi, June 4 (Reuters) - Revenue rose 7% to $2bn.",
])
def test_a_mixed_case_dateline_is_neither_subject_nor_holder(nlp, text):
    got = measured(nlp, text)
    assert got and all("revenue" in m.lower() for _, m, _ in got), got
    assert not any(w in (m or "") + (o or "") for _, m, o in got for w in ("Lisbon", "June", "Delhi")), got


def test_a_name_followed_by_a_dash_clause_is_no_dateline(nlp):
    got = measured(nlp, "Apple, the phone maker - and its rivals - sold 12% more phones.")
    assert all(o is None or "June" not in o for _, _, o in got)


@pytest.mark.parametrize("text, thing", [
    ("£4.2bn will be spent on new bridges.", "spent on new bridges"),
    ("About $3m was raised for the library.", "raised for the library"),
])
def test_an_amount_as_passive_subject_measures_the_event(nlp, text, thing):
    assert [m for _, m, _ in measured(nlp, text)] == [thing]


def test_a_reported_amount_is_no_event(nlp):
    assert [m for _, m, _ in measured(nlp, "Some $6m was reported.")] == [None]
