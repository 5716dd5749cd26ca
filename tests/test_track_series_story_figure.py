"""One story's pages giving one exact money or rate figure under keys the earlier joins leave
apart (each page's topic as owner, an amount with no words) meet in one series
(track/series_story_figure.py); an owner a sentence names, or a period one page states for one
figure and not for the other, keeps them apart.  Rows and pages written for these tests."""
from claimledger.track.keys import SeriesKey
from claimledger.track.series_story_figure import join_story_figures
from claimledger.track.tracker import track
from tests.test_track_measured_join import _row, _series_of


def _points(rows):
    return {p.claim_id: p for s in track(rows).series for p in s.points}


def test_one_story_giving_one_amount_under_two_page_topics_is_one_quantity():
    """Each page made its own topic the owner ("Vantor", "Kestrel Rovers"): one story's one exact
    amount under phrases sharing a word is one quantity; a third owner a sentence names is not."""
    rows = [
        _row("a", "p1", "Vantor's takeover bid values the club at 912 million pounds.", 912e6, "takeover bid",
             unit="GBP"),
        _row("b", "p2", "The takeover proposal was worth 912 million pounds.", 912e6, "takeover proposal",
             unit="GBP", published="2021-05-12"),
        _row("c", "p3", "Ruritania's takeover bid for the club is 912 million pounds.", 912e6, "takeover bid",
             unit="GBP", published="2021-05-12"),
    ]
    points = _points(rows)
    grouped = {
        SeriesKey("takeover bid", "Vantor", (), "GBP", measured="takeover bid"): [points["a"]],
        SeriesKey("takeover proposal", "Kestrel Rovers", (), "GBP", measured="takeover proposal"): [points["b"]],
        SeriesKey("takeover bid", None, ("Ruritania",), "GBP", measured="takeover bid"): [points["c"]],
    }
    join_story_figures(grouped, {"p1": "s", "p2": "s", "p3": "s"},
                       {"p1": "Vantor", "p2": "Kestrel Rovers", "p3": "Vantor"}, lambda k: k.measured is not None)
    members = sorted(sorted(p.claim_id for p in ps) for ps in grouped.values())
    assert members == [["a", "b"], ["c"]]


def test_an_owner_and_a_page_apart_from_the_story_stay_apart():
    rows = [
        _row("a", "p1", "Vantor's takeover bid values Kestrel Rovers at 912 million pounds.", 912e6,
             "takeover bid", "Vantor", unit="GBP", title="Vantor makes new Kestrel Rovers takeover approach"),
        _row("b", "p2", "The takeover proposal is worth 912 million pounds, the board said.", 912e6,
             "takeover proposal", unit="GBP", published="2021-09-12", title="Harbour board meets"),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_owners_the_sentences_name_keep_one_figure_apart():
    """Two members' quotas of one figure are two quantities."""
    rows = [
        _row("a", "p1", "Ruritania's export quota stays at 948,000 tonnes a month.", 948e3, "export quota",
             "Ruritania", unit="t/month", title="Harbour league keeps export quotas"),
        _row("b", "p2", "Borduria's export quota stays at 948,000 tonnes a month.", 948e3, "export quota",
             "Borduria", unit="t/month", published="2021-05-12", title="Harbour league export quotas unchanged"),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_a_page_stating_a_period_for_one_amount_and_not_the_other_gives_two_things():
    rows = [
        _row("a", "p1", "The utility last sold 100 million dollars of bonds in October 2020.", 1e8,
             "bond sale", "Norland Power", time="2020-10", title="Norland Power offers bonds"),
        _row("b", "p1", "Syndicates will bid for 100 million dollars of Norland Power's 30-year bonds.", 1e8,
             "30-year bonds", "Norland Power", title="Norland Power offers bonds"),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_a_figure_with_no_period_joins_the_same_figure_another_page_states_for_one_period():
    """"the 18 dollar a barrel target" read with February on one page, "the league's 18 dollar
    reference target" on a page weeks later: one quantity (track/measured_same_figure.py)."""
    rows = [
        _row("a", "p1", "Prices settled around the Harbour League's 18 dollar a barrel target in February.", 18.0,
             "target", "Harbour League", unit="USD/barrel", time="2021-02", published="2021-04-06"),
        _row("b", "p2", "The Harbour League will keep its 18 dollar a barrel reference target.", 18.0,
             "reference target", "Harbour League", unit="USD/barrel", published="2021-06-18"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_a_page_years_from_the_stated_period_does_not_leave_it_out():
    rows = [
        _row("a", "p1", "Ruritania's annual deficit reached 150.5 billion dollars in 2004.", 150.5e9,
             "annual deficit", "Ruritania", time="2004", published="2005-01-10"),
        _row("b", "p2", "Ruritania set a deficit target of 150.5 billion dollars.", 150.5e9,
             "deficit target", "Ruritania", published="2012-03-01"),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_a_bare_amount_on_one_page_joins_the_rate_another_page_gives_it_with_its_per():
    """"the 18 dollar target" (no "a barrel") on a June page, "the 18 dollar a barrel target" on
    an April page (track/measured_same_figure._rate_fit)."""
    rows = [
        _row("a", "p1", "Prices settled around the Harbour League's 18 dollar a barrel target.", 18.0,
             "target", "Harbour League", unit="USD/barrel", published="2021-04-06"),
        _row("b", "p2", "The Harbour League will keep the 18 dollar target.", 18.0,
             "target", "Harbour League", unit="USD", published="2021-06-18"),
        _row("c", "p2", "The 18 dollar target is based on a basket of grades.", 18.0,
             "target", "Harbour League", unit="USD", published="2021-06-18"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id == s["c"].id
