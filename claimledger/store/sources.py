"""The speakers of one document: one row per source, however often and however it is named.

A person is one source across the article: "Army Col. Ryan Dillon, a spokesman for the
coalition, said …", "Dillon said …" and "he added …" are three mentions of one source whose
canonical name is "Ryan Dillon".  The extractors already resolve surnames, pronouns and office
words to the full name given before (``extract.speakers.SpeakerMemory``); this module gathers a
document's claims by that name, folds in what the resolution could not (a surname used before the
full name, a shorter form of a body), and keeps the fullest description: title, role and
organisation as first given.

Pure functions over :class:`~claimledger.model.Claim`; the store writes the result as the
``sources`` table in the same transaction as the claims.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Optional

from claimledger.extract.names import fold_words
from claimledger.model import Claim


@dataclass(frozen=True)
class DocumentSource:
    """One speaker of one document."""

    doc_id: str
    source_id: str  # stable: sha256 of doc_id, kind and canonical name (16 hex digits)
    name: str  # canonical: the full personal name, the organisation's name, "officials"
    kind: Optional[str]  # person | organization | document | unnamed
    title: Optional[str]
    role: Optional[str]
    organization: Optional[str]
    mentions: int  # distinct places in the text where the source is named or referred to
    statements: int  # statement claims attributed to it
    quantities: int  # quantity claims attributed to it
    first_start: Optional[int]  # where it is first mentioned (character offset), if known
    names: tuple[str, ...] = ()  # the other names the claims gave it ("Dillon", "Emergencies Ministry")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["names"] = list(self.names)
        return d


def source_id_for(doc_id: str, kind: Optional[str], name: str) -> str:
    return hashlib.sha256(f"{doc_id}\x1f{kind or ''}\x1f{name}".encode("utf-8")).hexdigest()[:16]


def _same_person(short: list[str], full: list[str]) -> bool:
    """'Dillon' / 'Col. Dillon' and 'Ryan Dillon': the shorter name ends the longer one."""
    return 0 < len(short) < len(full) and full[-len(short):] == short


def document_sources(claims: Iterable[Claim]) -> list[DocumentSource]:
    """The sources of one document's claims, in order of first mention.

    Claims without a source (the outlet's own voice) and readers' claims are left out: a
    comment's author is not a source the article quotes.
    """
    groups: dict[tuple[Optional[str], str], list[Claim]] = {}
    doc_id = None
    for c in sorted(claims, key=lambda c: (c.segment.kind != "headline", c.span[0], c.kind)):
        s = c.source
        if s is None or not s.name or c.voice == "reader":
            continue
        doc_id = c.doc_id
        groups.setdefault((s.kind, s.name), []).append(c)
    # a person named only by surname somewhere (before the full name was given, or in another
    # segment the memory did not reach) joins the full name that ends with it, when only one does
    names = {key: fold_words(key[1]) for key in groups}
    merged: dict[tuple[Optional[str], str], tuple[Optional[str], str]] = {}
    for key, words in names.items():
        if key[0] != "person":
            continue
        fuller = [k for k, w in names.items() if k[0] == "person" and _same_person(words, w)]
        if len(fuller) == 1:
            merged[key] = fuller[0]
    out: list[DocumentSource] = []
    for key, members in groups.items():
        if key in merged:
            continue
        allc = members + [c for k, t in merged.items() if t == key for c in groups[k]]
        allc.sort(key=lambda c: (c.segment.kind != "headline", c.span[0]))
        kind, name = key
        first = lambda field: next((getattr(c.source, field) for c in allc if getattr(c.source, field)), None)  # noqa: E731
        spans = {c.source_span for c in allc if c.source_span is not None}
        starts = [c.source_span[0] for c in allc if c.source_span is not None]
        other = Counter(k[1] for k, t in merged.items() if t == key)
        out.append(DocumentSource(
            doc_id=doc_id or allc[0].doc_id, source_id=source_id_for(allc[0].doc_id, kind, name),
            name=name, kind=kind, title=first("title"), role=first("role"),
            organization=first("organization"), mentions=max(1, len(spans)),
            statements=sum(c.kind == "statement" for c in allc),
            quantities=sum(c.kind == "quantity" for c in allc),
            first_start=min(starts) if starts else None, names=tuple(sorted(other)),
        ))
    out.sort(key=lambda s: (s.first_start is None, s.first_start or 0, s.name))
    return out
