"""JSON Lines: one article a line, streamed (a 10 GB dump is never held in memory).

Known keys fill the document (``id``, ``title``, ``text``, ``date``, ``url``, ``outlet``,
``author``); every other key is kept in ``metadata``.  A bad line is reported with its number and
skipped, so one broken record does not cost the rest of the file.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from claimledger.errors import InputError
from claimledger.model import Document
from claimledger.readers.text import (
    BYTES_PER_CHAR,
    ReadOptions,
    iso_date,
    too_long,
    unify_newlines,
)

#: keys that become Document fields; ``published`` is read as a synonym of ``date``
KNOWN_KEYS = ("id", "title", "text", "date", "published", "url", "outlet", "author")


def read_jsonl(where: str, stream: BinaryIO, opts: ReadOptions) -> Iterator[Document]:
    seen_any = False
    for lineno, raw in enumerate(_lines(stream, opts.max_chars * BYTES_PER_CHAR + 4096), start=1):
        if isinstance(raw, _Overlong):
            seen_any = True
            opts.error(InputError(f"{where}:{lineno}", f"is {raw.size:,} bytes, more than "
                                  f"{opts.max_chars:,} characters; the limit is {opts.max_chars:,} "
                                  f"(setting max_chars, CLAIMLEDGER_MAX_CHARS)"))
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        seen_any = True
        try:
            yield _document(raw, where, lineno, opts)
        except InputError as e:
            opts.error(e)
    if not seen_any:
        raise InputError(where, "is empty (no JSON lines)")


class _Overlong(bytes):
    """The start of a line too long to hold; ``size`` is its full length in bytes."""

    size: int


def _lines(stream: BinaryIO, limit: int) -> Iterator[bytes]:
    """Lines of at most ``limit`` bytes; a longer one is skipped over, never held whole."""
    while line := stream.readline(limit):
        if len(line) == limit and not line.endswith(b"\n"):
            size = len(line)
            while (more := stream.readline(limit)) and not more.endswith(b"\n"):
                size += len(more)
            size += len(more)
            long_line = _Overlong(line[:64])
            long_line.size = size
            yield long_line
        else:
            yield line


def _document(raw: bytes, where: str, lineno: int, opts: ReadOptions) -> Document:
    at = f"{where}:{lineno}"
    if b"\x00" in raw:
        raise InputError(at, "binary data (NUL byte), not a JSON line")
    try:
        row = json.loads(raw)
    except UnicodeDecodeError as e:
        raise InputError(at, f"invalid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
                             f"JSON Lines must be UTF-8") from None
    except json.JSONDecodeError as e:
        raise InputError(at, f"not JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(row, dict):
        raise InputError(at, f"a JSON {type(row).__name__}, not an object with a \"text\" key")
    text = row.get("text")
    if text is None:
        raise InputError(at, "no \"text\" key" if "text" not in row else "\"text\" is null")
    if not isinstance(text, str):
        raise InputError(at, f"\"text\" is a {type(text).__name__}, not a string")
    if not text.strip():
        raise InputError(at, "\"text\" is empty")
    text = unify_newlines(text)
    if len(text) > opts.max_chars:
        raise InputError(at, "\"text\" " + too_long(len(text), opts))
    ident = row.get("id")
    raw_date = row.get("date", row.get("published"))
    metadata = {k: v for k, v in row.items() if k not in KNOWN_KEYS}
    published = iso_date(raw_date)
    if raw_date is not None and published is None:
        metadata["date_unparsed"] = raw_date
    return Document(
        text=text,
        doc_ref=str(ident) if ident not in (None, "") else at,
        title=_str(row.get("title")),
        url=_str(row.get("url")),
        outlet=_str(row.get("outlet")),
        author=_str(row.get("author")),
        published=published or opts.published,
        format="jsonl",
        metadata=metadata,
    )


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
