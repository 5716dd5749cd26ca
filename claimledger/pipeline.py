"""``analyze``: the one place where the stages are composed.

read → segment → parse (batched ``nlp.pipe``) → extract (statements, quantities, times, actors)
→ claims (``claimledger.claims.assemble``).  This module only runs the stages in order; it
decides nothing about what a claim is.  Documents stream through in chunks so memory stays
flat on any corpus.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

from spacy.tokens import Doc

from claimledger.claims.assemble import assemble_claims
from claimledger.model import (
    Claim,
    Document,
    Segment,
)
from claimledger.parse.guard import mask_hostile
from claimledger.parse.models import (
    has_light_pipeline,
    load_pipeline,
    parse_light_with_context,
)
from claimledger.parse.prefilter import may_hold_claim
from claimledger.segment.page import page_metadata, segment_document
from claimledger.settings import DEFAULT_SETTINGS, Settings

#: segments whose words can hold a claim; the rest (bylines, "Reply", vote counts) are structure;
#: "embed" (a quoted post) and "table" (a row) come from HTML pages (segment/regions.py)
TEXT_KINDS = frozenset({"headline", "caption", "body", "comment", "embed", "table"})


@dataclass(frozen=True)
class Analysis:
    """One document as claimledger read it."""

    document: Document
    segments: tuple[Segment, ...]
    claims: tuple[Claim, ...]


def analyze(item: Union[str, Document], *, settings: Settings = DEFAULT_SETTINGS,
            published: Optional[str] = None) -> list[Claim]:
    """The claims of one text or :class:`Document`, in text order."""
    doc = Document(text=item, published=published) if isinstance(item, str) else item
    if published and not doc.published:
        doc = doc.with_(published=published)
    return list(next(analyze_documents([doc], settings=settings)).claims)


def analyze_documents(documents: Iterable[Document], *, settings: Settings = DEFAULT_SETTINGS,
                      chunk_size: int = 32) -> Iterator[Analysis]:
    """Analyse a stream of documents; parses their segments together in batches for speed.

    With ``settings.prefilter``, paragraphs that cannot hold a claim (``claimledger.prefilter``)
    are parsed without the dependency parser; headlines are always parsed fully (the "claim:
    source" convention needs no cue verb).
    """
    nlp = load_pipeline(settings.model)
    light = settings.prefilter and has_light_pipeline(nlp)
    it = iter(documents)
    while True:
        chunk = list(itertools.islice(it, chunk_size))
        if not chunk:
            return
        plans = []
        full, cheap = [], []
        for d_i, doc in enumerate(chunk):
            segments = segment_document(doc)
            meta = page_metadata(doc, segments)
            if not doc.published and meta.get("published"):
                doc = doc.with_(published=meta["published"])
            if not doc.author and meta.get("author"):
                doc = doc.with_(author=meta["author"])
            pieces = [piece for seg in segments if seg.kind in TEXT_KINDS
                      for piece in _pieces(doc, seg, settings.max_segment_chars)]
            plans.append((doc, segments, pieces))
            for s_i, seg in enumerate(pieces):
                text = _segment_text(doc, seg)
                wanted = not light or seg.kind == "headline" or may_hold_claim(text)
                (full if wanted else cheap).append((text, (d_i, s_i)))
        parsed: dict[int, dict[int, Doc]] = {i: {} for i in range(len(chunk))}
        for sdoc, (d_i, s_i) in nlp.pipe(full, as_tuples=True, batch_size=settings.batch_size):
            parsed[d_i][s_i] = sdoc
        if cheap:
            for sdoc, (d_i, s_i) in parse_light_with_context(nlp, cheap, batch_size=settings.batch_size):
                parsed[d_i][s_i] = sdoc
        for d_i, (doc, segments, pieces) in enumerate(plans):
            in_order = [(pieces[s_i], parsed[d_i][s_i]) for s_i in sorted(parsed[d_i])]
            claims = assemble_claims(doc, in_order)
            yield Analysis(doc, tuple(segments), tuple(claims))


#: where a long paragraph may be cut: after a sentence end or a line break
_CUT = re.compile(r"[.!?][\"”’)]*\s+|\n")


def _pieces(doc: Document, seg: Segment, limit: int) -> list[Segment]:
    """``seg`` cut into parts of at most ``limit`` characters for the parser.

    spaCy's memory and time grow with the length of what it is handed at once, and a "paragraph"
    of 200,000 characters is a dump, not prose; the parts are cut after the last sentence end
    before the limit (else the last space, else at the limit) and keep the segment's kind, index
    and author, so claims found in them belong to the segment as a whole.
    """
    if seg.end - seg.start <= limit:
        return [seg]
    source = (doc.title if seg.in_title else doc.text) or ""
    out, lo = [], seg.start
    while seg.end - lo > limit:
        window = source[lo:lo + limit]
        cut = None
        for m in _CUT.finditer(window, limit // 2):
            cut = m.end()
        if cut is None:
            space = window.rfind(" ", limit // 2)
            cut = space + 1 if space > 0 else limit
        out.append(dataclasses.replace(seg, start=lo, end=lo + cut))
        lo += cut
    out.append(dataclasses.replace(seg, start=lo))
    return out


def _segment_text(doc: Document, seg: Segment) -> str:
    """The words of a segment as the parser sees them (hostile runs blanked, offsets kept)."""
    source = doc.title if seg.in_title else doc.text
    return mask_hostile((source or "")[seg.start:seg.end])
