"""HTML pages: trafilatura finds the article and its metadata; the page's markup names commenters.

``text`` is the main text, one paragraph a block, blocks one blank line apart.  Reader comments
that trafilatura separated from the article follow the body, each comment two blank lines from
the next, and ``comment_spans`` says where each one is and who wrote it.  Trafilatura returns the
comments as one flat run of paragraphs, so the comment lists in the markup (WordPress, Blogger,
Disqus-like, ``.comment`` blocks) decide where one comment ends and who wrote it.  Embedded
posts and data tables, which trafilatura drops or flattens, are written back in at their place in
the body (``html_regions``) and described in ``metadata``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO, Optional

from claimledger.errors import InputError
from claimledger.lexicon.segments import COMMENT_CHROME
from claimledger.model import Document
from claimledger.readers.html_regions import EMBEDS_KEY, TABLES_KEY, mark_regions, place_regions
from claimledger.readers.markup import block_lines
from claimledger.readers.text import (
    BYTES_PER_CHAR,
    ReadOptions,
    load_text,
    too_long,
    unify_newlines,
)

#: raw pages carry scripts, styles and navigation; allow this many bytes of page per character of
#: the max_chars text limit before refusing the page unread
RAW_BYTES_PER_CHAR = 10

#: class tokens of one comment in a comment list (WordPress ``li.comment``, Blogger, Zeit-like
#: ``article.comment``, Disqus ``li.post`` inside ``#post-list``)
COMMENT_ITEM = frozenset({"comment", "comment-item", "comment_item", "commentlist-item", "js-comment"})
DISQUS_LIST_IDS = frozenset({"post-list", "posts"})
DISQUS_ITEM = "post"
#: where a comment's own words are, most specific first (WordPress ``.comment-content`` sits
#: inside ``article.comment-body``, which also holds the author line)
COMMENT_BODY = ("comment-content", "comment-text", "comment__body", "comment__text", "comment_text",
                "comment-message", "post-message", "comment-body", "comment_body", "commentbody")
#: who wrote it, most specific first (``cite.fn`` / ``b.fn`` in WordPress)
COMMENT_AUTHOR = ("fn", "comment-author-name", "comment-meta__name", "comment__author", "username",
                  "author", "user", "comment-author")
CHROME_MAX_WORDS = 6
#: words themes put after the commenter's name
_SAYS = re.compile(r"\s*(says|said|wrote|sagt|schreibt)\s*:?\s*$", re.I)
_BLOCKS = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4",
                     "h5", "h6", "section", "article", "header", "footer", "table", "tr", "dd", "dt"})
_SKIP = frozenset({"script", "style", "noscript", "form", "button", "svg", "template"})

#: fewer words than this is a menu label or a cookie notice, not an article
MIN_BODY_WORDS = 5

PARAGRAPH_SEP = "\n\n"
COMMENT_SEP = "\n\n\n"

# bounded: looks only at the first few kilobytes, and [^>] cannot run past the tag
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)


def read_html(where: str, stream: BinaryIO, opts: ReadOptions) -> Iterator[Document]:
    data = stream.read(opts.max_chars * RAW_BYTES_PER_CHAR + 1)
    if len(data) > opts.max_chars * RAW_BYTES_PER_CHAR:
        raise InputError(where, f"is more than {opts.max_chars * RAW_BYTES_PER_CHAR:,} bytes of HTML; "
                                f"the limit is {RAW_BYTES_PER_CHAR} bytes per character of max_chars "
                                f"({opts.max_chars:,}, setting max_chars)")
    yield html_document(data, where, opts)


def meta_charset(data: bytes) -> Optional[str]:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def html_document(data: bytes, where: str, opts: ReadOptions, *, declared: str | None = None,
                  url: str | None = None, doc_ref: str | None = None,
                  published: str | None = None) -> Document:
    """One page's bytes → a Document; ``declared`` is the HTTP charset, ``published`` the date to
    use when the page's own metadata has none (a WARC record's date)."""
    import io

    html, encoding = load_text(where, io.BytesIO(data), opts, declared=declared or meta_charset(data),
                               byte_limit=max(len(data), opts.max_chars * BYTES_PER_CHAR))
    marked, regions = mark_regions(html, _in_comment)
    extracted = _extract(marked or html, url)
    placed = place_regions(_lines(extracted.text if extracted else None), regions, PARAGRAPH_SEP)
    body = placed.text
    if len(body.split()) < MIN_BODY_WORDS:
        raise InputError(where, "no article text found (trafilatura extracted "
                                + (f"only {body!r})" if body else "nothing)"))
    groups = group_comments(html, _lines(extracted.comments), body)
    text, spans = _assemble(body, groups)
    if len(text) > opts.max_chars:
        raise InputError(where, too_long(len(text), opts))
    date = extracted.date or _htmldate(html)
    return Document(
        text=text,
        doc_ref=doc_ref or where,
        title=_clean(extracted.title),
        url=_clean(extracted.url) or url,
        outlet=_clean(extracted.sitename),
        author=_clean(extracted.author),
        published=(date[:10] if date else None) or published or opts.published,
        comment_spans=spans,
        format="html",
        metadata={"encoding": encoding, "hostname": extracted.hostname,
                  "description": _clean(extracted.description),
                  **({EMBEDS_KEY: placed.embeds} if placed.embeds else {}),
                  **({TABLES_KEY: placed.tables} if placed.tables else {})},
    )


def _extract(html: str, url: str | None):
    import trafilatura  # imported late: heavy, and only HTML needs it

    try:
        return trafilatura.bare_extraction(html, url=url, include_comments=True, with_metadata=True,
                                           include_tables=True)
    except Exception:  # trafilatura raises assorted lxml/ValueErrors on broken markup
        return None


def _htmldate(html: str) -> Optional[str]:
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate, like trafilatura, can trip on malformed markup
        return None


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in unify_newlines(text or "").split("\n") if line.strip()]


def _assemble(body: str, groups: list[tuple[Optional[str], list[str]]]):
    parts, spans, pos = [body], [], len(body)
    for author, paragraphs in groups:
        comment = PARAGRAPH_SEP.join(paragraphs)
        start = pos + len(COMMENT_SEP)
        parts.append(comment)
        spans.append((start, start + len(comment), author))
        pos = start + len(comment)
    return COMMENT_SEP.join(parts), tuple(spans)


def _clean(value: object) -> Optional[str]:
    return " ".join(value.split()) or None if isinstance(value, str) else None


# --- comments -------------------------------------------------------------------------------------
# Hand-written over lxml because neither trafilatura nor a library we ship knows comment *lists*:
# trafilatura keeps the comments' words but not where one comment ends or who wrote it.


def group_comments(html: str, lines: list[str], body: str) -> list[tuple[Optional[str], list[str]]]:
    """The page's reader comments as (author, paragraphs), in page order.

    When the markup lists comments, those are the comments, each with its author and exactly its
    own paragraphs (trafilatura's flat comment text would lose the boundaries, and mixes in the
    list's chrome: author lines, dates, "Reply").  A listed comment whose words all stand in the
    article body is not a reader comment (some themes mark article blocks up as "comment").  Without a comment list, each paragraph trafilatura
    took for a comment is one comment by an unknown author, minus the widget chrome lines.
    """
    marked = marked_comments(html) if "comment" in html or "post-list" in html else []
    flat_body = _squash(body)
    marked = [(author, paras) for author, paras in marked if _squash(" ".join(paras)) not in flat_body]
    if marked:
        return marked
    return [(None, [line]) for line in lines if not _is_chrome(line)]


def _is_chrome(line: str) -> bool:
    """A short line naming the comment widget itself ("Loading comments...", "Join Discussion")."""
    words = re.findall(r"[a-z]+", line.casefold())
    return len(words) <= CHROME_MAX_WORDS and any(w in COMMENT_CHROME for w in words)


def marked_comments(html: str) -> list[tuple[Optional[str], list[str]]]:
    """(author, paragraphs) of every comment the markup lists, in page order, replies included."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # lxml refuses some broken documents outright
        return []
    found = []
    for item in _comment_items(root):
        body = _first_own(item, COMMENT_BODY)
        if body is None:
            continue
        paragraphs = _block_lines(body)
        if paragraphs:
            author = _first_own(item, COMMENT_AUTHOR)
            name = _SAYS.sub("", " ".join(author.text_content().split())) if author is not None else ""
            found.append((name or None, paragraphs))
    return found


def _classes(el) -> set[str]:
    return set((el.get("class") or "").split())


def _is_item(el) -> bool:
    if not isinstance(el.tag, str) or el.tag in _SKIP:
        return False
    classes = _classes(el)
    if classes & COMMENT_ITEM:
        return True
    parent = el.getparent()
    return (DISQUS_ITEM in classes and el.tag == "li" and parent is not None
            and parent.get("id") in DISQUS_LIST_IDS)


def _in_comment(el) -> bool:
    """Is ``el`` part of a reader comment (a quotation in a reply stays the reader's)?"""
    return _is_item(el) or any(_is_item(a) for a in el.iterancestors())


def _comment_items(root):
    return [el for el in root.iter() if _is_item(el)]


def _own(item):
    """The descendants of ``item`` that belong to it, not to a reply nested inside it."""
    stack = list(item)[::-1]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _SKIP or _is_item(el):
            continue
        yield el
        stack.extend(list(el)[::-1])


def _first_own(item, tokens: tuple[str, ...]):
    own = [el for el in _own(item)]
    for token in tokens:
        for el in own:
            if token in _classes(el):
                return el
    return None


def _block_lines(el) -> list[str]:
    """The paragraphs of a comment: block elements and <br> break lines, whitespace collapses."""
    return block_lines(el, blocks=_BLOCKS, skip_tags=_SKIP)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()
