"""Plain-text files, and the loading every reader shares (size limit, decoding, empty checks).

A plain-text document is the whole file exactly as decoded, headline included: claim offsets
index it, so nothing is trimmed or re-flowed.  The one change is line ends: CRLF (and a lone CR)
become LF, so a file saved on Windows gives the same offsets and paragraphs as its Unix copy.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Optional

from claimledger.errors import InputError
from claimledger.model import Document
from claimledger.readers.decode import DecodeError, decode
from claimledger.settings import DEFAULT_SETTINGS

#: UTF-32 needs at most 4 bytes a character, so a file under ``4 × max_chars`` bytes may still fit
BYTES_PER_CHAR = 4

#: a longer "date" is prose or garbage; dateparser is not given it
MAX_DATE_CHARS = 64

_NEWLINES = re.compile(r"\r\n?")


@dataclass
class ReadOptions:
    """What every reader needs besides its input: the error sink, defaults and the counters."""

    on_error: Callable[[InputError], None]
    published: Optional[str] = None
    max_chars: int = DEFAULT_SETTINGS.max_chars
    stats: dict = field(default_factory=dict)

    def count(self, key: str, n: int = 1) -> None:
        self.stats[key] = self.stats.get(key, 0) + n

    def skip(self, reason: str) -> None:
        """Count an input passed over on purpose (not an error): ``skipped`` and ``skipped:<reason>``."""
        self.count("skipped")
        self.count(f"skipped:{reason}")

    def error(self, err: InputError) -> None:
        self.count("errors")
        self.on_error(err)


def unify_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def too_long(n_chars: int, opts: ReadOptions) -> str:
    return (f"is {n_chars:,} characters; the limit is {opts.max_chars:,} (setting max_chars, CLAIMLEDGER_MAX_CHARS)")


def read_bytes(where: str, stream: BinaryIO, limit: int, unit_limit: int) -> bytes:
    """Read at most ``limit`` bytes; refuse a longer input without reading it all into memory."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        rest = len(data)
        while chunk := stream.read(1 << 20):
            rest += len(chunk)
        raise InputError(where, f"is {rest:,} bytes, more than {unit_limit:,} characters; the limit "
                                f"is {unit_limit:,} (setting max_chars, CLAIMLEDGER_MAX_CHARS)")
    return data


def load_text(where: str, stream: BinaryIO, opts: ReadOptions, *, declared: str | None = None,
              byte_limit: int | None = None) -> tuple[str, str]:
    """The decoded text of ``stream`` and its encoding, or an :class:`InputError` saying why not."""
    data = read_bytes(where, stream, byte_limit or opts.max_chars * BYTES_PER_CHAR, opts.max_chars)
    if not data:
        raise InputError(where, "is empty")
    try:
        text, encoding = decode(data, declared)
    except DecodeError as e:
        raise InputError(where, str(e)) from None
    if not text.strip():
        raise InputError(where, "holds only whitespace")
    return text, encoding


def iso_date(value: object) -> Optional[str]:
    """``YYYY-MM-DD`` for an ISO date or timestamp ("2019-01-04T10:00:00Z"), else for a date
    dateparser reads unambiguously ("January 4, 2019"); None when it is not a date."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_DATE_CHARS:
        return None
    value = value.strip()
    try:
        return _dt.datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    import dateparser  # imported late: slow to load, and ISO dates never need it

    parsed = dateparser.parse(value, languages=["en"],
                              settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def read_text(where: str, stream: BinaryIO, opts: ReadOptions) -> Iterator[Document]:
    text, encoding = load_text(where, stream, opts)
    text = unify_newlines(text)
    if len(text) > opts.max_chars:
        raise InputError(where, too_long(len(text), opts))
    yield Document(text=text, doc_ref=where, format="text", published=opts.published,
                   metadata={"encoding": encoding})
