"""Money, percent and rates whose pages name one quantity in more or fewer words meet in one
series (track/measured_join.py); a share of a vote stays with its election; a month the measured
phrase names is its period (issue 17, point 6).  Rows written for these tests."""
import datetime as dt

from claimledger.track.rows import ClaimRow
from claimledger.track.tracker import track


def _row(cid, doc, sentence, value, measured, measured_of=None, unit="USD", time=None,
         published="2021-05-10", title="Harbour board meets", source=None):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="source" if source else "outlet",
        segment_kind="body", span_start=0, surface=str(value), value=value, low=None, high=None,
        approximate=False, unit=unit, counted=None, entity=None, scope=None, source_name=source,
        source_title=None, source_role=None, source_organization=None, time_value=time,
        time_relation="at", sentence=sentence, url=None, outlet="X",
        published=dt.date.fromisoformat(published), source_kind="person" if source else None,
        predicate=None, span_end=len(str(value)), title=title, lead=sentence,
        measured=measured, measured_of=measured_of)


def _series_of(rows):
    return {p.claim_id: s for s in track(rows).series for p in s.points}


def test_a_phrase_with_fewer_modifiers_joins_the_longer_one_of_the_same_owner():
    rows = [
        _row("a", "p1", "The Harbour League kept its output ceiling at 15.8 million tonnes.", 15.8e6,
             "output ceiling", "Harbour League", unit="t"),
        _row("b", "p2", "The Harbour League's ceiling of 15.8 million tonnes stays.", 15.8e6,
             "ceiling", "Harbour League", unit="t", published="2021-05-20"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_a_short_phrase_that_fits_two_different_quantities_stays_apart():
    rows = [
        _row("a", "p1", "Ruritania's trade deficit was 4.1 billion dollars.", 4.1e9, "trade deficit", "Ruritania"),
        _row("b", "p2", "Ruritania's budget deficit was 4.0 billion dollars.", 4.0e9, "budget deficit", "Ruritania"),
        _row("c", "p3", "Ruritania's deficit was 4.2 billion dollars.", 4.2e9, "deficit", "Ruritania"),
    ]
    s = _series_of(rows)
    assert len({s["a"].id, s["b"].id, s["c"].id}) == 3


def test_figures_of_very_different_size_are_not_joined_by_a_shorter_phrase():
    """A repair cost of 150 million is not the economic cost of a billion."""
    rows = [
        _row("a", "p1", "Ruritania puts the flood's economic cost at one billion dollars.", 1e9,
             "economic cost", "Ruritania"),
        _row("b", "p2", "Ruritania said the cost would be 150 million dollars.", 1.5e8, "cost", "Ruritania"),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_a_figure_with_no_period_joins_the_one_period_its_quantity_is_given_for():
    rows = [
        _row("a", "p1", "Ruritania's foreign debt was 108 billion dollars in February.", 108e9,
             "foreign debt", "Ruritania", time="2021-02"),
        _row("b", "p2", "Ruritania's foreign debt is 109 billion dollars.", 109e9, "foreign debt", "Ruritania",
             published="2021-05-12"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_two_periods_keep_a_figure_without_one_apart():
    rows = [
        _row("a", "p1", "Ruritania's trade deficit was 3.1 billion dollars in February.", 3.1e9,
             "trade deficit", "Ruritania", time="2021-02"),
        _row("b", "p2", "Ruritania's trade deficit was 2.9 billion dollars in January.", 2.9e9,
             "trade deficit", "Ruritania", time="2021-01"),
        _row("c", "p3", "Ruritania's trade deficit was 3.0 billion dollars.", 3.0e9, "trade deficit", "Ruritania"),
    ]
    s = _series_of(rows)
    assert len({s["a"].id, s["b"].id, s["c"].id}) == 3


def test_a_month_in_the_measured_phrase_is_its_period():
    rows = [
        _row("a", "p1", "Its February output was 15.4 million tonnes, one source said.", 15.4e6,
             "February output", "OPEC", unit="t", time="2021-02", source="one source"),
        _row("b", "p1", "A survey put OPEC February output at 16 million tonnes.", 16e6,
             "OPEC February output", unit="t", source="survey"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id
    assert s["a"].key.period == "2021-02"


def test_one_candidates_share_of_the_vote_in_two_contests_is_two_series():
    rows = [
        _row("a", "n1", "Ortega won the primary with 25.7% of the vote.", 25.7, "vote", "Ortega", unit="percent",
             title="Ortega wins Lakeland primary", published="2020-02-12"),
        _row("b", "m1", "Ortega secured four delegates with about 63% of the vote.", 63.0, "vote", "Ortega",
             unit="percent", title="Ortega wins Hillcrest caucus", published="2020-03-15"),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_the_owner_of_a_production_phrase_is_the_name_before_its_possessive():
    from claimledger.track.measured_key import measured_key
    assert measured_key("OPEC quota", "Nigeria's production") == ("quota", "Nigeria")
    assert measured_key("quota", "Nigeria output") == ("quota", "Nigeria")
    # a name the alias table does not know, before common words, stays no owner
    assert measured_key("OPEC quota", "Ruritanian output") == (None, None)


def test_a_standing_limit_is_one_series_whatever_month_a_sentence_gives():
    rows = [
        _row("a", "p1", "Nigeria's quota was 1.2 million barrels a day in February.", 1.2e6, "quota", "Nigeria",
             unit="bbl/day", time="2021-02"),
        _row("b", "p2", "Nigeria's quota stood at 1.2 million barrels a day in April.", 1.2e6, "quota", "Nigeria",
             unit="bbl/day", time="2021-04", published="2021-05-20"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id
