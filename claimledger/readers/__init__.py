"""Readers: files, directories and stdin → :class:`~claimledger.model.Document` objects.

One function per format, chosen through :data:`READERS` by file extension or, when the extension
says nothing, by the first bytes.  A bad input (missing, binary, empty, undecodable, a broken
JSONL line or WARC record) never stops the batch: it is handed to ``on_error`` as an
:class:`~claimledger.errors.InputError` naming the file (and line or record), and reading goes on.
"""
from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from claimledger.errors import InputError
from claimledger.model import Document
from claimledger.readers.decode import binary_kind
from claimledger.readers.html import read_html
from claimledger.readers.jsonl import read_jsonl
from claimledger.readers.text import ReadOptions, read_text
from claimledger.readers.warc import read_warc
from claimledger.settings import DEFAULT_SETTINGS

__all__ = ["read", "read_path", "READERS", "EXTENSIONS", "ReadOptions", "sniff"]

Reader = Callable[[str, BinaryIO, ReadOptions], Iterator[Document]]

#: format name → reader; a new format is one entry here and one in EXTENSIONS
READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "warc": read_warc,
}

#: longest suffix first, so ".jsonl.gz" wins over ".gz"
EXTENSIONS: dict[str, str] = {
    ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl", ".warc.gz": "warc", ".arc.gz": "warc",
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc",
}

#: extensions of files a directory walk passes over without complaint (counted as skipped);
#: named explicitly, such a file is still read and refused with a reason
SKIP_IN_DIRECTORIES = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".css", ".js",
    ".woff", ".woff2", ".ttf", ".mp3", ".mp4", ".pyc", ".db", ".duckdb", ".parquet",
})

GZIP_MAGIC = b"\x1f\x8b"


def read(paths: Iterable[str], *, on_error: Callable[[InputError], None],
         published: str | None = None, max_chars: int | None = None,
         stats: dict | None = None) -> Iterator[Document]:
    """Stream the documents in ``paths`` (files, directories, ``-`` for stdin).

    ``published`` (ISO date) is used where an input gives no date of its own.  ``stats``, when
    given, counts ``read`` documents, ``errors``, and ``skipped`` inputs with a
    ``skipped:<reason>`` entry per reason.
    """
    opts = ReadOptions(on_error=on_error, published=published,
                       max_chars=max_chars or DEFAULT_SETTINGS.max_chars,
                       stats=stats if stats is not None else {})
    for path in paths:
        for doc in read_path(path, opts):
            opts.count("read")
            yield doc


def read_path(path: str, opts: ReadOptions) -> Iterator[Document]:
    """The documents of one command-line argument; errors go to ``opts.on_error``."""
    if path == "-":
        yield from _guarded("<stdin>", lambda: _read_stdin(opts), opts)
    elif os.path.isdir(path):
        files = _walk(path, opts)
        if not files:
            opts.error(InputError(path, "directory holds no readable files "
                                        f"(looked for {', '.join(sorted(EXTENSIONS))})"))
        for file in files:
            yield from _guarded(file, lambda f=file: _read_file(f, opts), opts)
    elif not os.path.exists(path):
        opts.error(InputError(path, "no such file or directory"))
    else:
        yield from _guarded(path, lambda: _read_file(path, opts), opts)


def format_of(path: str) -> str | None:
    name = path.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if name.endswith(ext):
            return EXTENSIONS[ext]
    return None


def sniff(head: bytes) -> str:
    """The format of an input with no telling extension, from its first bytes."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        return "html"
    return "text"


def _guarded(where: str, produce: Callable[[], Iterator[Document]], opts: ReadOptions):
    """Run one input's reader; an InputError or OSError becomes an on_error call, not a raise."""
    try:
        yield from produce()
    except InputError as e:
        opts.error(e)
    except OSError as e:
        opts.error(InputError(where, f"cannot be read ({e.strerror or e})"))
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        opts.error(InputError(where, f"broken gzip data ({e})"))


def _walk(root: str, opts: ReadOptions) -> list[str]:
    """Files under ``root`` in path order, hidden files and directories left out."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            if os.path.splitext(name)[1].lower() in SKIP_IN_DIRECTORIES:
                opts.skip("not a text format")
                continue
            found.append(os.path.join(dirpath, name))
    return sorted(found, key=lambda p: os.path.relpath(p, root).split(os.sep))


def _read_file(path: str, opts: ReadOptions) -> Iterator[Document]:
    with open(path, "rb") as raw:
        head = raw.read(64)
        raw.seek(0)
        fmt = format_of(path)
        kind = binary_kind(head)
        if kind:
            raise InputError(path, f"binary file ({kind}), not text")
        stream: BinaryIO = raw
        if head.startswith(GZIP_MAGIC) and fmt != "warc":  # FastWARC reads gzip itself
            stream = gzip.open(raw, "rb")  # type: ignore[assignment]
            head = _peek(stream)
        fmt = fmt or sniff(head)
        yield from READERS[fmt](path, stream, opts)


def _read_stdin(opts: ReadOptions) -> Iterator[Document]:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(sys.stdin.read().encode())
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    head = _peek(stream)
    if head.startswith(GZIP_MAGIC):
        stream = gzip.open(stream, "rb")  # type: ignore[assignment]
        head = _peek(stream)
    yield from READERS[sniff(head)]("<stdin>", stream, opts)


def _peek(stream) -> bytes:
    """The first bytes of a buffered stream, without consuming them (stdin cannot seek back)."""
    return stream.peek(64)[:64]
