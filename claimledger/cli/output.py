"""What every command shares: the consoles, the ``--db`` option, one-line errors, number
formats and the claims table.

stdout carries data (tables or JSON lines), stderr carries messages and progress.
"""
from __future__ import annotations

import sys
from typing import Iterable, Optional

import typer
from rich.console import Console
from rich.table import Table

from claimledger.errors import InputError
from claimledger.model import Claim
from claimledger.settings import DEFAULT_SETTINGS

#: piped output is not cut to 80 columns: a table of claims is wide
out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True)

DB_OPTION = typer.Option("claimledger.duckdb", "--db", help="The ledger file (DuckDB).")


class _Errors:
    """Collects input errors: one line each on stderr, the batch goes on, the exit code says so."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, e: InputError) -> None:
        self.count += 1
        _say(f"error: {e}")


def _say(message: str) -> None:
    """One message, one line on stderr (never wrapped: scripts grep these)."""
    sys.stderr.write(" ".join(str(message).split()) + "\n")
    sys.stderr.flush()


def _fail(e: Exception) -> None:
    _say(f"error: {e}")
    raise typer.Exit(1)


def _settings(model: Optional[str]):
    return DEFAULT_SETTINGS.with_(model=model)


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    import datetime as dt
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD")


# --------------------------------------------------------------------------- output

def _fmt_num(x: Optional[float]) -> str:
    if x is None:
        return ""
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _quantity_text(c: Claim) -> str:
    q = c.quantity
    if q is None:
        return ""
    if q.low is not None and q.high is not None:
        s = f"{_fmt_num(q.low)}–{_fmt_num(q.high)}"
    elif q.high is not None:
        s = f"≤ {_fmt_num(q.high)}"
    elif q.low is not None:
        s = f"≥ {_fmt_num(q.low)}"
    else:
        s = _fmt_num(q.value) or q.surface
    if q.approximate:
        s = "~" + s
    if q.unit:
        s += f" {q.unit}"
    return s


def claims_table(claims: Iterable[Claim], title: Optional[str] = None) -> Table:
    """The readable table of claims: number, counted thing, scope, source, role, organisation,
    cue, via, time, voice, segment, and the claim's words."""
    t = Table(title=title, header_style="bold", title_justify="left")
    for col in ("number", "counted", "scope", "source", "role", "organisation", "cue", "via",
                "time", "voice", "segment"):
        t.add_column(col, overflow="fold", no_wrap=col in ("number", "source", "cue", "via", "time", "voice", "segment"))
    t.add_column("words", overflow="ellipsis", no_wrap=True, max_width=48)
    for c in claims:
        src = c.source
        seg = c.segment.kind + (f" {c.segment.index}" if c.segment.kind in ("comment", "body") else "")
        if c.segment.author:
            seg += f" ({c.segment.author})"
        words = c.sentence if c.kind == "statement" else (c.quantity.surface if c.quantity else "")
        time = ""
        if c.time:
            time = (c.time.value or c.time.surface) + (f" ({c.time.relation})" if c.time.relation != "at" else "")
        t.add_row(
            _quantity_text(c) if c.kind == "quantity" else "[dim]statement[/dim]",
            (c.quantity.counted or "") if c.quantity else "", ", ".join(c.scope),
            src.name if src and src.name else "", (src.role or "") if src else "",
            (src.organization or "") if src else "", c.cue or "", " → ".join(c.via), time,
            c.voice, seg, words.replace("\n", " "),
        )
    return t


def _print_claims(claims: Iterable[Claim], as_json: bool, title: Optional[str] = None) -> int:
    n = 0
    if as_json:
        for c in claims:
            sys.stdout.write(c.to_json() + "\n")
            n += 1
        return n
    claims = list(claims)
    out.print(claims_table(claims, title))
    return len(claims)


# --------------------------------------------------------------------------- commands
