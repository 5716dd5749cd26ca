"""A series' timeline laid out for an inline SVG template (``templates/timeline.svg``).

What is drawn comes from ``claimledger.charts.chart_rows`` — the rows ``claimledger timeline``
charts: each dated claim's position, its interval (bounds), its mark (exact, approximate, upper
or lower bound, range) and its lane (sources and outlets; reader comments) — so the page and the
exported chart agree.  The geometry is computed here rather than by Vega: rendering with
vl-convert took ~1 s a chart, and a page must answer in under 200 ms.  Each point is a link to
its claim with a text alternative; text is escaped by the template.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from claimledger.web import links

WIDTH = 760
#: the most claims one chart draws (the latest ones); more is a blot, and a slow page
MAX_POINTS = 400
LEFT, RIGHT, TOP, BOTTOM = 72, 110, 28, 36
LANE_HEIGHT = {"sources and outlets": 240, "reader comments": 130}
#: colour-blind-safe categorical palette (Okabe–Ito), every colour ≥ 3:1 against white
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8a6d00", "#56B4E9", "#E69F00", "#000000")
#: marks drawn as shapes so they differ without colour too
SHAPES = {"exact": "circle", "approximate": "circle", "upper bound": "down",
          "lower bound": "up", "range": "diamond"}


@dataclass
class Lane:
    title: str
    top: float
    height: float
    y_ticks: list[tuple[float, str]]
    points: list[dict[str, Any]]


def layout(series) -> dict[str, Any]:
    """Everything the SVG template needs: size, axes, lanes, points, legend.  A series of more
    than ``MAX_POINTS`` dated claims is drawn from its latest ``MAX_POINTS`` (``omitted`` says
    how many are left out; the table beneath lists them all)."""
    from claimledger.track.tracker import Series
    from claimledger.views.charts import chart_rows

    dated = [p for p in series.points if p.date is not None]
    omitted = max(0, len(dated) - MAX_POINTS)
    if omitted:
        dated = sorted(dated, key=lambda p: p.date)[omitted:]
        series = Series(series.key, dated)
    rows = [dict(r, claim_id=p.claim_id) for r, p in zip(chart_rows(series), dated)]
    if not rows:
        return {"points": 0, "omitted": 0}
    dates = [dt.date.fromisoformat(r["date"]) for r in rows]
    first, last = min(dates), max(dates)
    if first == last:
        first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
    span = (last - first).days
    inner = WIDTH - LEFT - RIGHT

    def x(d: dt.date) -> float:
        return LEFT + inner * (d - first).days / span

    sources = list(dict.fromkeys(r["source"] for r in rows))
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    lanes, top = [], TOP
    for title, height in LANE_HEIGHT.items():
        lane_rows = [(r, d) for r, d in zip(rows, dates) if r["lane"] == title]
        if not lane_rows:
            continue
        highest = max(max(r["y"] or 0, r["hi"] or 0) for r, _ in lane_rows) or 1.0
        ticks = _nice_ticks(highest)
        top_value = ticks[-1]

        def y(v: float, top=top, height=height, top_value=top_value) -> float:
            return top + height - height * (v / top_value)

        points = []
        for r, d in lane_rows:
            cx, cy = x(d), y(r["y"] or 0)
            points.append({
                "x": round(cx, 1), "y": round(cy, 1), "shape": SHAPES.get(r["mark"], "circle"),
                "hollow": r["mark"] == "approximate", "colour": colour[r["source"]],
                "y1": None if r["lo"] is None else round(y(r["lo"]), 1),
                "y2": None if r["hi"] is None else round(y(min(r["hi"], top_value)), 1),
                "href": links.claim(r["claim_id"]), "label": r["label"],
                "alt": f"{r['source']}: {r['surface']} ({r['mark']}), {r['time']}",
            })
        lanes.append(Lane(title, top, height, [(round(y(t), 1), _short(t)) for t in ticks], points))
        top += height + TOP + BOTTOM
    x_ticks = [(round(x(d), 1), d.isoformat()) for d in _date_ticks(first, last)]
    return {"width": WIDTH, "height": top, "left": LEFT, "right": WIDTH - RIGHT, "lanes": lanes,
            "x_ticks": x_ticks, "legend": [(s, colour[s]) for s in sources],
            "points": sum(len(lane.points) for lane in lanes), "omitted": omitted}


def _nice_ticks(highest: float, n: int = 4) -> list[float]:
    """0 and round steps up to at least ``highest``."""
    raw = highest / n
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [step * i for i in range(0, math.ceil(highest / step) + 1)]


def _date_ticks(first: dt.date, last: dt.date, n: int = 5) -> list[dt.date]:
    span = (last - first).days
    return sorted({first + dt.timedelta(days=round(span * i / n)) for i in range(n + 1)})


def _short(v: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(v) >= size:
            return f"{v / size:g}{suffix}"
    return f"{v:g}"
