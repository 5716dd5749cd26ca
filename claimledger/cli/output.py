"""What every command shares: the ``--db`` and ``--wide`` options, one-line errors, number
formats and the claims table.

stdout carries data (tables or JSON lines), stderr carries messages and progress.
"""
from __future__ import annotations

import sys
from typing import Iterable, List, Optional

import typer
from rich.console import Console
from rich.text import Text

from claimledger.cli.tables import CLIP, DEFAULT_WIDTH, WHOLE, Col, show, terminal_width
from claimledger.errors import InputError
from claimledger.model import Claim
from claimledger.settings import DEFAULT_SETTINGS
from claimledger.views.numbers import figure, number

err = Console(stderr=True)

DB_OPTION = typer.Option("claimledger.duckdb", "--db", help="The ledger file (DuckDB).")
WIDE_OPTION = typer.Option(
    False, "--wide",
    help=f"Show every column at the width of its data. Without it the table fits the width: "
         f"COLUMNS if set, else the terminal's, else {DEFAULT_WIDTH} when piped; the least "
         f"useful columns are left out first (stderr names them) and long cells end in '…'.")


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

_fmt_num = number  # the one writing of numbers (claimledger.views.numbers)


def _quantity_text(c: Claim) -> str:
    q = c.quantity
    if q is None:
        return ""
    return figure(q.value, q.low, q.high, q.approximate, q.unit, q.surface)


#: the claims table, in display order; ``CLAIM_KEEP`` are always shown (while they fit at all),
#: ``CLAIM_DROP`` only when there is room, the first of them left out first
CLAIM_COLUMNS = (
    Col("number", WHOLE), Col("counted"), Col("scope"), Col("source"), Col("role"),
    Col("organisation"), Col("cue"), Col("via"), Col("time"), Col("voice", WHOLE),
    Col("segment", CLIP), Col("words", CLIP, min=20),
)
CLAIM_KEEP = ("number", "counted", "source", "time", "words")
CLAIM_DROP = ("segment", "via", "cue", "organisation", "scope", "role", "voice")


def claim_row(c: Claim) -> tuple:
    """One claim as the cells of ``CLAIM_COLUMNS``."""
    src = c.source
    seg = c.segment.kind + (f" {c.segment.index}" if c.segment.kind in ("comment", "body") else "")
    if c.segment.author:
        seg += f" ({c.segment.author})"
    words = c.sentence if c.kind == "statement" else (c.quantity.surface if c.quantity else "")
    time = ""
    if c.time:
        time = (c.time.value or c.time.surface) + (f" ({c.time.relation})" if c.time.relation != "at" else "")
    return (
        _quantity_text(c) if c.kind == "quantity" else Text("statement", style="dim"),
        (c.quantity.counted or "") if c.quantity else "", ", ".join(c.scope),
        src.name if src and src.name else "", (src.role or "") if src else "",
        (src.organization or "") if src else "", c.cue or "", " → ".join(c.via), time,
        c.voice, seg, words,
    )


def show_claims(claims: Iterable[Claim], wide: bool = False, title: Optional[str] = None) -> List[str]:
    """Print the claims table; return the columns left out to fit the width."""
    return show(CLAIM_COLUMNS, [claim_row(c) for c in claims], wide, CLAIM_KEEP, CLAIM_DROP, title)


def say_left_out(left_out: Iterable[str]) -> None:
    """One line on stderr naming the columns a table left out, so nobody wonders where they went."""
    names = list(dict.fromkeys(left_out))
    if names:
        _say(f"left out to fit {terminal_width()} columns: {', '.join(names)} (--wide shows every column)")


def _print_claims(claims: Iterable[Claim], as_json: bool, title: Optional[str] = None,
                  wide: bool = False) -> List[str]:
    """The claims as JSON lines or a table; return the table's columns left out."""
    if as_json:
        for c in claims:
            sys.stdout.write(c.to_json() + "\n")
        return []
    return show_claims(claims, wide, title)


# --------------------------------------------------------------------------- commands
