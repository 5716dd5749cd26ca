"""The command line: each command is a few lines around one library call.

stdout carries data (tables or JSON lines), stderr carries messages and progress.  Exit codes:
0 success, 1 some input failed or a library error, 2 usage error.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from claimledger.cli.output import (
    DB_OPTION,
    WIDE_OPTION,
    _check_date,
    _Errors,
    _fail,
    _fmt_num,
    _print_claims,
    _say,
    _settings,
    err,
    say_left_out,
)
from claimledger.cli.tables import CLIP, WHOLE, Col, line, show
from claimledger.errors import ClaimLedgerError
from claimledger.model import CUE_KINDS

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news pages into a ledger of attributed claims.")

@app.command()
def analyze(
    paths: List[str] = typer.Argument(..., help="Files or directories (text, HTML, JSONL, WARC); '-' reads stdin."),
    as_json: bool = typer.Option(False, "--json", help="One claim record (JSON) a line."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs without one."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name (default: en_core_web_sm)."),
    wide: bool = WIDE_OPTION,
) -> None:
    """Print the claims found in each input (nothing is stored)."""
    from claimledger.pipeline import analyze_documents
    from claimledger.readers import read

    errors = _Errors()
    settings = _settings(model)
    left_out: List[str] = []
    try:
        docs = read(paths, on_error=errors, published=_check_date(published), max_chars=settings.max_chars)
        for a in analyze_documents(docs, settings=settings):
            title = None if as_json else f"{a.document.doc_ref} — {a.document.title or ''}".rstrip(" —")
            left_out += _print_claims(a.claims, as_json, title, wide)
    except ClaimLedgerError as e:
        _fail(e)
    say_left_out(left_out)
    raise typer.Exit(1 if errors.count else 0)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files or directories to read; '-' reads stdin."),
    db: str = DB_OPTION,
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs without one."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes on this machine (default: all cores)."),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS|local",
                                       help="Analyse on a Dask cluster: the scheduler's address, or 'local' for a LocalCluster of --jobs workers."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    track: bool = typer.Option(True, "--track/--no-track",
                               help="Track the series once new claims are stored, so the first view is fast."),
) -> None:
    """Analyse inputs and store their documents and claims in the ledger (idempotent, resumable).

    The series are then tracked and kept in the ledger (``--no-track`` leaves that to the first
    view), since a view that reads a kept result answers in well under a second."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from claimledger.run.ingest import default_jobs
    from claimledger.run.ingest import ingest as run_ingest
    from claimledger.store.ledger import Ledger

    errors = _Errors()
    try:
        with Ledger(db) as ledger, Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                            TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("ingest", total=None)
            common = dict(settings=_settings(model), published=_check_date(published), on_error=errors,
                          on_document=lambda n: bar.advance(task, n))
            if dask:
                from claimledger.run.dask import ingest_dask

                def shard_failed(message: str) -> None:
                    errors.count += 1
                    _say(f"error: {message} (its documents are recorded as skipped; run again to retry)")

                report = ingest_dask(paths, ledger, dask, workers=jobs, on_shard_failed=shard_failed, **common)
            else:
                report = run_ingest(paths, ledger, jobs=jobs or default_jobs(), **common)
            if track and report.stored:
                bar.update(task, description="track")
                ledger.tracked()
    except ClaimLedgerError as e:
        _fail(e)
    summary = report.to_dict() | {"db": db}
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        _say(f"{summary['stored']} new documents, {summary['already_stored']} already stored, "
             f"{summary['claims']} claims, {summary['failed']} inputs failed → {db}")
    raise typer.Exit(1 if errors.count else 0)


@app.command()
def claims(
    db: str = DB_OPTION,
    subject: Optional[str] = typer.Option(None, "--subject", help="Text in the counted thing, entity, scope or sentence."),
    source: Optional[str] = typer.Option(None, "--source", help="Text in the source's name or organisation."),
    voice: Optional[str] = typer.Option(None, "--voice", help="source | outlet | reader"),
    kind: Optional[str] = typer.Option(None, "--kind", help="quantity | statement"),
    cue_kind: Optional[str] = typer.Option(
        None, "--cue-kind", help="speech | belief | intention | perception | finding ('speech' keeps only what was said)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many claims."),
    as_json: bool = typer.Option(False, "--json", help="One claim record (JSON) a line."),
    wide: bool = WIDE_OPTION,
) -> None:
    """List stored claims."""
    from claimledger.store.ledger import Ledger

    if voice and voice not in ("source", "outlet", "reader"):
        raise typer.BadParameter("--voice must be source, outlet or reader")
    if kind and kind not in ("quantity", "statement"):
        raise typer.BadParameter("--kind must be quantity or statement")
    if cue_kind and cue_kind not in CUE_KINDS:
        raise typer.BadParameter(f"--cue-kind must be one of {', '.join(CUE_KINDS)}")
    try:
        with Ledger(db, read_only=True) as ledger:
            left_out = _print_claims(ledger.claims(subject=subject, source=source, voice=voice, kind=kind,
                                                   cue_kind=cue_kind, limit=limit), as_json, wide=wide)
    except ClaimLedgerError as e:
        _fail(e)
    say_left_out(left_out)


@app.command()
def segment(
    paths: List[str] = typer.Argument(..., help="Files or directories; '-' reads stdin."),
    as_json: bool = typer.Option(False, "--json", help="One JSON record a document."),
    wide: bool = WIDE_OPTION,
) -> None:
    """Show how each page is split: headline, byline, caption, body, comments and their authors."""
    from claimledger.readers import read
    from claimledger.segment.page import segment_document, segments_record

    errors = _Errors()
    for doc in read(paths, on_error=errors):
        segs = segment_document(doc)
        if as_json:
            ref = Path(doc.doc_ref).stem if doc.format in ("text", "html") else doc.doc_ref
            sys.stdout.write(json.dumps(segments_record(ref, segs), ensure_ascii=False) + "\n")
            continue
        line(doc.doc_ref, wide, style="bold")
        for s in segs:
            src = doc.title if s.in_title else doc.text
            words = " ".join(src[s.start:s.end].split())
            who = f" ({s.author})" if s.author else ""
            idx = f" #{s.comment_index}" if s.comment_index is not None else ""
            line(f"  {s.kind:<16}{idx}{who}  {words}", wide)
    raise typer.Exit(1 if errors.count else 0)


#: the quantities table: the mention, its value and what it counts first; the document last
QUANTITY_COLUMNS = (Col("id", CLIP, min=12), Col("surface"), Col("value", WHOLE), Col("low", WHOLE),
                    Col("high", WHOLE), Col("approx", WHOLE), Col("trend", WHOLE), Col("unit"), Col("counted"))
QUANTITY_KEEP = ("surface", "value", "counted")
QUANTITY_DROP = ("trend", "id", "approx", "low", "high", "unit")


@app.command()
def quantities(
    paths: List[str] = typer.Argument(..., help="Files or directories; '-' reads stdin."),
    as_json: bool = typer.Option(False, "--json", help="One quantity record (JSON) a line."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline name."),
    wide: bool = WIDE_OPTION,
) -> None:
    """Every quantity mention in the inputs, claim or not."""
    from claimledger.readers import read
    from claimledger.run.quantity_mentions import quantity_records

    errors = _Errors()
    settings = _settings(model)
    try:
        records = quantity_records(read(paths, on_error=errors, max_chars=settings.max_chars), settings=settings)
        if as_json:
            for r in records:
                sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            rows = [(str(r["id"]), r["surface"], _fmt_num(r["value"]), _fmt_num(r["low"]), _fmt_num(r["high"]),
                     "~" if r["approximate"] else "", r["trend"] or "", r["unit"] or "", r["counted"] or "")
                    for r in records]
            say_left_out(show(QUANTITY_COLUMNS, rows, wide, keep=QUANTITY_KEEP, drop=QUANTITY_DROP))
    except ClaimLedgerError as e:
        _fail(e)
    raise typer.Exit(1 if errors.count else 0)
