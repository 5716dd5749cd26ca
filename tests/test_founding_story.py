"""The founding example's story end to end (issue 17, point 9), on five short pages written for
this test: the coalition spokesman's October figure and his late-December revision, the Iraqi
intelligence chief's contradicting figure a day later, a reader's old figure in the comments, and
the same group counted in Libya.

The pages retell the story in their own words (they copy no page of the news corpus); the
shapes are the ones the issue found failing on real coverage: short and long names of one body on
different pages ("US-led coalition" / "coalition"), "Up until today, we had an estimate of …",
"N fighters left" in a headline, "still active in Iraq and Syria", and an appositive speaker
after the figure ("…, the head of Iraqi military intelligence, Maj. Gen. Saad al-Allaq, said").
"""
import datetime as dt

import pytest

from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger

PAGES = [
    Document(
        doc_ref="october", published="2017-10-17", url="https://frontline.example/isis-3000",
        outlet="Frontline Daily", format="jsonl",
        title="Fewer than 3,000 IS fighters left in Iraq and Syria: US-led coalition",
        text="Fewer than 3,000 Islamic State fighters remain in Iraq and Syria, the US-led coalition's "
             "spokesman, Army Col. Ryan Dillon, told reporters on Tuesday.\n\n"
             "Dillon said the militants had lost most of the territory they once held."),
    Document(
        doc_ref="december", published="2017-12-27", url="https://armynews.example/isis-1000",
        outlet="Army News", format="jsonl",
        title="About 1,000 ISIS members remain in Syria and Iraq: coalition",
        text="Only about 1,000 ISIS members remain in Syria and Iraq, the coalition's spokesman Army "
             "Col. Ryan Dillon told Army News on December 26.\n\n"
             "\u201cUp until today, we had an estimate of less than 3,000,\u201d Dillon said. \u201cBut the "
             "latest estimate we got today was about 1,000 across Iraq and Syria.\u201d"),
    Document(
        doc_ref="baghdad", published="2017-12-28", url="https://baghdadwire.example/daesh",
        outlet="Baghdad Wire", format="jsonl",
        title="Iraqi intelligence: Daesh still has 10,000 militants",
        text="At least 10,000 Daesh militants are still active in Iraq and Syria, the head of Iraqi "
             "military intelligence, Maj. Gen. Saad al-Allaq, said on Wednesday.\n\n"
             "He said the group was regrouping in the desert."),
    Document(
        doc_ref="forum", published="2017-12-29", url="https://forum.example/thread/9", outlet="Forum",
        format="jsonl", title="Only 1,000 ISIS members left?",
        text="The coalition said only 1,000 ISIS members remain in Syria and Iraq.\n\n"
             "The figure was given to reporters in Baghdad.\n\n\n2 Comments\n\n"
             "Karim\n\nWhere are the rest hiding? America claimed that there were around twenty six "
             "thousand ISIS members left some months ago.\n\n\nSam_77\n\nThey will be back.\n"),
    Document(
        doc_ref="libya", published="2017-12-30", url="https://africadesk.example/libya",
        outlet="Africa Desk", format="jsonl", title="ISIS in Libya",
        text="About 500 ISIS fighters remain in Libya, US Africa Command said on Friday.\n\n"
             "The group lost its stronghold in Sirte last year."),
]


@pytest.fixture(scope="module")
def ledger():
    with Ledger(":memory:") as led:
        led.add([(a.document, a.segments, a.claims) for a in analyze_documents(PAGES)])
        yield led


@pytest.fixture(scope="module")
def story(ledger):
    return ledger.timeline("ISIS members in Iraq and Syria")


def _point(series, doc_ref, surface):
    return next(p for p in series.points if p.doc_ref == doc_ref and p.surface.lower() == surface.lower())


def test_every_page_about_iraq_and_syria_is_one_series(story):
    assert {p.doc_ref for p in story.points} == {"october", "december", "baghdad", "forum"}
    # the October headline's "fighters left" says that many remain: the same quantity
    assert any(p.doc_ref == "october" and p.sentence.startswith("Fewer than 3,000 IS fighters left")
               for p in story.points)


def test_up_until_today_dates_the_old_estimate_before_today(story):
    old = _point(story, "december", "less than 3,000")
    new = _point(story, "december", "Only about 1,000")
    assert old.relation == "before" and old.date < new.date == dt.date(2017, 12, 26)


def test_the_spokesman_revises_his_own_october_figure(ledger, story):
    """One source across pages: "US-led coalition" in October, "coalition" in December, linked by
    their one spokesman; the change from fewer than 3,000 to about 1,000 is his update."""
    october = _point(story, "october", "Fewer than 3,000")
    december = _point(story, "december", "Only about 1,000")
    assert october.source_key == december.source_key == "US-led coalition"
    revisions = [r for r in ledger.revisions() if r.series.id == story.id]
    assert [(r.before.claim_id, r.after.claim_id, r.kind) for r in revisions] == \
        [(october.claim_id, december.claim_id, "update")]
    assert not any({c.a.source_key, c.b.source_key} == {"US-led coalition"} for c in ledger.conflicts())


def test_the_intelligence_chief_contradicts_it_a_day_later(ledger, story):
    chief = _point(story, "baghdad", "At least 10,000")
    conflicts = [c for c in ledger.conflicts() if c.series.id == story.id]
    assert any({c.a.claim_id, c.b.claim_id} == {chief.claim_id, _point(story, "december", "Only about 1,000").claim_id}
               for c in conflicts)
    # the coalition's superseded estimate (held "up until today") is history, never in conflict
    old = _point(story, "december", "less than 3,000")
    assert not any(old.claim_id in (c.a.claim_id, c.b.claim_id) for c in conflicts)


def test_the_intelligence_chief_is_the_source(story):
    chief = _point(story, "baghdad", "At least 10,000")
    assert chief.voice == "source" and "Allaq" in (chief.source or "")


def test_the_readers_old_figure_sits_in_the_reader_lane(story):
    reader = _point(story, "forum", "around twenty six thousand")
    assert reader.lane == "reader" and reader.value == 26000


def test_libya_is_another_series(ledger, story):
    libya = ledger.timeline("ISIS members in Libya")
    assert libya.id != story.id and [p.doc_ref for p in libya.points] == ["libya"]
    assert "libya" not in {p.doc_ref for p in story.points}
