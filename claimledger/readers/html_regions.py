"""What the main-text extractor would drop or flatten, put back where it stood in the page.

Embedded posts (``html_embeds``) and data tables (``html_tables``) are read from the markup
first; each is then replaced in the page by a one-line placeholder paragraph, and trafilatura
runs on that page.  Where a placeholder comes out in trafilatura's text, the post or table is
written in its place, so the document text keeps page order and every offset is true.  A
placeholder trafilatura leaves out was outside the article (a sidebar's tweet, a footer's
table), and its region goes with it.

The regions are described in the document's metadata (JSON-ready, so they travel through the
store and the distributed runner): ``html_embeds`` (the post's words, its attribution line, its
author, platform and date) and ``html_tables`` (each row and each value cell with its label).
The segmenter turns them into ``embed`` and ``table`` segments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

from claimledger.readers.html_embeds import EmbeddedPost, find_embeds
from claimledger.readers.html_tables import RenderedTable, read_table

EMBEDS_KEY = "html_embeds"
TABLES_KEY = "html_tables"
SLOT = "CLAIMLEDGERSLOT{}X"
_SLOT = re.compile(r"CLAIMLEDGERSLOT(\d+)X")
#: wrappers an embed code comes in (WordPress ``figure.wp-block-embed > div`` …): replaced whole
#: while they hold nothing else, so the extractor's rules for figures cannot drop the placeholder
_WRAPPERS = frozenset({"figure", "div", "span", "p", "aside", "section", "center"})

Region = Union[EmbeddedPost, RenderedTable]


@dataclass
class Placed:
    """The body text with the regions written in, and their metadata records."""

    text: str
    embeds: list[dict]
    tables: list[dict]


def mark_regions(html: str, inside_comment) -> tuple[Optional[str], list[Region]]:
    """The page with every embedded post and data table replaced by a placeholder, and the
    regions in placeholder order; (None, []) when the page has none (it is then read unchanged).
    ``inside_comment(el)`` says whether an element belongs to a reader comment (left alone)."""
    if "<blockquote" not in html and "<table" not in html and "embed" not in html:
        return None, []
    import lxml.html

    try:
        root = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # lxml refuses some broken documents outright
        return None, []
    found: list[tuple[object, Region]] = list(find_embeds(root))
    taken = {el for el, _ in found}
    for table in root.iter("table"):
        if any(a in taken for a in table.iterancestors()):
            continue
        rendered = read_table(table)
        if rendered is not None:
            found.append((table, rendered))
    found = [(el, region) for el, region in found if not inside_comment(el)]
    if not found:
        return None, []
    regions: list[Region] = []
    for el, region in found:
        outer = _outermost(el)
        slot = lxml.html.Element("p")
        slot.text = SLOT.format(len(regions))
        slot.tail = outer.tail
        parent = outer.getparent()
        if parent is None:
            continue
        parent.replace(outer, slot)
        regions.append(region)
    return lxml.html.tostring(root, encoding="unicode"), regions


def _outermost(el):
    while True:
        parent = el.getparent()
        if parent is None or parent.tag not in _WRAPPERS or (parent.text or "").strip():
            return el
        for child in parent:
            if child is el:
                continue
            if (child.tail or "").strip() or (isinstance(child.tag, str) and child.tag not in ("script", "style", "noscript")):
                return el
        if (el.tail or "").strip():
            return el
        el = parent


def place_regions(lines: list[str], regions: list[Region], sep: str) -> Placed:
    """Trafilatura's lines (one paragraph each) joined by ``sep``, placeholders replaced."""
    out = Placed("", [], [])
    used: set[int] = set()

    def add(piece: str) -> int:
        if out.text:
            out.text += sep
        start = len(out.text)
        out.text += piece
        return start

    for line in lines:
        pos = 0
        for m in _SLOT.finditer(line):
            before = line[pos:m.start()].strip()
            if before:
                add(before)
            pos = m.end()
            k = int(m.group(1))
            if k < len(regions) and k not in used:
                used.add(k)
                _place(regions[k], add, sep, out)
        rest = line[pos:].strip()
        if rest:
            add(rest)
    return out


def _place(region: Region, add, sep: str, out: Placed) -> None:
    if isinstance(region, RenderedTable):
        base = add(region.text)
        out.tables.append({"start": base, "end": base + len(region.text), "rows": [
            {"start": base + r.start, "end": base + r.end,
             "cells": [[base + c.start, base + c.end, base + c.piece_start, c.label] for c in r.cells]}
            for r in region.rows]})
        return
    words = sep.join(region.paragraphs)
    start = add(words)
    line_start = add(region.attribution)
    out.embeds.append({
        "start": start, "end": start + len(words),
        "line": [line_start, line_start + len(region.attribution)],
        "author": region.author, "name": region.name, "handle": region.handle, "role": region.role,
        "platform": region.platform, "date": region.date, "published": _iso_date(region.date),
    })


def _iso_date(written: Optional[str]) -> Optional[str]:
    if not written or not any(c.isdigit() for c in written):
        return None
    import dateparser  # imported here: loading it costs ~0.3 s and only posts with a date need it

    try:
        when = dateparser.parse(written, languages=["en"])
    except Exception:  # dateparser trips on odd strings; a post without a date is still a post
        return None
    return when.date().isoformat() if when else None
