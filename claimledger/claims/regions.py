"""Claims of the regions an HTML page holds besides its prose: embedded posts and table rows.

An embedded post is its author's own words, published on a platform: every sentence of it is a
direct statement by the author (``via`` the platform, dated by the post), unless the extractor
found someone else speaking in it ("Police said 40 were hurt", tweeted by a reporter: the police
speak, through the reporter's post).  A table row's claims are its value cells: each number is
labelled by its row and column headers (``measured``), dated by a time in those headers, and
said by no one but the outlet.  Where the regions are comes from the document's metadata
(``claimledger.readers.html_regions``, ``claimledger.segment.regions``).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc

from claimledger.extract.actors import resolve_alias
from claimledger.extract.attribution.statements import Statement
from claimledger.extract.quantities.find import QuantityMention
from claimledger.extract.time import TimeMention
from claimledger.model import Document, Segment, Source, TimeRef
from claimledger.segment.regions import EMBEDS_KEY, TABLES_KEY


@dataclass(frozen=True)
class Post:
    """The embedded post a segment holds: who said it, where and when."""

    source: Optional[Source]
    platform: Optional[str]
    author: Optional[str]
    time: Optional[TimeRef]

    @property
    def via(self) -> tuple[str, ...]:
        return (self.platform,) if self.platform else ()


@dataclass(frozen=True)
class Cell:
    """A value cell of a table row; offsets relative to the row's segment."""

    start: int
    end: int
    piece_start: int
    label: str


def post_of(doc: Document, seg: Segment) -> Optional[Post]:
    """The post an ``embed`` segment is the words of (None for any other segment)."""
    if seg.kind != "embed":
        return None
    for e in (doc.metadata or {}).get(EMBEDS_KEY) or ():
        if e.get("start") == seg.start or (e.get("start", -1) <= seg.start < e.get("end", -1)):
            name = e.get("name") or e.get("handle")
            source = None
            if name:
                kind = "organization" if resolve_alias(name) else "person"
                source = Source(name, role=e.get("role"), kind=kind)
            time = TimeRef(e["date"], e.get("published"), "at") if e.get("date") else None
            return Post(source, e.get("platform"), e.get("author"), time)
    return None


def cells_of(doc: Document, seg: Segment) -> Optional[list[Cell]]:
    """The value cells of a ``table`` segment (a row), or None for any other segment."""
    if seg.kind != "table":
        return None
    for t in (doc.metadata or {}).get(TABLES_KEY) or ():
        for row in t.get("rows") or ():
            if row.get("start") == seg.start:
                return [Cell(s - seg.start, e - seg.start, p - seg.start, label)
                        for s, e, p, label in row.get("cells") or ()]
    return []


def post_statements(sdoc: Doc, found: list[Statement], post: Post) -> list[Statement]:
    """Every sentence of a post as a statement: the author's own words, direct, unless the
    extractor found another speaker in it (that statement then comes through the post)."""
    reported = [dataclasses.replace(st, via=st.via + tuple(x for x in (post.author, post.platform) if x))
                for st in found if st.source is not None]
    out = list(reported)
    for sent in sdoc.sents:
        s, e = sent.start_char, sent.end_char
        if not sent.text.strip() or any(st.start <= s and e <= st.end for st in reported):
            continue
        out.append(Statement(s, e, "direct", post.source, via=post.via))
    return sorted(out, key=lambda st: st.start)


def is_post_statement(st: Statement, post: Optional[Post]) -> bool:
    return post is not None and st.source == post.source and st.cue is None


def cell_of(cells: list[Cell], q: QuantityMention) -> Optional[Cell]:
    """The value cell a quantity stands in (a number in a header is a label, not a claim)."""
    return next((c for c in cells if c.start <= q.start and q.end <= c.end), None)


def cell_quantity(q: QuantityMention, cell: Cell) -> QuantityMention:
    """The quantity measured by its headers: ``measured`` is the cell's label, and so is the
    counted thing unless the cell names one itself ("12 seats")."""
    counted_inside = q.counted_start is not None and cell.start <= q.counted_start < cell.end
    return dataclasses.replace(
        q, measured=cell.label, measured_start=None, measured_end=None,
        counted=q.counted if counted_inside else cell.label,
        counted_start=q.counted_start if counted_inside else None,
        counted_end=q.counted_end if counted_inside else None)


def cell_time(cells: list[Cell], cell: Cell, times: list[TimeMention]) -> Optional[TimeMention]:
    """The time a cell's headers name: in its column header, else in the row header."""
    inside = [t for t in times if cell.piece_start <= t.start < cell.start]
    if inside:
        return inside[0]
    row_label_end = min(c.piece_start for c in cells)
    return next((t for t in times if t.start < row_label_end), None)
