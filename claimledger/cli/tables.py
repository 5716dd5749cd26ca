"""Tables that fit the terminal: pick the columns that fit, give each a width, print.

Left to itself rich squeezes every column of a table wider than the screen, so a short phrase
("maintenance workers") wraps letter by letter over five lines.  Here each table says which
columns matter most and how each may be cut; the least useful columns are dropped until the rest
fit at a readable width, and ``--wide`` prints every column at the width of its data.

The width is ``COLUMNS`` when set, else the terminal's, else (piped) ``DEFAULT_WIDTH``.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence, Union

from rich.console import Console
from rich.table import Table
from rich.text import Text

#: the width of piped output when COLUMNS is not set: what a terminal, a pager or an email shows
DEFAULT_WIDTH = 80

#: how a column may be cut
WHOLE = "whole"  # never cut: numbers, dates, ids (the column is as wide as its widest cell)
WRAP = "wrap"    # short phrases: wrap between words; a word too long for the column ends in "…"
CLIP = "clip"    # one line, cut with "…": pages, sentences shown as a reminder
TEXT = "text"    # the content is the point (sentences, citations): wrap, never cut

#: a WRAP column is at least as wide as its longest word, up to this many characters
LONGEST_WORD = 16
#: an optional column is shown only if every column can be this wide (or as wide as its data)
WANTED = 20

Cell = Union[str, Text]


@dataclass(frozen=True)
class Col:
    """A column: its header, how it may be cut, and (CLIP, TEXT) the narrowest it may get."""

    name: str
    fit: str = WRAP
    min: int = 0


def terminal_width() -> int:
    """``COLUMNS`` if set, else the terminal's width, else ``DEFAULT_WIDTH``."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        try:
            return os.get_terminal_size(sys.stdout.fileno()).columns
        except (OSError, ValueError):
            pass
    return DEFAULT_WIDTH


def console(width: int) -> Console:
    """A console for stdout of exactly ``width`` columns (colour only on a terminal)."""
    return Console(soft_wrap=False, width=max(1, width))


def line(text: str, wide: bool = False, style: str = "") -> None:
    """One line of plain text on stdout, cut with "…" to the width unless ``wide``."""
    t = Text(text, style=style)
    if not wide:
        t.truncate(terminal_width(), overflow="ellipsis")
    console(t.cell_len).print(t, no_wrap=True, crop=False, highlight=False)


def _overhead(n: int) -> int:
    """Borders and padding of a rich table of n columns: '│ ' before each cell, ' │' after the last."""
    return 3 * n + 1


def _natural(col: Col, cells: List[Text]) -> int:
    return max([len(col.name)] + [c.cell_len for c in cells])


def _floor(col: Col, cells: List[Text], natural: int) -> int:
    """The narrowest the column may get before it is dropped instead."""
    header = max([0] + [len(w) for w in col.name.split()])
    if col.fit == WHOLE:
        return natural
    if col.fit == WRAP:
        longest = max([0] + [len(w) for c in cells for w in c.plain.split()])
        return min(natural, max(header, min(longest, LONGEST_WORD)))
    return min(natural, max(header, col.min))


def _unwrap(widths: List[int], phrases: List[Optional[List[int]]], extra: int) -> int:
    """Widen the WRAP columns (``phrases``: the widths of their cells, else None) where a character
    puts the most cells back on one line — "Ryan Dillon" whole before "XXXX-12-26 (until)";
    return what is left of ``extra``."""
    while extra > 0:
        best = None
        for k, cells in enumerate(phrases):
            for target in sorted({c for c in cells or () if widths[k] < c <= widths[k] + extra}):
                saved = sum(1 for c in cells if widths[k] < c <= target)
                score = saved / (target - widths[k])
                if best is None or score > best[0]:
                    best = (score, k, target)
        if best is None:
            return extra
        _, k, target = best
        extra -= target - widths[k]
        widths[k] = target
    return extra


def _share(floors: List[int], naturals: List[int], phrases: List[Optional[List[int]]],
           budget: int) -> List[int]:
    """Widths from the floors up: first the short phrases that one more character or two puts
    back on one line, then each column in turn one more character until it is as wide as its
    data or the budget runs out, so short columns are shown whole and the long ones share the
    rest."""
    widths = list(floors)
    extra = _unwrap(widths, phrases, budget - sum(widths))
    while extra > 0:
        hungry = [i for i, w in enumerate(widths) if w < naturals[i]]
        if not hungry:
            break
        for i in hungry:
            if extra == 0:
                break
            widths[i] += 1
            extra -= 1
    return widths


def _wanted(col: Col, natural: int, floor: int) -> int:
    """The width at which an optional column is worth showing."""
    return natural if col.fit == WHOLE else min(natural, max(floor, WANTED))


def fit(columns: Sequence[Col], rows: Sequence[Sequence[Text]], width: Optional[int],
        keep: Sequence[str] = (), drop: Sequence[str] = ()) -> tuple[List[int], List[int]]:
    """Which columns to show (their indexes, in display order) and their widths.

    ``drop`` names the optional columns, least useful first: they go, in that order, until the
    table fits with every column at a comfortable width.  The others are kept while they fit at
    their floors; if even they do not, they go too: first those ``keep`` does not name, then those
    it names from its end.  With ``width`` None every column is shown at its natural width."""
    cells = [[row[i] for row in rows] for i in range(len(columns))]
    naturals = [_natural(c, cs) for c, cs in zip(columns, cells)]
    floors = [_floor(c, cs, n) for c, cs, n in zip(columns, cells, naturals)]
    wanted = [_wanted(c, n, f) for c, n, f in zip(columns, naturals, floors)]
    shown = list(range(len(columns)))
    if width is None:
        return shown, naturals
    index = {c.name: i for i, c in enumerate(columns)}

    def fits(widths: List[int]) -> bool:
        return sum(widths[i] for i in shown) + _overhead(len(shown)) <= width

    for name in drop:
        if fits(wanted):
            break
        shown.remove(index[name])
    rank = {name: r for r, name in enumerate(keep)}
    core = sorted(shown, key=lambda i: (-rank.get(columns[i].name, len(keep)), -i))
    for i in core:
        if len(shown) == 1 or fits(floors):
            break
        shown.remove(i)
    budget = max(len(shown), width - _overhead(len(shown)))
    phrases = [[len(columns[i].name)] + [c.cell_len for c in cells[i]] if columns[i].fit == WRAP else None
               for i in shown]
    widths = _share([floors[i] for i in shown], [naturals[i] for i in shown], phrases, budget)
    if sum(widths) > budget:  # one column left and still too wide: cut it anyway
        widths = [budget]
    return shown, widths


def _text(cell: Cell) -> Text:
    """Cells are plain text (a '[' in a sentence is not markup), or a styled Text."""
    if isinstance(cell, Text):
        return cell
    return Text(" ".join(str(cell).split()))


def show(columns: Sequence[Col], rows: Iterable[Sequence[Cell]], wide: bool = False,
         keep: Sequence[str] = (), drop: Sequence[str] = (), title: Optional[str] = None) -> List[str]:
    """Print the table fitted to the terminal (every column if ``wide``); return the names of
    the columns left out."""
    texts = [[_text(c) for c in row] for row in rows]
    shown, widths = fit(columns, texts, None if wide else terminal_width(), keep, drop)
    t = Table(title=None if title is None else Text(title), header_style="bold", title_justify="left")
    for i, w in zip(shown, widths):
        c = columns[i]
        t.add_column(c.name, width=w, no_wrap=c.fit in (WHOLE, CLIP),
                     overflow="fold" if c.fit == TEXT else "ellipsis")
    for row in texts:
        t.add_row(*(row[i] for i in shown))
    console(sum(widths) + _overhead(len(shown))).print(t)
    return [c.name for i, c in enumerate(columns) if i not in shown]
