"""Time expressions: values with and without a publication date, relations, governing time."""
import pytest

from claimledger.extract.time import (
    find_times,
    is_date_or_time_span,
    resolve_time,
    time_for,
)

PUB = "2017-12-27"  # a Wednesday, ISO week 52


@pytest.mark.parametrize("surface, published, value", [
    ("December 26", PUB, "2017-12-26"),
    ("December 26", None, "XXXX-12-26"),
    ("Dec. 26", None, "XXXX-12-26"),
    ("26 December 2016", None, "2016-12-26"),
    ("Tuesday, July 23, 2019", None, "2019-07-23"),
    ("December 30", PUB, "2016-12-30"),        # not yet this year: the nearest past one
    ("January 5", PUB, "2017-01-05"),
    ("March 2016", None, "2016-03"),
    ("2017-12-03", None, "2017-12-03"),
    ("Monday", PUB, "2017-12-25"),
    ("Wednesday", PUB, "2017-12-27"),          # the publication day itself
    ("last Wednesday", PUB, "2017-12-20"),
    ("next Friday", PUB, "2017-12-29"),
    ("Monday", None, "XXXX-WXX-1"),
    ("yesterday", PUB, "2017-12-26"),
    ("today", PUB, "2017-12-27"),
    ("tomorrow", PUB, "2017-12-28"),
    ("today", None, None),
    ("last night", PUB, "2017-12-26TNI"),
    ("last week", PUB, "2017-W51"),
    ("this week", PUB, "2017-W52"),
    ("last month", PUB, "2017-11"),
    ("next month", PUB, "2018-01"),
    ("last month", None, None),
    ("last year", PUB, "2016"),
    ("earlier this year", PUB, "2017"),
    ("three weeks ago", PUB, "2017-W49"),
    ("two days ago", PUB, "2017-12-25"),
    ("five years ago", PUB, "2012"),
    ("three weeks ago", None, None),
    ("some months ago", PUB, "PAST_REF"),
    ("a few years ago", None, "PAST_REF"),
    ("recently", None, "PAST_REF"),
    ("currently", PUB, "PRESENT_REF"),
    ("2016", None, "2016"),
    ("the end of 2016", None, "2016-12-31"),   # a level then is a point, not the year's total
    ("the fourth quarter of 1986", None, "1986-Q4"),
    ("the 1986 first quarter", None, "1986-Q1"),
    ("the first half of fiscal 1987", None, "1987-H1"),
    ("the first nine months of 1986", None, "1986-01/1986-09"),
    ("the end of February 1987", None, "1987-02-28"),
    ("2013/2014", None, "2013/2014"),
    ("1998-99", None, "1998/1999"),
    ("the 1990s", None, "199"),
    ("3 p.m.", None, "XXXX-XX-XXT15:00"),
    ("two weeks", PUB, None),                  # a duration, not a point
    ("14", PUB, None),
])
def test_resolve_time(surface, published, value):
    assert resolve_time(surface, published) == value


def test_statement_time_anchors_deictics():
    assert resolve_time("today", PUB, statement_time="2017-12-20") == "2017-12-20"
    assert resolve_time("yesterday", None, statement_time="XXXX-12-26") == "XXXX-12-25"
    assert resolve_time("last month", None, statement_time="XXXX-12-26") is None


def test_future_tense_prefers_the_coming_date(nlp):
    doc = nlp("The parliament will vote on the bill on Friday.")
    (t,) = find_times(doc, PUB)
    assert (t.surface, t.value) == ("Friday", "2017-12-29")


@pytest.mark.parametrize("sentence, surface, relation", [
    # a state in the simple past that held until a day ended then: dated before it (issue 17)
    ("Up until today, the estimate was less than 3,000.", "today", "before"),
    ("Up until today, we had an estimate of less than 3,000.", "today", "before"),
    ("The ban will stay in force until May.", "May", "until"),
    ("Until last week, 45 people had been reported dead.", "last week", "until"),
    ("The town was held by rebels until March 2015.", "March 2015", "until"),
    ("Prices have risen 40% since 2014.", "2014", "since"),
    ("Since last month, 200 people have fled.", "last month", "since"),
    ("The count was finished before December 20.", "December 20", "before"),
    ("They had captured 30 villages by the end of 2016.", "the end of 2016", "until"),
    ("He said 26,000 fighters were left some months ago.", "some months ago", "before"),
    ("Officials said on Monday that 12 people died.", "Monday", "at"),
    ("After the war in 2003, the party split.", "2003", "at"),
    ("So far 300 cases have been confirmed.", "So far", "until"),
])
def test_relations(nlp, sentence, surface, relation):
    times = {t.surface: t for t in find_times(nlp(sentence), PUB)}
    assert times[surface].relation == relation


@pytest.mark.parametrize("sentence, surfaces", [
    ("Will we see a repeat of 2013/2014?", ["2013/2014"]),
    ("The company employed 2016 people in 1999.", ["1999"]),  # a count that looks like a year
    ("She was elected on 4 May and resigned in June 2019.", ["4 May", "June 2019"]),
    ("May I ask why 25 people were fired?", []),
    ("The strike lasted three weeks.", []),
    ("They met at 10 a.m. yesterday.", ["10 a.m.", "yesterday"]),
])
def test_find_times_surfaces(nlp, sentence, surfaces):
    assert [t.surface for t in find_times(nlp(sentence))] == surfaces


def test_quoted_today_is_the_day_of_the_statement(nlp):
    doc = nlp("About 1,000 fighters remain, the spokesman told reporters on December 26.\n\n"
              "“Up until today, we had an estimate of less than 3,000,” he said.")
    times = find_times(doc, None)
    today = next(t for t in times if t.surface == "today")
    assert today.quoted and today.value == "XXXX-12-26" and today.relation == "before"
    with_pub = next(t for t in find_times(doc, "2018-01-03") if t.surface == "today")
    assert with_pub.value == "2017-12-26"


def test_unquoted_today_is_publication_day(nlp):
    doc = nlp("The spokesman spoke on December 26. Today the army said 40 soldiers died.")
    today = next(t for t in find_times(doc, PUB) if t.surface == "Today")
    assert not today.quoted and today.value == PUB


@pytest.mark.parametrize("sentence, number, surface", [
    # the time on the verb of the report governs the reported clause
    ("Only about 1,000 fighters remain in the city, the spokesman told a website on December 26.",
     "1,000", "December 26"),
    # the claim's own verb wins over the report's
    ("The ministry said on Friday that 40 people had died in 2015.", "40", "2015"),
    # no attachment: the nearest in the sentence
    ("In March 2016, 300 families fled.", "300", "March 2016"),
])
def test_time_for(nlp, sentence, number, surface):
    doc = nlp(sentence)
    times = find_times(doc, PUB)
    s = sentence.index(number)
    t = time_for(doc, s, s + len(number), times)
    assert t is not None and t.surface == surface


def test_time_for_stays_in_the_sentence(nlp):
    doc = nlp("The report came out on Monday. Some 500 people were displaced.")
    s = doc.text.index("500")
    assert time_for(doc, s, s + 3, find_times(doc, PUB)) is None


@pytest.mark.parametrize("sentence, number, inside", [
    ("Will we see a repeat of 2013/2014?", "2013", True),
    ("Fighting resumed on December 26 near the border.", "26", True),
    ("At least 26 people died near the border.", "26", False),
    ("The strike lasted three weeks.", "three", False),
    ("The bus left at 7 p.m. with 40 passengers.", "7", True),
])
def test_is_date_or_time_span(nlp, sentence, number, inside):
    doc = nlp(sentence)
    s = sentence.index(number)
    assert is_date_or_time_span(doc, s, s + len(number)) is inside


def test_long_digit_line_is_fast(nlp):
    import time as clock

    from claimledger.extract.time import FINDER
    text = "1" * 200_000
    t0 = clock.perf_counter()
    list(FINDER.finditer(text))
    assert clock.perf_counter() - t0 < 2.0


def test_a_figure_takes_the_time_written_right_after_it_not_the_one_before():
    """"fell to 6.6 pct in March from 6.7 pct in February": each figure's own "in <month>" is
    its time (the nearest by the words between, not by where each starts)."""
    from claimledger.model import Document
    from claimledger.pipeline import analyze_documents
    page = Document(doc_ref="t1", published="2021-04-03", outlet="Harbour Wire", format="jsonl",
                    title="Harbour vacancy rate falls",
                    text="The harbour's vacancy rate fell to 6.6 pct in March from 6.7 pct in February, "
                         "the port authority said.")
    (analysed,) = analyze_documents([page])
    times = {c.quantity.surface if hasattr(c, "quantity") and c.quantity else None: c.time.value
             for c in analysed.claims if c.kind == "quantity" and c.time}
    assert any(k and "6.7" in k for k in times)
    assert next(v for k, v in times.items() if k and "6.7" in k) == "2021-02"
    assert next(v for k, v in times.items() if k and "6.6" in k) == "2021-03"
