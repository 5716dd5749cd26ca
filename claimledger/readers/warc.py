"""WARC archives (plain or gzip): each HTML ``response`` record becomes a document.

Streamed record by record with FastWARC (several times faster than warcio); warcio is the
fallback when FastWARC is not installed.  Requests, metadata, revisits and non-HTML responses are
counted in the stats and passed over; a record that cannot be read is reported with its byte
offset and the rest of the archive is still read.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Optional

from claimledger.errors import InputError
from claimledger.model import Document
from claimledger.readers.html import RAW_BYTES_PER_CHAR, html_document
from claimledger.readers.text import ReadOptions, iso_date

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Record:
    """The few fields of a WARC response we use, whichever library parsed it."""

    offset: int
    record_type: str
    uri: Optional[str]
    date: Optional[str]
    status: Optional[int]
    content_type: str
    payload: bytes


def read_warc(where: str, stream: BinaryIO, opts: ReadOptions) -> Iterator[Document]:
    any_record = False
    limit = opts.max_chars * RAW_BYTES_PER_CHAR
    try:
        for rec in _records(stream, limit):
            any_record = True
            doc = _document(rec, where, opts)
            if doc is not None:
                yield doc
    except InputError:
        raise
    except Exception as e:  # either library raises its own types on a truncated or corrupt archive
        raise InputError(where, f"not a readable WARC file ({type(e).__name__}: {e})") from None
    if not any_record:
        raise InputError(where, "holds no WARC records")


def _document(rec: Record, where: str, opts: ReadOptions) -> Optional[Document]:
    if rec.record_type != "response":
        opts.skip(f"warc {rec.record_type} record")
        return None
    mime = rec.content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        opts.skip("warc non-html response")
        return None
    if rec.status is not None and not 200 <= rec.status < 300:
        opts.skip("warc non-200 response")
        return None
    at = f"{where}@{rec.offset}"
    try:
        return html_document(rec.payload, at, opts, declared=_charset(rec.content_type), url=rec.uri,
                             doc_ref=rec.uri or at, published=iso_date(rec.date))
    except InputError as e:
        opts.error(InputError(f"{where} record at byte {rec.offset:,} ({rec.uri or 'no URI'})",
                              e.problem))
        return None


def _charset(content_type: str) -> Optional[str]:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _records(stream: BinaryIO, limit: int) -> Iterator[Record]:
    try:
        from fastwarc.warc import ArchiveIterator  # noqa: F401
    except ImportError:
        yield from _warcio_records(stream, limit)
    else:
        yield from _fastwarc_records(stream, limit)


def _fastwarc_records(stream: BinaryIO, limit: int) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    for rec in ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=True,
                               auto_decode="all", fsspec_args=False):
        kind = (rec.headers.get("WARC-Type") or "unknown").lower()
        http = rec.http_headers if kind == "response" and rec.is_http else None
        ctype = (http.get("Content-Type") if http else None) or ""
        payload = rec.reader.read(limit + 1) if kind == "response" else b""
        yield Record(offset=rec.stream_pos, record_type=kind, uri=rec.headers.get("WARC-Target-URI"),
                     date=rec.headers.get("WARC-Date"), status=http.status_code if http else None,
                     content_type=ctype, payload=payload)


def _warcio_records(stream: BinaryIO, limit: int) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    it = ArchiveIterator(stream)
    for rec in it:
        http = rec.http_headers if rec.rec_type == "response" else None
        status = http.get_statuscode() if http else None
        # the payload first: warcio's get_record_offset() consumes the rest of the record
        payload = rec.content_stream().read(limit + 1) if rec.rec_type == "response" else b""
        yield Record(
            offset=it.get_record_offset(), record_type=rec.rec_type,
            uri=rec.rec_headers.get_header("WARC-Target-URI"),
            date=rec.rec_headers.get_header("WARC-Date"),
            status=int(status) if status and status.isdigit() else None,
            content_type=(http.get_header("Content-Type") if http else None) or "",
            payload=payload,
        )
