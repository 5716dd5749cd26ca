"""Bytes → text, refusing what is not text instead of guessing.

Offsets in every claim index the decoded text, so a wrong guess here silently corrupts everything
downstream ("â€™" instead of "’").  The order is: a byte-order mark decides; then strict UTF-8 (legacy
text almost never happens to be valid UTF-8, while pages that declare Latin-1 and are UTF-8 are
common); then a charset the container declared (HTTP header, ``<meta charset>``); then charset-normalizer,
for the legacy single-byte files (Latin-1 / Windows-1252) that news archives are full of.  A file
that is *mostly* UTF-8 with a few broken bytes is refused rather than re-read as CP1252, which
would turn every correct multibyte character into mojibake.
"""
from __future__ import annotations

import codecs
import re

from claimledger.errors import DecodeError

#: magic numbers of formats people point a text reader at by mistake
BINARY_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (also .docx/.xlsx/.epub)"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: single-byte Latin-script code pages charset-normalizer picks among on short Western texts; its
#: language guess there is unreliable (English headlines come back "Hungarian" in cp1250), and these
#: pages disagree exactly on the letters and quotes that matter, so Windows-1252, by far the most
#: common legacy encoding of English news, wins among them.  Cyrillic, Greek, Hebrew, Arabic and
#: East Asian detections are kept as found.  (Known cost: Central European cp1250 text is misread.)
_LATIN_SINGLE_BYTE = re.compile(r"^(cp125[0247]|cp437|cp85[028]|cp775|cp86[0135]|latin_1|"
                                r"iso8859_(1|2|3|4|9|10|13|14|15|16)|mac_(roman|latin2|iceland|turkish))$")

#: C0 controls other than tab, newline, form feed and carriage return: text files do not hold them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (the first bytes of a file) starts like, or None."""
    for magic, kind in BINARY_MAGIC:
        if head.startswith(magic):
            return kind
    return None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark at the start of ``data`` names, and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` or raise :class:`DecodeError`.

    ``declared`` is a charset the container named (HTTP ``Content-Type``, ``<meta charset>``);
    it is trusted only when the bytes decode cleanly under it.
    """
    kind = binary_kind(data[:16])
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    found = bom_encoding(data)
    if found:
        bom, skip = found
        try:
            text = data[skip:].decode(bom)
        except UnicodeDecodeError as e:
            raise DecodeError(f"starts with a {bom} byte-order mark but is not {bom} "
                              f"(bad bytes at offset {e.start})") from None
        return _checked(text), bom
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(f"binary file (NUL byte at offset {nul:,}), not text")
    for encoding in _utf8_then_declared(declared):
        try:
            return _checked(data.decode(encoding)), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return _legacy(data)


def _utf8_then_declared(declared: str | None) -> list[str]:
    names = ["utf-8"]
    if declared:
        try:
            name = codecs.lookup(declared.strip().strip("\"'")).name
        except LookupError:
            return names
        # browsers read a declared Latin-1 as Windows-1252 (WHATWG Encoding), and so do we
        names.append("cp1252" if name in ("iso8859-1", "ascii") else name)
    return names


def _legacy(data: bytes) -> tuple[str, str]:
    """A file that is not UTF-8: detect a legacy encoding, or refuse."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    # a non-ASCII character left after dropping the invalid bytes came from a valid multibyte
    # UTF-8 sequence; when those outnumber the invalid bytes the file is UTF-8 with damage, and
    # a legacy reading would mangle every good character (legacy text rarely forms any)
    valid = sum(ord(c) > 127 for c in data.decode("utf-8", errors="ignore"))
    invalid = data.decode("utf-8", errors="replace").count("\ufffd")
    if valid >= invalid:
        raise DecodeError(f"invalid UTF-8 (byte 0x{data[first_bad]:02x} at offset {first_bad:,}) "
                          f"in a file that is otherwise UTF-8; repair or re-encode it")
    from charset_normalizer import (
        from_bytes,  # imported late: only legacy files need it
    )

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError(f"not text: invalid UTF-8 (byte 0x{data[first_bad]:02x} at offset "
                          f"{first_bad:,}) and no other encoding fits")
    encoding = best.encoding
    if encoding != "cp1252" and _LATIN_SINGLE_BYTE.match(encoding):
        try:
            return _checked(data.decode("cp1252")), "cp1252"
        except (UnicodeDecodeError, DecodeError):
            pass
    return _checked(str(best)), encoding


def _checked(text: str) -> str:
    """Refuse decoded 'text' full of control characters: it was binary after all."""
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls and controls > len(text[:100_000]) / 100:
        raise DecodeError("binary file (control characters), not text")
    return text
