"""What a series chart draws: figures in two units of one dimension on one scale, and a figure
its sentence converts drawn once (views/charts.py)."""
import datetime as dt

from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point, Series
from claimledger.views.charts import chart_rows


def _p(cid, value, unit, position, restates=None, day="2022-09-16"):
    d = dt.date.fromisoformat(day)
    return Point(claim_id=cid, doc_id="d", doc_ref="d", value=value, low=None, high=None,
                 approximate=False, surface=f"{value} {unit}", sentence="The storm had winds of ...",
                 voice="outlet", source=None, source_key="outlet: X", source_title=None,
                 source_role=None, source_organization=None, url=None, outlet="X", published=d,
                 date=d, date_basis="published", relation="at", position=position, unit=unit,
                 restates=restates)


def test_a_dimension_is_drawn_in_one_unit_and_a_conversion_once():
    series = Series(SeriesKey("wind", "Storm Ada", (), unit="speed (km/h)"), [
        _p("a", 75, "mph", 10), _p("b", 120, "km/h", 30, restates="a"), _p("c", 150, "km/h", 50, day="2022-09-18")])
    rows = chart_rows(series)
    assert [r["surface"] for r in rows] == ["75 mph", "150 km/h"]
    assert abs(rows[0]["y"] - 120.7) < 0.1 and rows[1]["y"] == 150
