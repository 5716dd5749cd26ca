"""One quantity written in units of one dimension is one series, compared after conversion
(issue 17): "195 km/h (120 mph)" on one page and "120 mph" on the next are one wind, one claim
relayed, never two estimates, a revision or a conflict.  Pages and figures composed for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger
from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point
from claimledger.track.relations import _conflicts, _relays, _revisions
from claimledger.track.tracker import TrackSettings
from claimledger.track.units import dimension_of, mark_restatements, same_figure, to_base

STORM_PAGES = [
    Document(doc_ref="s1", published="2031-09-14", url="https://stormdesk.example/maren-1", outlet="Storm Desk",
             format="jsonl", title="Hurricane Maren strengthens near Bermuda",
             text="Hurricane Maren strengthened on Saturday. The National Hurricane Center said Maren's maximum "
                  "sustained winds reached 195 km/h (120 mph) on Saturday.\n\nThe storm is moving north."),
    Document(doc_ref="s2", published="2031-09-15", url="https://islandwire.example/maren", outlet="Island Wire",
             format="jsonl", title="Hurricane Maren passes Bermuda",
             text="Hurricane Maren passed Bermuda on Sunday. The National Hurricane Center said Maren's maximum "
                  "sustained winds reached 120 mph on Sunday.\n\nSchools were closed."),
    Document(doc_ref="s3", published="2031-09-17", url="https://stormdesk.example/maren-2", outlet="Storm Desk",
             format="jsonl", title="Hurricane Maren weakens",
             text="Hurricane Maren weakened on Tuesday. The National Hurricane Center said Maren's maximum "
                  "sustained winds fell to 150 km/h on Tuesday.\n\nThe storm is moving east."),
]


@pytest.fixture(scope="module")
def storm(tmp_path_factory):
    path = tmp_path_factory.mktemp("units") / "l.duckdb"
    with Ledger(path) as led:
        led.add([(a.document, a.segments, a.claims) for a in analyze_documents(STORM_PAGES)])
        yield led.tracked()


def test_a_wind_in_kmh_and_mph_is_one_series(storm):
    winds = [s for s in storm.series if "wind" in s.label]
    assert len(winds) == 1
    wind = winds[0]
    assert wind.key.unit == "speed (km/h)" and wind.label.startswith("speed (km/h) of")
    # every point shows its figure as written
    assert sorted((p.surface, p.unit) for p in wind.points) == [
        ("120 mph", "mph"), ("120 mph", "mph"), ("150 km/h", "km/h"), ("195 km/h", "km/h")]
    assert wind.documents == 3


def test_a_bracketed_conversion_is_one_claim(storm):
    wind = next(s for s in storm.series if "wind" in s.label)
    first = next(p for p in wind.points if p.surface == "195 km/h")
    bracketed = next(p for p in wind.points if p.doc_ref == "s1" and p.surface == "120 mph")
    assert bracketed.restates == first.claim_id and first.restates is None
    assert bracketed.to_dict()["restates"] == first.claim_id
    # the next page's 120 mph is the 195 km/h carried again, not a second estimate
    relay = next(r for r in storm.relays if r.first.claim_id == first.claim_id)
    assert [p.doc_ref for p in relay.repeats] == ["s2"]
    assert not storm.conflicts and not storm.revisions
    assert wind.latest.restates is None and wind.latest.surface == "150 km/h"


def test_the_series_view_shows_each_figure_in_its_own_unit(storm):
    from claimledger.cli.ledger import figure
    wind = next(s for s in storm.series if "wind" in s.label)
    assert sorted({figure(p) for p in wind.points}) == ["120 mph", "150 km/h", "195 km/h"]


def _p(cid, value, unit, source="Hurricane Center", doc=None, day=1, sentence=None, low=None, high=None,
       approximate=False):
    return Point(cid, doc or "d" + cid, doc or "d" + cid, value, low, high, approximate, f"{value} {unit}",
                 sentence or f"{source} said {value} {unit}.", "source", source, source, None, None, None,
                 None, "X", dt.date(2031, 9, day), dt.date(2031, 9, day), "stated", "at", 0, unit=unit)


@pytest.mark.parametrize("a, b, same", [
    (("195", "km/h"), ("120", "mph"), True),   # rounded to tens of mph
    (("185", "mph"), ("295", "km/h"), True),   # rounded to fives
    (("40", "km"), ("25", "mi"), True),
    (("150", "km/h"), ("120", "mph"), False),  # 93 mph: another figure
    (("120", "km/h"), ("120", "mph"), False),  # one number, two units
    (("450", "°F"), ("232", "°C"), True),      # (450 − 32) × 5/9 = 232.2
    (("700", "lb"), ("320", "kg"), True),
])
def test_same_figure_in_two_units(a, b, same):
    assert same_figure(_p("a", float(a[0]), a[1]), _p("b", float(b[0]), b[1])) is same


def test_dimensions_keep_currencies_and_far_apart_sizes_apart():
    assert dimension_of("km") == dimension_of("mi") == "length (km)"
    assert dimension_of("mph") == dimension_of("kn") == "speed (km/h)"
    assert dimension_of("in") != dimension_of("mi")  # a pipe's diameter is not its length
    assert dimension_of("USD") is None and dimension_of("EUR") is None  # never one unit
    assert dimension_of("percent") is None and dimension_of("bbl/day") is None
    assert to_base(120, "mph") == pytest.approx(193.12128)
    assert to_base(212, "°F") == pytest.approx(100)


def test_one_sentence_converting_under_a_bound_restates():
    sentence = "It lay under eight metres (about 25 feet) of mud."
    a = _p("a", None, "m", sentence=sentence, doc="d", high=8.0)
    b = _p("b", 25.0, "ft", sentence=sentence, doc="d", approximate=True)
    b.position = 20
    mark_restatements([a, b])
    assert b.restates == "a"


KEY = SeriesKey("maximum sustained wind", "Maren", ("Bermuda",), predicate="reached")
SETTINGS = TrackSettings()


def test_conflicts_are_judged_after_conversion():
    agree = [_p("a", 195.0, "km/h", source="Hurricane Center"), _p("b", 120.0, "mph", source="Navy", day=2)]
    assert not _conflicts(KEY, _relays(agree, SETTINGS), SETTINGS)
    differ = [_p("a", 195.0, "km/h", source="Hurricane Center"), _p("b", 150.0, "mph", source="Navy", day=2)]
    assert len(_conflicts(KEY, _relays(differ, SETTINGS), SETTINGS)) == 1


def test_revisions_are_judged_after_conversion():
    points = [_p("a", 195.0, "km/h", day=1), _p("b", 120.0, "mph", day=3), _p("c", 100.0, "mph", day=5)]
    groups = _relays(points, SETTINGS)
    assert [g.first.claim_id for g in groups] == ["a", "c"]  # the 120 mph repeats the 195 km/h
    revisions = _revisions(KEY, groups, SETTINGS)
    assert [(r.before.claim_id, r.after.claim_id) for r in revisions] == [("a", "c")]


def test_a_dimension_series_is_found_by_any_unit_it_is_written_in(storm):
    from claimledger.track.find import find_series
    wind = next(s for s in storm.series if "wind" in s.label)
    for query in ("sustained wind mph", "wind speed"):
        assert find_series(storm.series, query)[:1] == [wind]
