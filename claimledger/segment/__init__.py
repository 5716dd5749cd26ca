"""Stage 2, segment: split a page into headline, byline, captions, body and reader comments
(with their authors), so that every later stage knows whose voice a sentence is in.

The layouts are recognised in ``page``; their word lists live in ``claimledger.lexicon.segments``.
"""
from claimledger.segment.page import (
    page_metadata,
    parse_byline,
    segment_document,
    segment_text,
    segments_record,
)

__all__ = ["page_metadata", "parse_byline", "segment_document", "segment_text", "segments_record"]
