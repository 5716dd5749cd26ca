"""Which two figures make a revision, on sentences written for these tests: a figure a revision
replaces is never itself the new figure, a figure unseen between two figures stands between
them, two figures one page gives for one time are not one replacing the other, and a figure
dated only by its page in a series keyed by a period is a figure for that period."""
import datetime as dt

from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point
from claimledger.track.relations_period import key_period, period_of
from claimledger.track.revised import old_figure_of
from claimledger.track.rows import ClaimRow
from claimledger.track.tracker import track

QUARTERS = ("The harbour board said the port's handling deficit for the quarter ended June 30 narrowed "
            "to 415 mln crowns from 566 mln, revised down from 571 mln, for the March quarter and "
            "from 509 mln a year earlier.")
QUARTER_FIGURES = ["415 mln crowns", "566 mln", "571 mln", "509 mln"]


def test_the_replaced_figure_never_replaces_a_later_one():
    # 571 is the figure replaced ("revised down from 571"); 509 is a year-ago figure
    assert old_figure_of(QUARTERS, "566 mln", "571 mln", QUARTER_FIGURES)
    assert not old_figure_of(QUARTERS, "571 mln", "509 mln", QUARTER_FIGURES)


ORDERS = ("Tile orders rose 4.2 pct in March and April's grew 1.8 pct, revised up from a previously "
          "reported 0.7 pct.")


def test_a_number_between_two_figures_stands_between_them_even_when_placed_elsewhere():
    # the 1.8 pct placed in another series is not among the figures the tracker passes
    assert not old_figure_of(ORDERS, "4.2 pct", "0.7 pct", ["4.2 pct", "0.7 pct"])
    assert old_figure_of(ORDERS, "1.8 pct", "0.7 pct", ["4.2 pct", "1.8 pct", "0.7 pct"])


def _row(cid, value, relation, time_value, sentence):
    return ClaimRow(
        claim_id=cid, doc_id="page", doc_ref="page", voice="source", segment_kind="body",
        span_start=sentence.find(str(value)), surface=str(value), value=value, low=None, high=None,
        approximate=False, unit=None, counted="ISIS members", entity="ISIS", scope=["Iraq"],
        source_name="Coalition", source_title=None, source_role=None, source_organization=None,
        time_value=time_value, time_relation=relation, sentence=sentence, url="https://x.example/p",
        outlet="X", published=dt.date(2021, 5, 3), source_kind="organization", predicate=None)


def test_two_figures_a_page_gives_for_one_time_are_not_a_revision():
    s = "The coalition said 12 or 14 ISIS members in Iraq would be left by 2025."
    rows = [_row("a", 12, "before", "2025", s), _row("b", 14, "before", "2025", s)]
    assert not track(rows).revisions


def test_an_estimate_held_until_a_day_is_revised_on_that_page():
    first = "Until today the coalition counted 30 ISIS members in Iraq."
    second = "The coalition now counts 22 ISIS members in Iraq."
    rows = [_row("a", 30, "before", "2021-05-03", first), _row("b", 22, "at", "2021-05-03", second)]
    assert [(r.before.claim_id, r.after.claim_id) for r in track(rows).revisions] == [("a", "b")]


def _at(date_basis, date, until=None):
    return Point(claim_id="c", doc_id="d", doc_ref="d", value=16.0, low=None, high=None, approximate=True,
                 surface="around 16 mln bpd", sentence="", voice="source", source="survey", source_key="survey",
                 source_title=None, source_role=None, source_organization=None, url=None, outlet=None,
                 published=date, date=date, date_basis=date_basis, relation="at", position=0, until=until)


def test_a_figure_dated_by_its_page_is_for_the_period_its_series_names():
    key = SeriesKey("output", "OPEC", (), "bbl/day", measured="output", period="2021-02")
    february = (dt.date(2021, 2, 1), dt.date(2021, 2, 28))
    assert period_of(key, _at("published", dt.date(2021, 3, 5))) == february
    # a page from before the month forecasts it; a figure for a stated day keeps its day
    assert period_of(key, _at("published", dt.date(2021, 1, 20))) is None
    assert period_of(key, _at("stated", dt.date(2021, 3, 5))) is None
    assert period_of(SeriesKey("output", "OPEC", ()), _at("published", dt.date(2021, 3, 5))) is None
    assert period_of(key, _at("period", *february)) == february
    assert key_period("2020") == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
