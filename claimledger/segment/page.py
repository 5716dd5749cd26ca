"""Page structure: headline, byline, caption, body paragraphs, reader comments, structural lines.

Runs before any parsing, so it works on lines and blank-line rhythm only (one linear pass plus a
few anchored regular expressions per line).  A page is cut into *units*: a paragraph (consecutive
prose lines) or one structural line ("Reply", "3 hours ago", "Jane wrote:").  Where the article
ends is decided by the strongest cue present, in order: a comments header, comment metadata
(time, "wrote:", "Posted by", "In reply to"), recurring "Reply"/"Share" lines, and last the
blank-line rhythm (comments set two blank lines apart, a lone name line after the body).  Inside
the comments a small state machine (head lines → text → tail lines) groups paragraphs into
comments, so a comment may span several paragraphs.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Optional, Union

from claimledger.lexicon import segments as lex
from claimledger.model import Document, Segment
from claimledger.segment.regions import masked, regions_of, with_regions

#: a unit whose text is one of these tags is structural
_HEAD_TAGS = frozenset({"name", "time", "wrote", "posted", "inreply", "nametime"})
#: longest line still taken for a commenter name or an image caption
_NAME_MAX_CHARS = 50
_NAME_MAX_TOKENS = 6
_CAPTION_MAX_WORDS = 20
#: how many paragraphs a lone name line may head when nothing else marks the comments (a-layout)
_FIRST_COMMENT_MAX_PARAS = 3
#: ... and at most this many when the line looks like a person's name or a handle
_FIRST_COMMENT_LONGEST = 8


@dataclass
class _Unit:
    start: int
    end: int
    text: str
    nlines: int
    gap: int  # blank lines before it (0: same block as the previous unit); -1 for the first
    tag: str = "text"
    name: Optional[str] = None


# ---------------------------------------------------------------- line classification

def _line_tag(line: str) -> tuple[str, Optional[str]]:
    """The structural tag of one stripped line, context-free, and the name it carries if any."""
    if len(line) > 120:
        return "text", None
    if lex.ACTION_LINE.fullmatch(line):
        return "action", None
    if lex.RELATIVE_TIME.fullmatch(line) or lex.ABSOLUTE_TIME.fullmatch(line):
        return "time", None
    if lex.COMMENTS_HEADER.fullmatch(line):
        return "header", None
    m = lex.WROTE_LINE.fullmatch(line)
    if m and _short_line(m.group("name").strip(), permissive=True):
        return "wrote", m.group("name").strip()
    m = lex.POSTED_BY_LINE.fullmatch(line)
    if m:
        return "posted", m.group("name").strip()
    m = lex.IN_REPLY_LINE.fullmatch(line)
    if m:
        return "inreply", None
    name = _name_before_time(line)
    if name:
        return "nametime", name
    return "text", None


def _name_before_time(line: str) -> Optional[str]:
    """"Jane Roe · 3 hours ago" → "Jane Roe": a name and a time sharing one line."""
    for m in lex.NAME_TIME_SEP.finditer(line):
        head, tail = line[:m.start()].strip(), line[m.end():].strip()
        if not head or not tail:
            continue
        if (lex.RELATIVE_TIME.fullmatch(tail) or lex.ABSOLUTE_TIME.fullmatch(tail)) and _short_line(head) \
                and not lex.BYLINE_BY.fullmatch(head):
            return head
    return None


def _short_line(text: str, permissive: bool = False) -> bool:
    """Could this line be a commenter name (or handle)?  Short, one line, not a sentence.

    A final "..." is allowed (handles like "Broom closet doors closing..."); ``permissive`` also
    admits a final "." ("C.") — used only where the position already says "a name goes here".
    """
    if not text or "\n" in text or len(text) > _NAME_MAX_CHARS or lex.URL_LINE.fullmatch(text):
        return False
    if len(text.split()) > _NAME_MAX_TOKENS:
        return False
    trailing_dots = text.endswith(("...", "…"))  # "Broom closet doors closing..." is a handle
    if text[-1] in lex.SENTENCE_END and not trailing_dots and not (permissive and text[-1] == "."):
        return False
    if not (text[0].isalnum() or text[0] == "_"):  # not "@reply", a quotation or a list item
        return False
    return any(c.isalnum() for c in text)  # "___." is a section rule, not a handle


def _name_strength(text: str) -> int:
    """2: looks like a person or handle ("Jane Roe", "jroe_77"); 1: any short line; 0: not a name."""
    if not _short_line(text):
        return 0
    toks = text.split()
    if len(toks) == 1:
        return 2
    if len(toks) <= 4 and all(t[0].isupper() or any(c.isdigit() for c in t) or "_" in t
                              or t.lower() in lex.NAME_PARTICLES for t in toks):
        return 2
    return 1


# ---------------------------------------------------------------- units

def _units(text: str, lo: int, hi: int, split_first_line: bool) -> tuple[list[_Unit], int]:
    """Cut ``text[lo:hi]`` into units and return them with the page's paragraph gap.

    Prose lines of one block form one paragraph unless the page puts every paragraph on its own
    line with no blank line between (then each line is a paragraph and gaps count one higher).
    """
    blocks: list[tuple[int, list[tuple[int, int, str]]]] = []
    blank, cur = 0, None
    pos = lo
    first = True
    while pos <= hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            s = pos + (len(raw) - len(raw.lstrip()))
            e = s + len(stripped)
            if cur is None:
                cur = []
                blocks.append((-1 if first else blank, cur))
                first = False
            cur.append((s, e, stripped))
            blank = 0
        else:
            if cur is not None:
                blank = 0
            cur = None
            blank += 1
        if nl < 0:
            break
        pos = nl + 1
    line_mode = len(blocks) < 3 and any(len(b[1]) >= 4 for b in blocks)
    units: list[_Unit] = []
    for bi, (gap, lines) in enumerate(blocks):
        pending: list[tuple[int, int, str]] = []
        unit_gap = gap + 1 if line_mode and gap >= 0 else gap

        def flush() -> None:
            nonlocal unit_gap
            if pending:
                units.append(_Unit(pending[0][0], pending[-1][1], text[pending[0][0]:pending[-1][1]],
                                   len(pending), unit_gap))
                pending.clear()
                unit_gap = 1 if line_mode else 0

        for li, (s, e, line) in enumerate(lines):
            tag, name = _line_tag(line)
            force_alone = line_mode or (split_first_line and bi == 0 and li == 0)
            if tag != "text" or force_alone:
                flush()
                units.append(_Unit(s, e, line, 1, unit_gap, tag, name))
                unit_gap = 1 if line_mode else 0
            else:
                pending.append((s, e, line))
        flush()
    base = 1
    early = [u.gap for u in units[1:8] if u.gap > 0 and u.tag == "text"]
    if early:
        base = Counter(early).most_common(1)[0][0]
    return units, base


# ---------------------------------------------------------------- top of the page

def _is_byline(text: str) -> bool:
    if "\n" in text or len(text) > 160:
        return False
    m = lex.BYLINE_BY.fullmatch(text)
    if m and len(m.group("rest").split()) <= 12 and text[-1] not in ".!?":
        return True
    if lex.DATE_LINE.fullmatch(text):
        return True
    m = lex.BYLINE_PUBLISHED.fullmatch(text)
    if m and len(m.group("name").split()) <= 6:
        return True
    return bool(lex.BYLINE_DATE_PREFIX.match(text)) and len(text.split()) <= 12


def _is_caption(units: list[_Unit], i: int) -> bool:
    """A short line without final punctuation under the headline, before a prose paragraph."""
    u = units[i]
    if u.tag != "text" or u.nlines > 1:
        return False
    if lex.CAPTION_CUE.search(u.text) and len(u.text.split()) <= 60:
        return True
    if len(u.text.split()) > _CAPTION_MAX_WORDS or u.text[-1] in lex.SENTENCE_END \
            or lex.DATELINE_OPENING.match(u.text):
        return False
    nxt = units[i + 1] if i + 1 < len(units) else None
    # the next paragraph must open a sentence: otherwise this line is a paragraph cut in two
    return (nxt is not None and nxt.tag == "text" and len(nxt.text) > len(u.text)
            and lex.SENTENCE_OPENING.match(nxt.text) is not None)


# ---------------------------------------------------------------- where the comments begin

def _groups(units: list[_Unit], lo: int, big: int) -> list[list[int]]:
    """Unit indices from ``lo`` on, cut wherever the gap reaches ``big`` blank lines."""
    groups: list[list[int]] = []
    for i in range(lo, len(units)):
        if not groups or units[i].gap >= big:
            groups.append([])
        groups[-1].append(i)
    return groups


def _group_names(units: list[_Unit], groups: list[list[int]]) -> bool:
    """Does (nearly) every comment group open with a name line?  Then mark those lines."""
    cands = [g for g in groups if len(g) >= 2 and units[g[0]].tag == "text"
             and _short_line(units[g[0]].text, permissive=True)]
    if len(cands) < 2 or len(cands) < 0.6 * len(groups):
        return False
    for g in cands:
        units[g[0]].tag, units[g[0]].name = "name", units[g[0]].text
    return True


def _comment_start(units: list[_Unit], body_lo: int, big: int) -> tuple[Optional[int], Optional[str]]:
    """Index of the first unit of the comment section (header or first comment), or None, and
    the cue that placed it ("header", "metadata", "actions", "rhythm").

    News copy has look-alikes of every cue: a live blog heads each entry with a clock time, a
    column quotes "Hewitt writes:", a list numbers its items "1", "2", a section ends on a block
    set off by a wider gap.  What reader comments have and those lack is *agreement*: a time
    under a commenter's name, a metadata line that recurs for every comment or stands apart
    from the body, action words ("Reply", "Share") rather than bare numbers, a gap that recurs.
    """
    n = len(units)
    for i in range(body_lo + 1, n):
        if units[i].tag == "header":
            _group_names(units, _groups(units, i + 1, big))
            return i, "header"
    times = sum(1 for u in units[body_lo:] if u.tag in ("time", "action"))
    for i in range(body_lo + 1, n):
        t = units[i].tag
        if t not in _HEAD_TAGS or not _is_comment_head(units, i, body_lo, big, times):
            continue
        if t in ("time", "inreply") and i - 1 > body_lo and _name_slot(units, i - 1, big):
            units[i - 1].tag, units[i - 1].name = "name", units[i - 1].text
            i -= 1
        _group_names(units, _groups(units, i, big))
        return i, "metadata"
    actions = [i for i in range(body_lo + 1, n)
               if units[i].tag == "action" and not lex.BARE_COUNT.fullmatch(units[i].text)]
    if len(actions) >= 2 and any(units[j].tag == "text" for j in range(actions[0], actions[-1])):
        i = actions[0] - 1
        while i > body_lo and units[i].tag != "text":
            i -= 1
        if i - 1 > body_lo and _name_slot(units, i - 1, big) and units[i].gap < big:
            units[i - 1].tag, units[i - 1].name = "name", units[i - 1].text
            return i - 1, "actions"
        return max(i, body_lo + 1), "actions"
    start = _rhythm_start(units, body_lo, big)
    return start, None if start is None else "rhythm"


def _is_comment_head(units: list[_Unit], i: int, body_lo: int, big: int, times: int) -> bool:
    """Is the metadata line ``units[i]`` the head of a comment rather than a look-alike in news?

    A time needs a commenter's name, on its line or just above (a bare "6:01 p.m." heads a live
    blog's entry; a lone date is a dateline).  A one-cue line ("X writes:", "Posted by X") must
    recur further down or stand apart from the body by a wide gap (one "Hewitt writes:" before
    a quotation is the column's own).
    """
    t = units[i].tag
    if t == "nametime":
        return True
    named = i - 1 > body_lo and _name_slot(units, i - 1, big)
    if t == "time":
        return times >= 2 and named
    if t == "inreply" and named:
        return True
    return units[i].gap >= big or _heads_after(units, i + 1, body_lo, big) > 0


def _heads_after(units: list[_Unit], lo: int, body_lo: int, big: int) -> int:
    """How many comment-head lines (not bare times) come from ``lo`` on."""
    return sum(1 for j in range(lo, len(units))
               if units[j].tag in ("wrote", "posted", "inreply", "nametime")
               or (units[j].tag == "time" and j - 1 > body_lo and _name_slot(units, j - 1, big)))


def _name_slot(units: list[_Unit], i: int, big: int) -> bool:
    u = units[i]
    return u.tag == "text" and _short_line(u.text, permissive=True) and units[i + 1].gap < big


def _rhythm_start(units: list[_Unit], body_lo: int, big: int) -> Optional[int]:
    """No structural cue: comments are the groups after the first wide gap following the body.

    The group holding the body's end may also hold a lone name line and the first comment under
    it (the founding example's layout); that line is the last short line with at most a few
    paragraphs after it.  A short line earlier in the body (a subheading) is followed by more.

    One wide gap alone is a section break (a related-links block, an editor's note, the gap
    under a headline repeated in the text), not a rhythm: a single group after it is a comment
    only when it opens with a commenter's name over prose, two cues agreeing.
    """
    groups = _groups(units, body_lo, big)
    if len(groups) < 2:
        return None
    if len(groups) == 2:
        g = groups[1]
        if not _name_over_prose(units, g):
            return None
        units[g[0]].tag, units[g[0]].name = "name", units[g[0]].text
        return g[0]
    named = _group_names(units, groups[1:])
    head = groups[0]
    limit = max(_FIRST_COMMENT_MAX_PARAS, *(len(g) - (1 if named else 0) for g in groups[1:]))
    for j in range(len(head) - 2, 0, -1):
        u = units[head[j]]
        tail = len(head) - 1 - j
        if tail > _FIRST_COMMENT_LONGEST:
            break
        if u.tag != "text" or not _short_line(u.text, permissive=named):
            continue
        # beyond the usual length of a comment only a line that reads as a name or handle counts
        if tail <= limit or _name_strength(u.text) == 2:
            u.tag, u.name = "name", u.text
            return head[j]
    first = groups[1][0]
    for j in range(len(head) - 1, 0, -1):
        if len(head) - j > _FIRST_COMMENT_MAX_PARAS or not _reads_like_comment(units[head[j]].text):
            break
        first = head[j]
    return first


def _name_over_prose(units: list[_Unit], group: list[int]) -> bool:
    """Does the group open with a line that reads as a person or handle, over a sentence?"""
    if len(group) < 2:
        return False
    name, text = units[group[0]], units[group[1]]
    return (name.tag == "text" and text.tag == "text" and _name_strength(name.text) == 2
            and not lex.BYLINE_BY.fullmatch(name.text) and not _short_line(text.text))


def _reads_like_comment(text: str) -> bool:
    """Reader prose, not edited copy: one strong mark or two weak ones (see the lexicon)."""
    score = 1.0 if lex.COMMENT_STRONG[0].match(text) else 0.0
    score += sum(1.0 for p in lex.COMMENT_STRONG[1:] if p.search(text))
    score += sum(0.5 for p in lex.COMMENT_WEAK if p.search(text))
    return score >= 1.0


# ---------------------------------------------------------------- the comment section

def _comments(units: list[_Unit], lo: int, big: int) -> list[tuple[str, _Unit, Optional[int]]]:
    """Group units from ``lo`` into comments: (kind, unit, comment_index) in page order."""
    for i in range(lo + 1, len(units)):
        if units[i].tag in ("time", "inreply") and _name_slot(units, i - 1, big):
            units[i - 1].tag, units[i - 1].name = "name", units[i - 1].text
    out: list[tuple[str, _Unit, Optional[int]]] = []
    cur, state = -1, "none"
    for u in units[lo:]:
        wide = u.gap >= big
        if u.tag == "header":
            out.append(("comments_header" if cur < 0 else "boilerplate", u, None))
            state = "none"
            continue
        if u.tag in _HEAD_TAGS:
            if state in ("none", "text", "tail"):
                cur += 1
            state = "head"
            out.append(("boilerplate", u, cur))
        elif u.tag == "action":
            if state == "none" and cur < 0:
                out.append(("boilerplate", u, None))
                continue
            state = "tail"
            out.append(("boilerplate", u, cur))
        else:
            if state in ("none", "tail") or (state == "text" and wide):
                cur += 1
            state = "text"
            out.append(("comment", u, cur))
    return out


def _authors(items: list[tuple[str, _Unit, Optional[int]]]) -> dict[int, str]:
    found: dict[int, str] = {}
    for _, u, ci in items:
        if ci is not None and ci not in found and u.name and u.tag != "inreply":
            found[ci] = u.name
    return found


# ---------------------------------------------------------------- public API

def _segment_region(text: str, lo: int, hi: int, headline: bool,
                    comments: bool) -> tuple[list[Segment], Optional[str]]:
    """The region's segments and the cue that found its comment section (None: no comments)."""
    units, base = _units(text, lo, hi, split_first_line=headline)
    if not units:
        return [], None
    big = base + 1
    kinds: list[tuple[str, _Unit, Optional[int]]] = []
    i = 0
    if headline:
        kinds.append(("headline", units[0], None))
        i = 1
    seen_byline = False
    while i < len(units) and i <= 4:
        u = units[i]
        if not seen_byline and u.tag in ("text", "time", "posted", "nametime") and _is_byline(u.text):
            kinds.append(("byline", u, None))
            seen_byline = True
        elif headline and u.tag == "text" and _is_caption(units, i) and i + 1 < len(units):
            kinds.append(("caption", u, None))
        elif u.tag == "action":
            kinds.append(("boilerplate", u, None))
        else:
            break
        i += 1
    body_lo = i
    start, cue = (_comment_start(units, body_lo, big) if comments and body_lo < len(units)
                  else (None, None))
    stop = len(units) if start is None else start
    for u in units[body_lo:stop]:
        # in the body, "X writes:" introduces a quotation: the article's own words
        kinds.append(("body" if u.tag in ("text", "name", "wrote") else "boilerplate", u, None))
    if start is not None:
        kinds.extend(_comments(units, start, big))
    authors = _authors(kinds)
    return _number(kinds, authors), cue


def _number(items, authors: dict[int, str]) -> list[Segment]:
    counters: Counter = Counter()
    segs = []
    for kind, u, ci in items:
        segs.append(Segment(kind, u.start, u.end, counters[kind], ci,
                            authors.get(ci) if ci is not None else None))
        counters[kind] += 1
    return segs


def segment_text(text: str) -> list[Segment]:
    """Segment a plain-text page whose first line is the headline."""
    return _segment_region(text, 0, len(text), headline=True, comments=True)[0]


def segment_document(doc: Document) -> list[Segment]:
    """Segment any document: plain text, or a title + body (JSONL/HTML) with marked comments,
    embedded posts and tables (``regions``)."""
    placed = regions_of(doc) if doc.format == "html" else []
    if placed:
        return _renumber(with_regions(doc, placed, _segment_document))
    return _segment_document(doc)


def _segment_document(doc: Document) -> list[Segment]:
    segs: list[Segment] = []
    if doc.title:
        t = doc.title
        s = len(t) - len(t.lstrip())
        segs.append(Segment("headline", s, len(t.rstrip()), 0, None, None, in_title=True))
    headline = not doc.title
    if not doc.comment_spans:
        body, _ = _segment_region(doc.text, 0, len(doc.text), headline=headline, comments=True)
        return _renumber(segs + body)
    spans = sorted(doc.comment_spans)
    body, _ = _segment_region(doc.text, 0, spans[0][0], headline=headline, comments=False)
    out = segs + body
    prev = spans[0][0]
    for ci, (s, e, author) in enumerate(spans):
        out.extend(_between(doc.text, prev, s))
        out.extend(_marked_comment(doc.text, s, e, ci, author))
        prev = e
    out.extend(_between(doc.text, prev, len(doc.text)))
    return _renumber(out)


def comment_cue(doc: Document) -> Optional[str]:
    """Which layout cue found the document's comment section: "header", "metadata", "actions",
    "rhythm", "marked" (the reader marked it), or None.  For benchmarks and diagnostics: it
    tells why a page without comments was given some."""
    if doc.comment_spans:
        return "marked"
    placed = regions_of(doc) if doc.format == "html" else []
    if placed:
        doc = masked(doc, placed)
    return _segment_region(doc.text, 0, len(doc.text), headline=not doc.title, comments=True)[1]


def _between(text: str, lo: int, hi: int) -> list[Segment]:
    """Lines between marked comments: a header ("12 Comments") or structural boilerplate."""
    units, _ = _units(text, lo, hi, split_first_line=False)
    return [Segment("comments_header" if u.tag == "header" else "boilerplate", u.start, u.end)
            for u in units]


def _marked_comment(text: str, lo: int, hi: int, ci: int, author: Optional[str]) -> list[Segment]:
    units, _ = _units(text, lo, hi, split_first_line=False)
    if author is None:
        author = next((u.name for u in units if u.name and u.tag != "inreply"), None)
    return [Segment("comment" if u.tag == "text" else "boilerplate", u.start, u.end, 0, ci, author)
            for u in units]


def _renumber(segs: list[Segment]) -> list[Segment]:
    counters: Counter = Counter()
    out = []
    for s in segs:
        out.append(Segment(s.kind, s.start, s.end, counters[s.kind], s.comment_index, s.author,
                           s.in_title))
        counters[s.kind] += 1
    return out


def page_metadata(doc: Document, segments: list[Segment]) -> dict[str, Optional[str]]:
    """Author and publication date (ISO) from the byline, else the document's own metadata."""
    author, published = None, None
    for seg in segments:
        if seg.kind == "byline" and not seg.in_title:
            a, p = parse_byline(doc.text[seg.start:seg.end])
            author, published = author or a, published or p
    return {"author": author or doc.author, "published": published or doc.published}


def parse_byline(line: str) -> tuple[Optional[str], Optional[str]]:
    """("Jane Roe", "2016-02-23") from "By Jane Roe | February 23, 2016" and similar forms."""
    import dateparser  # imported here: loading it costs ~0.3 s and most callers never need it

    author = published = None
    for part in lex.BYLINE_SPLIT.split(line.strip()):
        part = part.strip(" ,")
        if not part:
            continue
        dated = lex.BYLINE_DATE_PREFIX.sub("", part, count=1)
        if published is None and any(c.isdigit() for c in dated):
            when = dateparser.parse(dated, languages=["en"])
            if when is not None:
                published = when.date().isoformat()
                continue
        m = lex.BYLINE_BY.fullmatch(part)
        name = m.group("rest").strip() if m else part
        if author is None and _short_line(name) and not lex.STAFF_WORDS.fullmatch(name):
            author = name
    return author, published


def segments_record(doc: Union[str, Document], segments: list[Segment]) -> dict[str, Any]:
    """The ``claimledger segment --json`` record (the page benchmark's prediction format)."""
    ref = doc.doc_ref if isinstance(doc, Document) else doc
    return {"id": ref, "segments": [
        {"kind": s.kind, "span": [s.start, s.end], "comment_index": s.comment_index,
         "author": s.author} for s in segments]}
