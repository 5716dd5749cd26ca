"""A part is not its whole: figures their sentences give as a part, as a total over N events, or
for one district, are never in conflict with the whole (issue 17; sentences written for these
tests)."""
from types import SimpleNamespace

import pytest

from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger
from claimledger.track.relations_parts import comparable, is_part, over_count, subunit


def point(sentence, surface):
    return SimpleNamespace(sentence=sentence, surface=surface)


@pytest.mark.parametrize("sentence, surface", [
    ("The health ministry said nine deaths were of nurses.", "nine"),
    ("The fire killed 40 people, including 11 firefighters.", "11"),
    ("Rescuers found 25 survivors, among them seven children.", "seven"),
    ("Police arrested 80 fans; twelve of them were charged.", "twelve"),
])
def test_a_figure_given_as_a_part_is_a_part(sentence, surface):
    assert is_part(point(sentence, surface))


@pytest.mark.parametrize("sentence, surface", [
    ("The health ministry said nine people died.", "nine"),
    ("A total of 52 are confirmed dead, officials said.", "A total of 52"),
    ("The fire killed 40 people in 2019.", "40"),
])
def test_a_plain_figure_is_not_a_part(sentence, surface):
    p = point(sentence, surface)
    assert not is_part(p) and over_count(p) is None and subunit(p) is None


def test_totals_over_different_numbers_of_events_are_two_quantities():
    a = point("The coach said: 'We have let in nine goals in our last four games.'", "nine")
    b = point("The club has conceded five goals in its two away fixtures this month.", "five")
    assert over_count(a) == "four games" and over_count(b) == "two fixtures"
    assert not comparable(a, b)
    assert comparable(point("They scored 30 goals in ten games.", "30"), point("They hit 28 goals in ten games.", "28"))


def test_a_figure_for_one_district_is_not_the_national_figure():
    a = point("The mayor said about 6,000 were left homeless in the Norte district.", "about 6,000")
    b = point("The government said 20,000 people were left homeless by the floods.", "20,000")
    assert subunit(a) == "norte district"
    assert not comparable(a, b)


PAGES = [
    Document(doc_ref="p1", published="2024-05-02", outlet="Valley Wire", format="jsonl",
             title="Mine blast in Korvania kills 45",
             text="An explosion at a coal mine in Korvania killed 45 people, the mines ministry said on "
                  "Thursday. Rescue teams were still searching the lower shafts."),
    Document(doc_ref="p2", published="2024-05-03", outlet="Hill Times", format="jsonl",
             title="Korvania mine blast: miners' union mourns",
             text="The miners' union said twelve deaths were of apprentices. "
                  "Its leader called for an inquiry into the blast in Korvania."),
]


def test_a_part_on_another_page_is_not_in_conflict_with_the_toll(tmp_path):
    path = tmp_path / "l.duckdb"
    with Ledger(path) as ledger:
        ledger.add([(a.document, a.segments, a.claims) for a in analyze_documents(PAGES)])
    with Ledger(path, read_only=True) as ledger:
        tracked = ledger.tracked()
    assert not [c for c in tracked.conflicts if {c.a.value, c.b.value} == {45, 12}]


REVISED_PAGES = [
    Document(doc_ref="f1", published="2024-06-01", outlet="River Post", format="jsonl",
             title="Floods in Savria kill 60",
             text="The interior ministry said 60 people were killed in the floods in Savria. "
                  "Roads to the north remain closed."),
    Document(doc_ref="f2", published="2024-06-04", outlet="Plain Herald", format="jsonl",
             title="Savria floods: children among the dead",
             text="The interior ministry said 14 deaths were of children. "
                  "Schools in Savria will stay shut this week."),
]


def test_a_part_is_not_a_revision_of_the_whole(tmp_path):
    path = tmp_path / "l.duckdb"
    with Ledger(path) as ledger:
        ledger.add([(a.document, a.segments, a.claims) for a in analyze_documents(REVISED_PAGES)])
    with Ledger(path, read_only=True) as ledger:
        tracked = ledger.tracked()
    series_of = {p.value: s.id for s in tracked.series for p in s.points}
    assert series_of.get(60) == series_of.get(14) is not None  # one series: the rule is what keeps them apart
    assert not [r for r in tracked.revisions if {r.before.value, r.after.value} == {60, 14}]
