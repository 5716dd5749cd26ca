"""One owner's one precise rate given alone under different heads ("benchmark", "target", "fixed
price": 18 dollars a barrel) is one standing level (track/series_rate_figure.py); several figures,
another owner, a round or per-share figure, or one sentence giving both keep them apart.  Rows
written for these tests."""
from tests.test_track_measured_join import _row, _series_of


def _rate(cid, doc, phrase, value=18.0, unit="USD/barrel", owner="Harbour League", published="2021-04-06",
          sentence=None):
    return _row(cid, doc, sentence or f"The {owner}'s {phrase} is {value} dollars a barrel.", value, phrase, owner,
                unit=unit, published=published)


def test_one_owner_one_precise_rate_under_two_heads_is_one_level():
    s = _series_of([_rate("a", "p1", "benchmark"), _rate("b", "p2", "fixed crude price", published="2021-04-20")])
    assert s["a"].id == s["b"].id


def test_another_owner_or_a_per_share_or_round_figure_stays_apart():
    s = _series_of([_rate("a", "p1", "benchmark"),
                    _rate("b", "p2", "fixed crude price", owner="Borduria", published="2021-04-20")])
    assert s["a"].id != s["b"].id
    s = _series_of([_rate("a", "p1", "tender offer", 28.0, "USD/share"),
                    _rate("b", "p2", "dividend payout", 28.0, "USD/share", published="2021-04-20")])
    assert s["a"].id != s["b"].id
    s = _series_of([_rate("a", "p1", "benchmark", 20.0), _rate("b", "p2", "fixed crude price", 20.0,
                                                              published="2021-04-20")])
    assert s["a"].id != s["b"].id


def test_a_series_with_several_figures_is_not_one_level():
    s = _series_of([_rate("a", "p1", "benchmark"), _rate("c", "p3", "benchmark", 19.5, published="2021-04-10"),
                    _rate("b", "p2", "fixed crude price", published="2021-04-20")])
    assert s["b"].id != s["a"].id


def test_a_series_kept_in_its_bare_unit_is_still_the_rate_its_points_give():
    """"the 18 dollar target" twice and "an 18 dollar a barrel target" once on one page: its series
    keeps the bare unit, its rate is still dollars a barrel."""
    rows = [_rate("a", "p1", "benchmark"),
            _rate("b", "p2", "target", unit="USD", published="2021-04-20", sentence="The 18 dollar target holds."),
            _rate("c", "p2", "target", unit="USD", published="2021-04-20",
                  sentence="Analysts expect the league to keep the 18 dollar target."),
            _rate("d", "p2", "target", published="2021-04-20",
                  sentence="The league agreed on an 18 dollar a barrel target.")]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id == s["d"].id
