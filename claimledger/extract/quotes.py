"""Quotation marks paired into quoted spans: the one pairer of attribution and time.

Attribution needs a quote's words to find direct statements; time needs to know whether "today"
was written inside a quote (then it is the day of speaking, not of publication).  Both read the
same marks the same way, so they ask this one function.
"""
from __future__ import annotations

#: marks that open a quote; curly and low marks pair by direction
OPENING_MARKS = "“«„"
#: marks that close a quote
CLOSING_MARKS = "”»"
#: a straight double quote opens when no quote is open and closes one that is
STRAIGHT_MARK = '"'
#: two apostrophes written for a double quote (ASCII wire and archive text: ''Yes,'' he said):
#: read as a straight double quote
DOUBLED_APOSTROPHE = "''"
#: a blank line ends a paragraph, and a quote does not run across paragraphs
PARAGRAPH_BREAK = "\n\n"


def quote_spans(text: str, *, unclosed_runs_to_end: bool = True) -> list[tuple[int, int]]:
    """Pairs of quotation marks as (content_start, content_end), in text order; empty ones dropped.

    Curly marks pair by direction (a second opening mark restarts: the first was unbalanced);
    straight double quotes pair left to right.  A single mark ’ is an apostrophe far more often
    than a quote in news, so only double marks open quotes.

    ``unclosed_runs_to_end`` decides a quote left open at the end of a paragraph.  Attribution
    keeps it (True): news opens a quote in one paragraph and goes on in the next without closing
    it, and the open quote's words are still the speaker's.  Time drops it (False): whether "today"
    is quoted changes its anchor, and an unmatched straight mark ("Kuwait"s", a mark the page lost)
    would otherwise put the rest of the paragraph inside a quote.  The two rules give different
    output on real pages (11 of 5,070 paragraphs of the snapshot sample), so the difference is this
    parameter rather than one rule for both.
    """
    spans: list[tuple[int, int]] = []
    open_at = None
    para_end = text.find(PARAGRAPH_BREAK)
    i = 0
    while i < len(text):
        if i == para_end:
            _close_unclosed(text, open_at, i, spans, unclosed_runs_to_end)
            open_at = None
            para_end = text.find(PARAGRAPH_BREAK, i + len(PARAGRAPH_BREAK))
            i += len(PARAGRAPH_BREAK)
            continue
        ch = text[i]
        if ch == "'" and text.startswith(DOUBLED_APOSTROPHE, i):
            if open_at is None:
                open_at = i + 1  # the content starts after both marks
            else:
                spans.append((open_at + 1, i))
                open_at = None
            i += len(DOUBLED_APOSTROPHE)
            continue
        if ch in OPENING_MARKS and open_at is not None and _closes_word(text, i):
            # '"A course correction is needed.“': an opening mark typed at a word's end, with a
            # quote open, closes it (mixed marks from pasted text)
            spans.append((open_at + 1, i))
            open_at = None
        elif ch in OPENING_MARKS:
            open_at = i
        elif ch in CLOSING_MARKS and open_at is not None:
            spans.append((open_at + 1, i))
            open_at = None
        elif ch == STRAIGHT_MARK:
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at + 1, i))
                open_at = None
        i += 1
    _close_unclosed(text, open_at, len(text), spans, unclosed_runs_to_end)
    return [(s, e) for s, e in spans if e > s]


def _closes_word(text: str, i: int) -> bool:
    """The mark at ``i`` follows a word or its punctuation and is followed by a space or the end."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or text[i + 1].isspace())


def _close_unclosed(text: str, open_at, end: int, spans: list[tuple[int, int]], runs_to_end: bool) -> None:
    """A quote still open at ``end`` (a paragraph's end) runs to it, trailing space left out."""
    if open_at is not None and runs_to_end:
        spans.append((open_at + 1, len(text[:end].rstrip())))


def left_open(text: str) -> tuple[int, int] | None:
    """The quote a paragraph opens and does not close, as (content_start, content_end), or None.

    News continues one speaker's quotation over several paragraphs by leaving each open at its
    end and opening the next with a mark again; only the last paragraph closes it.  The quote left
    open is the one :func:`quote_spans` keeps only when unclosed quotes run to the end.
    """
    closed = set(quote_spans(text, unclosed_runs_to_end=False))
    end = len(text.rstrip())
    return next((span for span in quote_spans(text) if span not in closed and span[1] == end), None)


def opens_with_quote(text: str) -> bool:
    """The paragraph starts with a quotation mark: in a continued quotation, the speaker's words go on."""
    head = text.lstrip()
    return head[:1] in OPENING_MARKS + STRAIGHT_MARK or head.startswith(DOUBLED_APOSTROPHE)


def all_quoted(text: str) -> bool:
    """The paragraph is one speaker's words throughout: it opens with a quotation mark, and after
    its last quote only closing punctuation is left ('"B. C."', '"B …' left open) — no '…," X said'."""
    spans = quote_spans(text)
    if not spans or not opens_with_quote(text):
        return False
    return not text[spans[-1][1]:].strip(" \t\n.,;:!?" + CLOSING_MARKS + STRAIGHT_MARK + "'")
