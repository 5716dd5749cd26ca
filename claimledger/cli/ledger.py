"""Commands over the whole ledger: series, timeline, conflicts, revisions, sources, export, query.

Each opens the ledger read-only and calls one ``Ledger`` method; stdout carries tables or JSON
lines, stderr messages.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any, Optional

import typer

from claimledger.cli.output import (
    DB_OPTION,
    WIDE_OPTION,
    _fail,
    _say,
    say_left_out,
)
from claimledger.cli.tables import CLIP, TEXT, WHOLE, Col, show
from claimledger.errors import ClaimLedgerError
from claimledger.track.tracker import DEFAULT_TRACK_SETTINGS, Point, TrackSettings
from claimledger.track.units import dimension_of
from claimledger.views.numbers import figure as write_figure

JSON_OPTION = typer.Option(False, "--json", help="One JSON record a line.")
WINDOW_OPTION = typer.Option(
    None, "--window", min=0,
    help=f"Days within which two claims are about the same time "
         f"(default {DEFAULT_TRACK_SETTINGS.window_days}).")
TOLERANCE_OPTION = typer.Option(
    None, "--tolerance", min=0.0, max=1.0,
    help=f"How far 'about N' stretches, as a fraction of N "
         f"(default {DEFAULT_TRACK_SETTINGS.tolerance}).")


RELAY_OPTION = typer.Option(
    None, "--relay-days", min=0,
    help=f"Days within which the same figure from the same source on another page is a relay of "
         f"it, not a new statement (default {DEFAULT_TRACK_SETTINGS.relay_days}).")


def _settings(window: Optional[int], tolerance: Optional[float], relay_days: Optional[int] = None) -> TrackSettings:
    return DEFAULT_TRACK_SETTINGS.with_(window_days=window, relay_days=relay_days, tolerance=tolerance)


def _emit(records: Any) -> None:
    for r in records:
        sys.stdout.write(json.dumps(r, ensure_ascii=False, default=_jsonable) + "\n")


def _jsonable(x: Any) -> Any:
    if isinstance(x, (dt.date, dt.datetime, dt.time)):
        return x.isoformat()
    return str(x)


def figure(p: Point) -> str:
    """"~1,000", "≤ 3,000", "2,000–3,000": a claim's figure as a reader writes it; with its unit
    when its series holds a dimension ("120 mph" in "speed (km/h) of …"), not the unit itself."""
    return write_figure(p.value, p.low, p.high, p.approximate, p.unit if dimension_of(p.unit) else None)


def _cite(p: Point) -> str:
    date = p.date.isoformat() if p.date else "undated"
    return f"{figure(p)} — {p.source_key} ({date}, {p.url or p.doc_ref})"


# Each table in display order, the columns always shown (while they fit at all) most useful
# first, and the columns shown only when there is room, the first of them left out first.
SERIES_COLUMNS = (Col("id", WHOLE), Col("series", TEXT, min=28), Col("pages", WHOLE), Col("claims", WHOLE),
                  Col("sources", WHOLE), Col("first", WHOLE), Col("last", WHOLE), Col("latest", TEXT, min=26))
SERIES_KEEP, SERIES_DROP = ("series", "latest", "id", "pages"), ("first", "sources", "last", "claims")

TIMELINE_COLUMNS = (Col("date", WHOLE), Col("figure", WHOLE), Col("source"), Col("voice", WHOLE),
                    Col("relay of", CLIP, min=8), Col("page", CLIP, min=16), Col("sentence", TEXT, min=24))
TIMELINE_KEEP, TIMELINE_DROP = ("date", "figure", "sentence", "source"), ("relay of", "voice", "page")

CONFLICT_COLUMNS = (Col("series", TEXT, min=16), Col("days", WHOLE), Col("a", TEXT, min=20), Col("b", TEXT, min=20))
CONFLICT_KEEP = ("a", "b", "series", "days")

REVISION_COLUMNS = (Col("series", TEXT, min=16), Col("source"), Col("kind", WHOLE), Col("before", TEXT, min=20),
                    Col("after", TEXT, min=20))
REVISION_KEEP = ("before", "after", "source", "series", "kind")

SOURCE_COLUMNS = (Col("page", CLIP, min=12), Col("source"), Col("kind", WHOLE), Col("title"), Col("role"),
                  Col("organization"), Col("mentions", WHOLE), Col("statements", WHOLE), Col("quantities", WHOLE))
SOURCE_KEEP, SOURCE_DROP = ("source", "role", "organization", "page"), ("kind", "title", "mentions", "statements",
                                                                         "quantities")


#: series a table shows unless ``--limit`` says otherwise: a screenful or two, the most documents
#: first; the rest is one ``--limit 0`` or ``--json`` away
TABLE_LIMIT = 100


def series(
    db: str = DB_OPTION, as_json: bool = JSON_OPTION,
    min_claims: int = typer.Option(1, "--min-claims", min=1, help="Only series with at least this many claims."),
    show_all: bool = typer.Option(False, "--all", help="Also the series on one page from one source "
                                                      "(by default only those spanning two documents or two sources)."),
    window: Optional[int] = WINDOW_OPTION, tolerance: Optional[float] = TOLERANCE_OPTION,
    relay_days: Optional[int] = RELAY_OPTION, wide: bool = WIDE_OPTION,
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help=f"At most this many series (default: "
                                        f"{TABLE_LIMIT} in the table, all with --json; 0 for all)."),
) -> None:
    """List the series: claims about one quantity (counted thing × entity × places), those across
    the most documents first, then the largest.

    By default only series that span at least two documents or two sources; ``--all`` for every
    series.  The table shows the first hundred (stderr says how many more; ``--limit 0`` for
    all), ``--json`` every series' summary with its member claim ids (``members``)."""
    from claimledger.store.ledger import Ledger

    try:
        with Ledger(db, read_only=True) as ledger:
            found = [s for s in ledger.series(_settings(window, tolerance, relay_days), across=not show_all)
                     if len(s.points) >= min_claims]
    except ClaimLedgerError as e:
        _fail(e)
    if limit is None and not as_json:
        limit = TABLE_LIMIT
    if limit and len(found) > limit:
        if not as_json:
            _say(f"{len(found) - limit:,} more series (the first {limit} shown; --limit 0 for all)")
        found = found[:limit]
    if as_json:
        _emit(s.to_dict() for s in found)
        return
    rows = []
    for s in found:
        d, latest = s.summary(), s.latest
        rows.append((s.id, s.label, str(d["documents"]), str(d["claims"]), str(d["sources"]), d["first"] or "", d["last"] or "",
                     f"{figure(latest)} ({latest.source_key})" if latest else ""))
    say_left_out(show(SERIES_COLUMNS, rows, wide, SERIES_KEEP, SERIES_DROP))


def timeline(
    series_or_text: str = typer.Argument(..., help="A series id (from `series`) or words naming it, e.g. 'ISIS members in Syria and Iraq'."),
    db: str = DB_OPTION, as_json: bool = JSON_OPTION,
    out_file: Optional[str] = typer.Option(None, "--out", help="Also draw the chart to FILE.png, FILE.html, FILE.svg or FILE.json (Vega-Lite)."),
    window: Optional[int] = WINDOW_OPTION, tolerance: Optional[float] = TOLERANCE_OPTION,
    relay_days: Optional[int] = RELAY_OPTION, wide: bool = WIDE_OPTION,
) -> None:
    """Show how the estimate of one quantity moved: each claim in time order, with its sentence."""
    from claimledger.store.ledger import Ledger
    from claimledger.views.charts import render

    try:
        with Ledger(db, read_only=True) as ledger:
            s = ledger.timeline(series_or_text, _settings(window, tolerance, relay_days))
        if out_file:
            render(s, out_file)
            _say(f"chart of {s.label} → {out_file}")
    except ClaimLedgerError as e:
        _fail(e)
    if as_json:  # the members: doc_ref, span, value, source, time and the rest of each point
        _emit(p.to_dict() | {"series": s.label} for p in s.points)
        return
    rows = [(p.date.isoformat() if p.date else "", figure(p), p.source_key, p.voice, p.relay_of or "",
             p.url or p.doc_ref, p.sentence) for p in s.points]
    say_left_out(show(TIMELINE_COLUMNS, rows, wide, TIMELINE_KEEP, TIMELINE_DROP, title=f"{s.label} [{s.id}]"))


def _relations(db: str, view: str, settings: TrackSettings) -> list:
    """The ledger's conflicts or revisions under ``settings``; a ledger error is one line and exit 1."""
    from claimledger.store.ledger import Ledger

    try:
        with Ledger(db, read_only=True) as ledger:
            return getattr(ledger, view)(settings)
    except ClaimLedgerError as e:
        _fail(e)


def conflicts(
    db: str = DB_OPTION, as_json: bool = JSON_OPTION,
    window: Optional[int] = WINDOW_OPTION, tolerance: Optional[float] = TOLERANCE_OPTION,
    relay_days: Optional[int] = RELAY_OPTION, wide: bool = WIDE_OPTION,
) -> None:
    """List contradictions: two sources whose figures for one quantity cannot both hold at close times."""
    found = _relations(db, "conflicts", _settings(window, tolerance, relay_days))
    if as_json:
        _emit(c.to_dict() for c in found)
        return
    rows = [(c.series.label, str(c.days_apart), _cite(c.a), _cite(c.b)) for c in found]
    say_left_out(show(CONFLICT_COLUMNS, rows, wide, CONFLICT_KEEP))


def revisions(
    db: str = DB_OPTION, as_json: bool = JSON_OPTION,
    window: Optional[int] = WINDOW_OPTION, tolerance: Optional[float] = TOLERANCE_OPTION,
    relay_days: Optional[int] = RELAY_OPTION, wide: bool = WIDE_OPTION,
) -> None:
    """List each source's changes of its own figure, in time order, at any distance in time: an
    update (a figure for a later time) or a correction (the same time, or said to replace it)."""
    found = _relations(db, "revisions", _settings(window, tolerance, relay_days))
    if as_json:
        _emit(r.to_dict() for r in found)
        return
    rows = [(r.series.label, r.source, r.kind, _cite(r.before), _cite(r.after)) for r in found]
    say_left_out(show(REVISION_COLUMNS, rows, wide, REVISION_KEEP))


def export(
    fmt: str = typer.Option(..., "--format", help="jsonl | csv | parquet | jsonld (schema.org Claim)."),
    out_file: Optional[str] = typer.Option(None, "--out", help="Write to FILE instead of stdout."),
    db: str = DB_OPTION,
) -> None:
    """Write every claim, with its series, time and page, in an exchange format."""
    from claimledger.store.ledger import Ledger
    from claimledger.views.export import WRITERS

    if fmt not in WRITERS:
        raise typer.BadParameter(f"--format must be one of {', '.join(WRITERS)}")
    if fmt == "parquet" and out_file is None and sys.stdout.isatty():
        raise typer.BadParameter("parquet is binary: give --out FILE or redirect stdout")
    try:
        with Ledger(db, read_only=True) as ledger:
            if out_file:
                with open(out_file, "wb") as f:
                    n = ledger.export(fmt, f)
            else:
                sys.stdout.flush()
                n = ledger.export(fmt, sys.stdout.buffer)
                sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise typer.Exit(0)  # the reader stopped early (`| head`): not an error
    except OSError as e:
        _fail(f"cannot write {out_file!r}: {e.strerror}")
    except ClaimLedgerError as e:
        _fail(e)
    _say(f"{n} records ({fmt}) → {out_file or 'stdout'}")


def sources(
    db: str = DB_OPTION, as_json: bool = JSON_OPTION,
    doc_id: Optional[str] = typer.Option(None, "--doc", help="Only this document's sources (its doc_id)."),
    wide: bool = WIDE_OPTION,
) -> None:
    """List each document's speakers: one row per person or body, with title, role, organisation and mentions."""
    from claimledger.store.ledger import Ledger

    try:
        with Ledger(db, read_only=True) as ledger:
            found = ledger.sources(doc_id)
            refs = {d["doc_id"]: d["doc_ref"] for d in ledger.documents(include_text=False)} if not as_json else {}
    except ClaimLedgerError as e:
        _fail(e)
    if as_json:
        _emit(found)
        return
    rows = [(refs.get(r["doc_id"]) or r["doc_id"][:12], r["name"], r["kind"] or "", r["title"] or "",
             r["role"] or "", r["organization"] or "", str(r["mentions"]), str(r["statements"]),
             str(r["quantities"])) for r in found]
    say_left_out(show(SOURCE_COLUMNS, rows, wide, SOURCE_KEEP, SOURCE_DROP))


def query(
    sql: str = typer.Argument(..., help="An SQL statement (read-only); tables: documents, segments, claims, sources, skipped, meta."),
    db: str = DB_OPTION, as_json: bool = JSON_OPTION, wide: bool = WIDE_OPTION,
) -> None:
    """Run read-only SQL on the ledger (the schema is in the README)."""
    from claimledger.store.ledger import Ledger

    try:
        with Ledger(db, read_only=True) as ledger:
            columns, rows = ledger.query(sql)
    except ClaimLedgerError as e:
        _fail(e)
    if as_json:
        _emit(dict(zip(columns, row)) for row in rows)
        return
    cells = [tuple("" if v is None else str(v) for v in row) for row in rows]
    say_left_out(show([Col(c) for c in columns], cells, wide, keep=columns))


def register(app: typer.Typer) -> None:
    for fn in (series, timeline, conflicts, revisions, sources, export, query):
        app.command(fn.__name__)(fn)
