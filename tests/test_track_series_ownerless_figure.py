"""An ownerless measured phrase ("the self-imposed ceiling") joins the one owned series giving its
exact, precise figure on a page near in time (track/series_ownerless_figure.py); round figures,
two-digit per-share figures, two possible hosts and far dates leave it on its page.  Rows written
for these tests."""
from claimledger.track.series_ownerless_figure import distinctive_figure, significant_digits
from claimledger.track.points import Point
from tests.test_track_measured_join import _row, _series_of


def _owned(cid, doc, value, unit, published="2021-05-10", owner="Harbour League", phrase="output ceiling"):
    return _row(cid, doc, f"The {owner}'s {phrase} stays at {value:,.0f}.", value, phrase, owner,
                unit=unit, published=published, title=f"{owner} meets")


def _ownerless(cid, doc, value, unit, published="2021-05-20", phrase="self-imposed ceiling"):
    return _row(cid, doc, f"Traders said output ran above the {phrase} of {value:,.0f}.", value, phrase,
                unit=unit, published=published, title="Markets steady")


def test_an_ownerless_phrase_joins_the_one_owned_series_with_its_precise_figure():
    s = _series_of([_owned("a", "p1", 15.8e6, "bbl/day"), _ownerless("b", "p2", 15.8e6, "bbl/day")])
    assert s["a"].id == s["b"].id


def test_a_round_figure_stays_on_its_page():
    s = _series_of([_owned("a", "p1", 300e6, "USD", phrase="loan"),
                    _ownerless("b", "p2", 300e6, "USD", phrase="loan")])
    assert s["a"].id != s["b"].id


def test_two_possible_hosts_leave_it_on_its_page():
    s = _series_of([_owned("a", "p1", 15.8e6, "bbl/day"),
                    _owned("c", "p3", 15.8e6, "bbl/day", owner="Borduria"),
                    _ownerless("b", "p2", 15.8e6, "bbl/day")])
    assert s["b"].id not in (s["a"].id, s["c"].id)


def test_a_page_months_away_is_not_near():
    s = _series_of([_owned("a", "p1", 15.8e6, "bbl/day"),
                    _ownerless("b", "p2", 15.8e6, "bbl/day", published="2021-09-20")])
    assert s["a"].id != s["b"].id


def test_precision_of_a_figure():
    assert significant_digits(412e9) == 3 and significant_digits(1.8e9) == 2 and significant_digits(3e8) == 1

    def point(value):
        return Point("c", "d", "d", value, None, None, False, "", "", "outlet", None, "k", None, None, None,
                     None, None, None, None, "published", "at", 0)
    assert distinctive_figure(point(18.0), "USD/barrel")
    assert not distinctive_figure(point(55.0), "cents/share")
    assert not distinctive_figure(point(20.0), "USD")


def _amount_case(entity_of_amount, published="2021-05-20"):
    from claimledger.track.keys import SeriesKey
    from claimledger.track.series_ownerless_figure import join_amount_figures
    from claimledger.track.tracker import track
    rows = [_owned("a", "p1", 805.9e6, "USD", owner="Vantor", phrase="revenue"),
            _ownerless("b", "p2", 805.9e6, "USD", phrase="revenue", published=published)]
    points = {p.claim_id: p for s in track(rows).series for p in s.points}
    named = SeriesKey("revenue", "Vantor", (), "USD", measured="revenue")
    amount = SeriesKey("amount 805,900,000", entity_of_amount, (), "USD", measured="amount 805,900,000", page="s2")
    grouped = {named: [points["a"]], amount: [points["b"]]}
    join_amount_figures(grouped, lambda k: k.measured is not None)
    return len(grouped)


def test_an_organisations_amount_joins_its_one_named_series_with_that_precise_figure_nearby():
    assert _amount_case("Vantor") == 1


def test_an_amount_of_no_owner_or_of_a_page_months_away_stays_alone():
    assert _amount_case(None) == 2
    assert _amount_case("Vantor", published="2021-10-20") == 2
