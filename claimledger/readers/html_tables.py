"""Data tables in an HTML page, rendered as lines that keep each number's row and column.

Trafilatura flattens a table into rows of bare cells ("| Unemployment rate | 3.8% | 3.9% |"), so
a number loses what it measures.  Here a data table becomes one line a row, each cell written
after its column header, the row's header first:

    Unemployment rate — March 2024: 3.8%; April 2024: 3.9%

and every value cell carries its label, "Unemployment rate — March 2024" (row header, an em
dash, column header; several header rows join with " / ").  Headers are the ``<th>`` cells (a
``<thead>``, a leading row of ``<th>``, ``<th>`` opening a body row); a table without any takes
its first row for column headers when that row holds only labels, and its first column for row
headers when that column holds only labels.  Layout tables (nested tables, cells of prose) are
left to trafilatura.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from claimledger.readers.markup import block_lines, one_line

#: a cell holding a value, not a label: a number with at most a short unit ("3.8%", "$1.2bn",
#: "303,000", "+12 pts"); "March 2024" and "Labour" are labels
_VALUE_CELL = re.compile(r"[^A-Za-z]*\d[^A-Za-z]*(?:[A-Za-z]{1,3}\.?[^A-Za-z]*)?")
#: a cell with more words than this is prose: the table lays out a page, it holds no data
_PROSE_CELL_WORDS = 40
_MAX_ROWS = 1000
_MAX_SPAN = 50
ROW_SEP = "\n"
CELL_SEP = "; "
HEADER_SEP = " — "
LEVEL_SEP = " / "


@dataclass
class _Cell:
    text: str
    header: bool
    origin: int  # which source cell this grid slot comes from (spans repeat one cell)


@dataclass(frozen=True)
class RenderedCell:
    """A value cell in the rendered text: offsets relative to the table's text."""

    start: int  # the value's words
    end: int
    piece_start: int  # where "Column header: value" begins
    label: str  # "Row header — Column header"


@dataclass(frozen=True)
class RenderedRow:
    start: int
    end: int
    cells: tuple[RenderedCell, ...]


@dataclass(frozen=True)
class RenderedTable:
    text: str
    rows: tuple[RenderedRow, ...]


def value_like(text: str) -> bool:
    return bool(_VALUE_CELL.fullmatch(text))


def read_table(table) -> Optional[RenderedTable]:
    """The table rendered, or None when it is not a data table (layout, no numbers, one row)."""
    if table.find(".//table") is not None or (table.get("role") or "").lower() == "presentation":
        return None
    grid, header_rows = _grid(table)
    if grid is None or len(grid) < 2 or max(len(r) for r in grid) < 2:
        return None
    if not any(value_like(c.text) for row in grid for c in row):
        return None
    if not header_rows:
        header_rows = _implicit_header_rows(grid)
    body = grid[header_rows:]
    width = max(len(r) for r in grid)
    column_labels = [_column_label(grid[:header_rows], j) for j in range(width)]
    label_column = _implicit_label_column(body)
    caption = table.find("caption")
    lines: list[tuple[str, list[tuple[int, int, int, str]]]] = []
    if caption is not None and one_line(caption):
        lines.append((one_line(caption), []))
    for row in body:
        lines.append(_render_row(row, column_labels, label_column))
    return _join(lines)


def _grid(table) -> tuple[Optional[list[list[_Cell]]], int]:
    """The table as a grid (colspan and rowspan repeated into every slot) and how many leading
    rows are headers by their markup (``<thead>`` or all ``<th>``)."""
    rows = [tr for tr in table.iter("tr")]
    if not rows or len(rows) > _MAX_ROWS:
        return None, 0
    grid: list[list[_Cell]] = []
    pending: dict[int, tuple[int, _Cell]] = {}  # column -> (rows left, cell) from a rowspan above
    header_rows, headers_done, origin = 0, False, 0
    for tr in rows:
        out: list[_Cell] = []
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        col = 0

        def fill_pending():
            nonlocal col
            while col in pending:
                left, cell = pending[col]
                out.append(cell)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (left - 1, cell)
                col += 1

        for c in cells:
            fill_pending()
            text = " ".join(block_lines(c))
            if len(text.split()) > _PROSE_CELL_WORDS:
                return None, 0
            cell = _Cell(text, c.tag == "th", origin)
            origin += 1
            span, down = _span(c.get("colspan")), _span(c.get("rowspan"))
            for _ in range(span):
                out.append(cell)
                if down > 1:
                    pending[col] = (down - 1, cell)
                col += 1
        fill_pending()
        if not any(c.text for c in out):
            continue
        in_head = any(a.tag == "thead" for a in tr.iterancestors())
        if not headers_done and (in_head or all(c.header for c in out if c.text)):
            header_rows += 1
        else:
            headers_done = True
        grid.append(out)
    return grid, min(header_rows, max(len(grid) - 1, 0))


def _span(value: Optional[str]) -> int:
    try:
        return max(1, min(int(value or 1), _MAX_SPAN))
    except ValueError:
        return 1


def _implicit_header_rows(grid: list[list[_Cell]]) -> int:
    """A first row of labels only over rows holding values is a header row without ``<th>``."""
    first = [c.text for c in grid[0] if c.text]
    later_values = any(value_like(c.text) for row in grid[1:] for c in row)
    return 1 if len(first) >= 2 and later_values and not any(value_like(t) for t in first) else 0


def _implicit_label_column(body: list[list[_Cell]]) -> bool:
    """Does the first column hold only labels while others hold values (no ``<th>`` opens a row)?"""
    if not body or any(row and row[0].header for row in body):
        return False
    firsts = [row[0].text for row in body if row]
    others = any(value_like(c.text) for row in body for c in row[1:])
    return others and all(t and not value_like(t) for t in firsts)


def _column_label(header_rows: list[list[_Cell]], j: int) -> str:
    parts: list[str] = []
    for row in header_rows:
        if j < len(row) and row[j].text and (not parts or parts[-1] != row[j].text):
            parts.append(row[j].text)
    return LEVEL_SEP.join(parts)


def _render_row(row: list[_Cell], column_labels: list[str], label_column: bool):
    """One row's line and its value cells (value start, value end, piece start, label)."""
    n_labels = 0
    while n_labels < len(row) and row[n_labels].header:
        n_labels += 1
    if n_labels == 0 and label_column:
        n_labels = 1
    labels: list[str] = []
    for c in row[:n_labels]:
        if c.text and (not labels or labels[-1] != c.text):
            labels.append(c.text)
    row_label = LEVEL_SEP.join(labels)
    line = row_label + HEADER_SEP if row_label else ""
    cells: list[tuple[int, int, int, str]] = []
    seen: set[int] = set()
    pieces = 0
    for j in range(n_labels, len(row)):
        c = row[j]
        if not c.text or c.origin in seen:
            continue
        seen.add(c.origin)
        if pieces:
            line += CELL_SEP
        col = column_labels[j] if j < len(column_labels) else ""
        piece_start = len(line)
        line += f"{col}: " if col else ""
        cells.append((len(line), len(line) + len(c.text), piece_start,
                      HEADER_SEP.join(x for x in (row_label, col) if x)))
        line += c.text
        pieces += 1
    if not cells and row_label:
        line = row_label
    return line, cells


def _join(lines) -> Optional[RenderedTable]:
    text, rows = "", []
    for line, cells in lines:
        if not line:
            continue
        if text:
            text += ROW_SEP
        base = len(text)
        text += line
        rows.append(RenderedRow(base, base + len(line),
                                tuple(RenderedCell(base + s, base + e, base + p, lab) for s, e, p, lab in cells)))
    return RenderedTable(text, tuple(rows)) if rows else None
