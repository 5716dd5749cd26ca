"""A series drawn over time: altair builds the Vega-Lite spec, vl-convert renders it.

PNG needs no browser (vl-convert bundles the renderer) and the HTML carries its JavaScript inline
(``bundle=True``), so a chart opens offline and nothing is fetched from a CDN.

Bounds are drawn as intervals ("fewer than 3,000" as a bar from 0 to 3,000, "2,000–3,000" as a
bar between them), approximate figures as hollow marks, each point labelled with its source;
reader comments get a lane of their own under the sources'.
"""
from __future__ import annotations

import os
from typing import Any, Optional

from claimledger.errors import ChartError
from claimledger.track.tracker import Point, Series
from claimledger.track.units import to_base

LANE_TITLES = {"source": "sources and outlets", "reader": "reader comments"}
#: an open lower bound ("more than 500") is drawn up to this multiple of it
OPEN_BOUND_SPAN = 1.5
#: chart formats by file extension, each a function of the Vega-Lite spec
FORMATS = ("png", "html", "svg", "json")


def chart_rows(series: Series) -> list[dict[str, Any]]:
    """One row a dated claim: where to draw it and what its tooltip says.  A series in a
    dimension ("speed (km/h)") is drawn in the dimension's unit, so "75 mph" sits beside "120
    km/h" and not at 75; a figure its sentence gives again in another unit ("120 mph (195
    km/h)") is one claim, drawn once."""
    rows = []
    for p in series.points:
        if p.date is None or p.restates is not None:
            continue
        y, lo, hi = (to_base(v, p.unit) for v in _extent(p))
        rows.append({
            "date": p.date.isoformat(), "y": y, "lo": lo, "hi": hi, "mark": _mark(p),
            "source": _who(p), "label": "" if p.relay_of else _who(p),
            "lane": LANE_TITLES[p.lane], "surface": p.surface,
            "sentence": p.sentence, "url": p.url or p.doc_ref,
            "time": f"{p.date.isoformat()} ({p.date_basis})",
        })
    return rows


def _who(p: Point) -> str:
    if p.lane == "reader":
        return "reader"
    if p.source is None:
        return p.outlet or p.source_key.removeprefix("outlet: ")
    return p.source_key


def _extent(p: Point) -> tuple[float, Optional[float], Optional[float]]:
    if p.low is not None and p.high is not None:
        return (p.value if p.value is not None else (p.low + p.high) / 2), p.low, p.high
    if p.high is not None:
        return p.high, 0.0, p.high
    if p.low is not None:
        return p.low, p.low, p.low * OPEN_BOUND_SPAN
    return p.value, None, None


def _mark(p: Point) -> str:
    if p.low is not None and p.high is not None:
        return "range"
    if p.high is not None:
        return "upper bound"
    if p.low is not None:
        return "lower bound"
    return "approximate" if p.approximate else "exact"


def chart(series: Series, width: int = 640):
    """The altair chart of a series (one lane per voice present, sharing the time axis)."""
    import altair as alt

    rows = chart_rows(series)
    if not rows:
        raise ChartError(f"series {series.id} ({series.label}) has no dated claims to draw.")
    lanes = [t for t in LANE_TITLES.values() if any(r["lane"] == t for r in rows)]
    x = alt.X("date:T", title="claim time")
    shapes = alt.Scale(domain=["exact", "approximate", "upper bound", "lower bound", "range"],
                       range=["circle", "circle", "triangle-down", "triangle-up", "diamond"])
    tooltip = ["source:N", "surface:N", "time:N", "sentence:N", "url:N"]
    charts = []
    for lane in lanes:
        data = alt.Data(values=[r for r in rows if r["lane"] == lane])
        base = alt.Chart(data)
        y = alt.Y("y:Q", title="estimate", scale=alt.Scale(zero=True))
        intervals = base.mark_rule(strokeWidth=3, opacity=0.5).encode(
            x=x, y=alt.Y("lo:Q"), y2="hi:Q", color="source:N",
        ).transform_filter("datum.lo != null")
        points = base.mark_point(size=90, strokeWidth=2).encode(
            x=x, y=y, color=alt.Color("source:N", legend=alt.Legend(title="source")),
            shape=alt.Shape("mark:N", scale=shapes,
                            legend=alt.Legend(title="figure (hollow: approximate)",
                                              symbolStrokeColor="gray", symbolFillColor="gray")),
            fill=alt.condition("datum.mark == 'approximate'", alt.value("white"),
                               alt.Color("source:N", legend=None)),
            tooltip=tooltip,
        )
        labels = base.mark_text(align="left", dx=8, dy=-8, fontSize=10).encode(
            x=x, y=y, text="label:N",
        )
        charts.append((intervals + points + labels).properties(
            title=lane, width=width, height=220 if lane == LANE_TITLES["source"] else 120))
    top = charts[0] if len(charts) == 1 else alt.vconcat(*charts).resolve_scale(x="shared")
    return top.properties(title=series.label)


def render(series: Series, path: str | os.PathLike) -> str:
    """Write the series' chart to ``path``; the extension picks the format (png, html, svg,
    json).  Returns the path written."""
    import vl_convert as vlc

    path = os.fspath(path)
    ext = os.path.splitext(path)[1].lower().lstrip(".")
    if ext not in FORMATS:
        raise ChartError(f"cannot draw a chart as {path!r}: give a file ending in "
                         f"{', '.join('.' + f for f in FORMATS)}.")
    spec = chart(series).to_dict()
    if ext == "png":
        data: bytes | str = vlc.vegalite_to_png(spec, scale=2)
    elif ext == "svg":
        data = vlc.vegalite_to_svg(spec)
    elif ext == "html":
        data = vlc.vegalite_to_html(spec, bundle=True)
    else:
        import json
        data = json.dumps(spec, indent=1)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)
    return path
