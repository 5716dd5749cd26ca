"""The speakers of one document: one row per source, however often and however it is named.

A person is one source across the article: "Army Col. Ryan Dillon, a spokesman for the
coalition, said …", "Dillon said …" and "he added …" are three mentions of one source whose
canonical name is "Ryan Dillon".  The extractors already resolve surnames, pronouns and office
words to the full name given before (``extract.speakers.SpeakerMemory``); this module gathers a
document's claims by that name, folds in what the resolution could not with the page-level
coreference the tracker uses too (a surname used before the full name, a shorter or generic name
of a body: claims/coreference.py), and keeps the fullest description: title, role and
organisation as first given.

Pure functions over :class:`~claimledger.model.Claim`; the store writes the result as the
``sources`` table in the same transaction as the claims.
"""
from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Optional

from claimledger.claims.coreference import page_speakers
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


def document_sources(claims: Iterable[Claim]) -> list[DocumentSource]:
    """The sources of one document's claims, in order of first mention.

    Claims without a source (the outlet's own voice) and readers' claims are left out: a
    comment's author is not a source the article quotes.
    """
    said = [c for c in sorted(claims, key=lambda c: (c.segment.kind != "headline", c.span[0], c.kind))
            if c.source is not None and c.source.name and c.voice != "reader"]
    groups: dict[tuple[Optional[str], str], list[Claim]] = {}
    for c in said:
        groups.setdefault((c.source.kind, c.source.name), []).append(c)
    doc_id = said[-1].doc_id if said else None
    merged = _merged(said, groups)
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


def _merged(said: list[Claim], groups: dict[tuple[Optional[str], str], list[Claim]]
            ) -> dict[tuple[Optional[str], str], tuple[Optional[str], str]]:
    """Each speaker that is another speaker of the page under a shorter or generic name ("Dillon"
    before "Ryan Dillon" was given, or in a segment the extractor's memory did not reach; "the
    bank" for "World Bank"), mapped to that speaker: the page-level coreference
    (claims/coreference.py), the same the tracker uses.  A mention whose fuller name is not
    itself a speaker of the page (an organisation only given to a speaker) stays as it is."""
    page = page_speakers(itertools.chain.from_iterable(
        ((c.source.name, c.source.kind, c.source.title), (c.source.organization, "organization", None))
        for c in said))  # in page order
    by_name: dict[str, list[tuple[Optional[str], str]]] = {}
    for key in groups:
        by_name.setdefault(key[1], []).append(key)
    direct: dict[tuple[Optional[str], str], tuple[Optional[str], str]] = {}
    for kind, name in groups:
        fuller = page.fuller(name, kind)
        targets = by_name.get(fuller or "", [])
        if fuller != name and targets:
            direct[(kind, name)] = next((t for t in targets if t[0] == kind), targets[0])
    merged = {}
    for key, target in direct.items():  # "the company" → "Hughes" → "Hughes Tool Co"
        seen = {key}
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        if target not in seen:
            merged[key] = target
    return merged
