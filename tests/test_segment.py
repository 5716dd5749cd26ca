"""Page segmentation on pages written for these tests (and the founding example)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimledger.model import Document
from claimledger.segment.page import (
    page_metadata,
    parse_byline,
    segment_document,
    segment_text,
    segments_record,
)

FOUNDING = Path(__file__).resolve().parent.parent / "examples" / "000_3b5cfa872b3243a6.txt"  # bundled

BODY = [
    "The city council approved a budget of 4.2 million dollars on Tuesday, the mayor said.",
    "Officials expect the new bridge to open in the spring, according to the transport office.",
    "Critics say the plan ignores the eastern districts, where traffic has doubled since 2019.",
    "The council will vote again on the remaining items next month.",
]


def page(*parts: str) -> str:
    """Join page pieces; the pieces carry their own blank lines where a layout needs two."""
    return "\n\n".join(parts) + "\n"


def table(text: str, segs) -> list[tuple]:
    return [(s.kind, text[s.start:s.end], s.comment_index, s.author) for s in segs]


def check_spans(text: str, segs) -> None:
    """Every non-blank line's text is covered once; spans hold no blank line or edge whitespace."""
    covered = [0] * len(text)
    for s in segs:
        piece = text[s.start:s.end]
        assert piece == piece.strip() and "\n\n" not in piece.replace(" ", "")
        for i in range(s.start, s.end):
            covered[i] += 1
    pos = 0
    for line in text.split("\n"):
        if line.strip():  # indentation is left out of spans, the line's words are covered once
            lead = len(line) - len(line.lstrip())
            assert set(covered[pos + lead:pos + len(line.rstrip())]) == {1}, line
        pos += len(line) + 1


# ------------------------------------------------------------------ the founding example

def test_founding_example_read_as_designed():
    text = FOUNDING.read_text(encoding="utf-8")
    segs = segment_text(text)
    rows = table(text, segs)
    check_spans(text, segs)
    assert rows[0][:2] == ("headline", "1,000 ISIS Members Remain In Syria And Iraq: US-led Coalition")
    assert rows[1][:2] == ("caption", "Members of the US-backed Syrian Democratic Forces")
    body = [r[1] for r in rows if r[0] == "body"]
    assert len(body) == 5 and body[0].startswith("Only about 1,000") and body[-1].startswith("In Iraq")
    assert ("boilerplate", "Jonathan Cohen", 0, "Jonathan Cohen") in rows
    comments = {}
    for kind, t, ci, author in rows:
        if kind == "comment":
            comments.setdefault(ci, []).append(t)
    assert len(comments) == 6
    assert comments[0][0].startswith("So then hurry up")
    assert [r[3] for r in rows if r[0] == "comment" and r[2] == 0] == ["Jonathan Cohen"]
    k24 = next(ps for ps in comments.values() if ps[0].startswith("K24 reports"))
    assert len(k24) == 4 and k24[2] == "Will we see a repeat of 2013/2014?"
    assert all(r[3] is None for r in rows if r[0] == "comment" and r[2] != 0)


# ------------------------------------------------------------------ layouts

def test_lone_name_then_comments_two_blank_lines_apart():
    text = page("Council passes budget", *BODY, "Maria Lopez",
                "Finally some money for the bridge.", "It took them long enough.\n\n",
                "Nobody asked the eastern districts.\n\n", "4.2 million is not enough")
    segs = segment_text(text)
    check_spans(text, segs)
    rows = table(text, segs)
    assert [r[0] for r in rows[:5]] == ["headline", "body", "body", "body", "body"]
    assert rows[5] == ("boilerplate", "Maria Lopez", 0, "Maria Lopez")
    assert rows[6][2] == rows[7][2] == 0 and rows[7][3] == "Maria Lopez"
    assert rows[8] == ("comment", "Nobody asked the eastern districts.", 1, None)
    assert rows[9] == ("comment", "4.2 million is not enough", 2, None)


def test_comments_header_and_name_lines():
    text = page("Council passes budget", *BODY, "12 Comments", "river_dweller",
                "Good news for commuters.\n\n", "Tom K", "Where is the money coming from?")
    rows = table(text, segment_text(text))
    assert ("comments_header", "12 Comments", None, None) in rows
    assert ("comment", "Good news for commuters.", 0, "river_dweller") in rows
    assert ("comment", "Where is the money coming from?", 1, "Tom K") in rows
    assert ("boilerplate", "Tom K", 1, "Tom K") in rows


@pytest.mark.parametrize("sep", ["\n\n", "\n\n\n"])
def test_name_time_reply_share_metadata(sep):
    c1 = "anna_b\n2 hours ago\n\nThe bridge should have been built years ago.\n\nReply\nShare"
    c2 = "Peter Grant\nFeb 3, 2016 at 9:12 pm\n\nAgreed.\n\nSecond thought: the east needs it more.\n\n▲ 4 ▼\nReply"
    text = page("Council passes budget", *BODY) + "\n" + c1 + sep + c2 + "\n"
    segs = segment_text(text)
    check_spans(text, segs)
    rows = table(text, segs)
    assert ("boilerplate", "2 hours ago", 0, "anna_b") in rows
    assert ("boilerplate", "Share", 0, "anna_b") in rows
    assert ("comment", "The bridge should have been built years ago.", 0, "anna_b") in rows
    assert ("comment", "Agreed.", 1, "Peter Grant") in rows
    assert ("comment", "Second thought: the east needs it more.", 1, "Peter Grant") in rows
    assert ("boilerplate", "▲ 4 ▼", 1, "Peter Grant") in rows
    assert sum(r[0] == "body" for r in rows) == 4


def test_no_name_line_first_comment_after_two_blank_lines():
    text = page("Council passes budget", *BODY[:-1], BODY[-1] + "\n\n",
                "The budget is a scandal and everyone knows it.\n\n", "Short one")
    rows = table(text, segment_text(text))
    assert [r[0] for r in rows] == ["headline"] + ["body"] * 4 + ["comment"] * 2
    assert [r[2] for r in rows[-2:]] == [0, 1]


def test_wrote_lines_and_multi_paragraph_comments():
    text = page("Council passes budget", *BODY, "jim_r wrote:", "First point.",
                "Second point, same comment.\n\n", "Sue Bell wrote:", "@ jim_r:", "You are wrong.")
    rows = table(text, segment_text(text))
    assert ("boilerplate", "jim_r wrote:", 0, "jim_r") in rows
    assert [r[2] for r in rows if r[0] == "comment"] == [0, 0, 1, 1]
    assert ("comment", "@ jim_r:", 1, "Sue Bell") in rows


@pytest.mark.parametrize("byline,author,date", [
    ("By Jane Roe | February 23, 2016", "Jane Roe", "2016-02-23"),
    ("Jane Roe — Published February 2, 2016", "Jane Roe", "2016-02-02"),
    ("By Omar Haddad", "Omar Haddad", None),
    ("Published: March 5, 2018", None, "2018-03-05"),
])
def test_byline_and_metadata(byline, author, date):
    text = page("Council passes budget", byline, *BODY)
    segs = segment_text(text)
    assert table(text, segs)[1][:2] == ("byline", byline)
    assert [s.kind for s in segs[2:]] == ["body"] * 4
    assert page_metadata(Document(text), segs) == {"author": author, "published": date}
    assert parse_byline(byline) == (author, date)


def test_caption_needs_to_sit_under_the_headline():
    text = page("Council passes budget", "Workers on the old bridge in March", *BODY,
                "What happens next", *BODY[:2])
    rows = table(text, segment_text(text))
    assert rows[1][0] == "caption"
    assert ("body", "What happens next", None, None) in rows  # a subheading stays body
    assert not any(r[0] == "comment" for r in rows)


def test_photo_credit_caption_with_final_punctuation():
    text = page("Council passes budget", "The old bridge at dusk. (AP Photo/Jane Roe)", *BODY)
    assert segment_text(text)[1].kind == "caption"


def test_threaded_replies_posted_by_and_load_more():
    text = page(
        "Council passes budget", *BODY, "Comments",
        "Posted by Karen Wu", "The east side always loses.", "Reply",
        "Posted by Dan O", "In reply to Karen Wu", "Not this time, read the plan.", "Reply",
        "Show more comments")
    rows = table(text, segment_text(text))
    assert ("comment", "The east side always loses.", 0, "Karen Wu") in rows
    assert ("boilerplate", "In reply to Karen Wu", 1, "Dan O") in rows
    assert ("comment", "Not this time, read the plan.", 1, "Dan O") in rows
    assert rows[-1][0] == "boilerplate" and rows[-1][1] == "Show more comments"


def test_name_and_time_on_one_line():
    text = page("Council passes budget", *BODY, "Lena Park · 3 hours ago", "A fair budget.",
                "Reply", "omar77 · 2 hours ago", "@Lena Park no, it is not.")
    rows = table(text, segment_text(text))
    assert ("comment", "A fair budget.", 0, "Lena Park") in rows
    assert ("comment", "@Lena Park no, it is not.", 1, "omar77") in rows


def test_article_without_comments_stays_body():
    text = page("Council passes budget", *BODY, "Background", *BODY[:2])
    segs = segment_text(text)
    assert [s.kind for s in segs] == ["headline"] + ["body"] * 7
    assert [s.index for s in segs if s.kind == "body"] == list(range(7))


def test_one_paragraph_per_line_without_blank_lines():
    text = "Council passes budget\n" + "\n".join(BODY) + "\n"
    segs = segment_text(text)
    assert [s.kind for s in segs] == ["headline"] + ["body"] * 4


# ------------------------------------------------------------------ documents with a title

def test_document_with_title_and_marked_comments():
    body = "\n\n".join(BODY[:2])
    c1 = "Great news.\n\nReally."
    c2 = "I doubt it."
    text = body + "\n\n\n" + c1 + "\n\n\n" + c2
    s1 = text.index(c1)
    s2 = text.index(c2)
    doc = Document(text=text, title="  Council passes budget", format="html",
                   comment_spans=((s1, s1 + len(c1), "mia"), (s2, s2 + len(c2), None)))
    segs = segment_document(doc)
    assert segs[0].kind == "headline" and segs[0].in_title
    assert doc.title[segs[0].start:segs[0].end] == "Council passes budget"
    rows = table(text, segs[1:])
    assert [r[0] for r in rows] == ["body", "body", "comment", "comment", "comment"]
    assert rows[2][2:] == (0, "mia") and rows[3][2:] == (0, "mia") and rows[4][2:] == (1, None)


def test_document_with_title_and_byline_first():
    text = page("By Jane Roe | May 4, 2017", *BODY)
    segs = segment_document(Document(text=text, title="Council passes budget"))
    assert [s.kind for s in segs] == ["headline", "byline"] + ["body"] * 4
    assert page_metadata(Document(text=text), segs)["published"] == "2017-05-04"


def test_plain_document_equals_segment_text():
    text = page("Council passes budget", *BODY, "Maria Lopez", "Nice.\n\n", "Bad.")
    assert segment_document(Document(text=text)) == segment_text(text)


def test_segments_record_shape():
    text = page("Council passes budget", *BODY)
    rec = segments_record("page-1", segment_text(text))
    assert rec["id"] == "page-1"
    assert rec["segments"][0] == {"kind": "headline", "span": [0, 21], "comment_index": None,
                                  "author": None}


# ------------------------------------------------------------------ robustness

@pytest.mark.parametrize("text", ["", "\n\n\n", "Just a headline", "x" * 10 + "\n\n\n\n" + "y"])
def test_degenerate_pages(text):
    segs = segment_text(text)
    check_spans(text, segs)


def test_long_line_of_digits_is_fast():
    text = "Headline\n\n" + "1" * 200_000 + "\n\n" + "2" * 200_000 + "\n"
    t0 = time.perf_counter()
    segs = segment_text(text)
    assert time.perf_counter() - t0 < 1.0
    check_spans(text, segs)


def test_spans_cover_every_line_of_any_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    line = st.sampled_from(["Reply", "3 hours ago", "Jane Roe", "A sentence here.", "", "",
                            "  indented text", "Comments", "x wrote:", "▲ 2 ▼", "Posted by Al"])

    @settings(max_examples=200, deadline=None)
    @given(st.lists(line, max_size=40))
    def run(lines):
        text = "\n".join(lines)
        check_spans(text, segment_text(text))

    run()


# ------------------------------------------------------------------ news that has no comments
# (issue 18: look-alikes of comment cues in news copy gave a source's words the voice "reader")

def kinds_of(text: str, title: str | None = None) -> list[str]:
    """Segment kinds of a page read as a .txt file (no title) or as a JSONL document."""
    segs = segment_document(Document(text=text, title=title)) if title else segment_text(text)
    check_spans(text, [s for s in segs if not s.in_title])
    return [s.kind for s in segs]


def test_short_quoted_paragraphs_stay_body():
    text = page("Council passes budget", *BODY[:2], "\u201cWe did it,\u201d she said.",
                "\u201cFinally.\u201d", "\u201cIt is not enough!\u201d shouted one resident.",
                "The mayor writes:", "\u201cA city that builds bridges builds trust.\u201d",
                *BODY[2:])
    assert kinds_of(text) == ["headline"] + ["body"] * 9


def test_question_and_answer_interview_stays_body():
    qa = ["Q: Why did the budget grow?", "A: Because the bridge costs more than we planned.",
          "Interviewer", "And the eastern districts?", "Maria Lopez",
          "They will get their share next year, I promise you that."]
    text = page("Council passes budget", *BODY[:2], *qa, *BODY[2:])
    assert kinds_of(text) == ["headline"] + ["body"] * 10


def test_list_of_names_stays_body():
    text = page("Council passes budget", *BODY[:2], "The new board members are:",
                "Maria Lopez\nTom Kerr\nanna_b\nJ. R. Smith", *BODY[2:])
    assert "comment" not in kinds_of(text)


def test_live_blog_with_clock_times_stays_body():
    entries = []
    for clock in ("6:01 p.m.", "4:40 p.m.", "2 p.m.", "11:30 a.m."):
        entries += ["___", clock, BODY[0], BODY[1]]
    text = page("The Latest: council passes budget", "CITY (AP) \u2014 The latest on the budget vote:",
                *entries[1:])
    assert "comment" not in kinds_of(text)


def test_numbered_list_items_are_not_vote_counts():
    items = []
    for n, line in enumerate(BODY, start=1):
        items += [str(n), "Item heading " + str(n), line]
    text = page("Four things the budget buys", BODY[0], *items)
    assert "comment" not in kinds_of(text)


@pytest.mark.parametrize("related", ["Related\nBridge tolls to rise\nCouncil elects new chair",
                                     "Related\n\nBridge tolls to rise\n\nCouncil elects new chair",
                                     "Editor's note: an earlier version misspelled a name."])
def test_one_block_set_apart_at_the_end_is_not_a_comment_section(related):
    text = page("Council passes budget", *BODY[:-1], BODY[-1] + "\n\n", related)
    assert "comment" not in kinds_of(text)


def test_headline_repeated_in_the_text_of_a_document():
    # a JSONL record whose text repeats the title, then one paragraph per line
    text = "Council passes budget.\n\n" + "\n".join(BODY + BODY) + "\n"
    assert kinds_of(text, title="Council passes budget") == ["headline"] + ["body"] * 9


# ------------------------------------------------------------------ comments that still count

def test_single_wrote_comment_set_apart_by_a_wide_gap():
    text = page("Council passes budget", *BODY[:-1], BODY[-1] + "\n\n",
                "jim_r wrote:", "The bridge will never open on time.")
    rows = table(text, segment_text(text))
    assert ("comment", "The bridge will never open on time.", 0, "jim_r") in rows


def test_single_comment_under_a_name_set_apart_by_a_wide_gap():
    text = page("Council passes budget", *BODY[:-1], BODY[-1] + "\n\n", "Mark Peters",
                "Nobody believes the council on this.")
    rows = table(text, segment_text(text))
    assert ("boilerplate", "Mark Peters", 0, "Mark Peters") in rows
    assert ("comment", "Nobody believes the council on this.", 0, "Mark Peters") in rows


def test_votes_as_bare_numbers_beside_reply_lines():
    text = page("Council passes budget", *BODY, "Great budget.", "12", "Reply",
                "Bad budget.", "3", "Reply")
    rows = table(text, segment_text(text))
    assert [r[1] for r in rows if r[0] == "comment"] == ["Great budget.", "Bad budget."]
    assert ("boilerplate", "12", 0, None) in rows


def test_name_then_time_still_heads_comments_in_a_document():
    c1 = "Lena Park\n6:01 p.m.\n\nA fair budget.\n\nReply"
    c2 = "omar77\n6:40 p.m.\n\nNot fair at all."
    text = page(*BODY) + "\n" + c1 + "\n\n" + c2 + "\n"
    rows = table(text, segment_document(Document(text=text, title="Council passes budget"))[1:])
    assert ("comment", "A fair budget.", 0, "Lena Park") in rows
    assert ("comment", "Not fair at all.", 1, "omar77") in rows
