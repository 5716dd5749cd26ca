"""Embedded posts and data tables the HTML reader wrote into a page, as segments.

The reader (``claimledger.readers.html_regions``) says in the document's metadata where each
post and table stands.  The page's layout rules never see their words: each region is masked by
one neutral line of the same length (no name, time, caption or comment look-alike inside a tweet
or a table row can move where the article ends), the page is segmented as usual, and the region
then gets its own segments — ``embed`` (the post's words, by its author) with its attribution
line as ``boilerplate``, and one ``table`` segment a row.
"""
from __future__ import annotations

from typing import Callable

from claimledger.model import Document, Segment

EMBEDS_KEY = "html_embeds"  # the keys the HTML reader writes (readers/html_regions.py)
TABLES_KEY = "html_tables"
#: what a masked region reads as: capitals (no lower-case reader prose) and a final ";" (no name,
#: caption or byline ends so)
_MASK, _MASK_END = "X", ";"

Region = tuple[int, int, list[Segment]]


def regions_of(doc: Document) -> list[Region]:
    """(start, end, segments) of every post and table the reader placed, in text order; regions
    whose offsets do not fit the text (metadata from elsewhere) are left out."""
    meta = doc.metadata or {}
    found: list[Region] = []
    for e in meta.get(EMBEDS_KEY) or ():
        try:
            s, end, (ls, le) = int(e["start"]), int(e["end"]), e["line"]
        except (KeyError, TypeError, ValueError):
            continue
        found.append((s, int(le), [Segment("embed", s, end, author=e.get("author")),
                                   Segment("boilerplate", int(ls), int(le))]))
    for t in meta.get(TABLES_KEY) or ():
        try:
            rows = [Segment("table", int(r["start"]), int(r["end"])) for r in t["rows"]]
            found.append((int(t["start"]), int(t["end"]), rows))
        except (KeyError, TypeError, ValueError):
            continue
    found.sort(key=lambda r: r[0])
    out, last = [], 0
    for s, e, segs in found:
        if 0 <= last <= s < e <= len(doc.text) and all(s <= g.start < g.end <= e for g in segs):
            out.append((s, e, segs))
            last = e
    return out


def masked(doc: Document, regions: list[Region]) -> Document:
    """The document with each region's text replaced by one mask line of the same length."""
    text = doc.text
    for s, e, _ in regions:
        text = text[:s] + _MASK * (e - s - 1) + _MASK_END + text[e:]
    return doc.with_(text=text)


def with_regions(doc: Document, regions: list[Region],
                 segment: Callable[[Document], list[Segment]]) -> list[Segment]:
    """Segment the masked page with ``segment``, then give each region its own segments."""
    segs = segment(masked(doc, regions))
    kept = [g for g in segs if g.in_title or not any(s <= g.start and g.end <= e for s, e, _ in regions)]
    added = [g for _, _, region_segs in regions for g in region_segs]
    return sorted(kept + added, key=lambda g: (not g.in_title, g.start))
