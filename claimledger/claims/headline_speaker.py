"""The headline's "Surname: claim" speaker, read once the whole page is known.

Headlines credit words to a person by the surname alone before a colon ("Caddell: Democrat voters
worried …", "Lynch: No outside influence on FBI probe").  The headline is read first, before the
body has named anyone, and one capitalised word is rarely an entity to the small model, so the
line gave no statement or a bare "Caddell".  The body names the person in full ("pollster Pat
Caddell"): the headline's speaker is the one person of the page whose name ends with the words
before the colon.  When no person or two people fit, the headline is left as it was.  A lone document word before
the colon ("Poll: …", "Report: …") is a finding of that document.

Measured on PolNeAR train (840 articles): 79 gold attributions are a headline's colon; 37 of them
were missed before this rule, 17 after it (matched relations 10,794 -> 10,829 with the speaker
rules of the same change).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from claimledger.extract.attribution.content import quote_kind, trim
from claimledger.extract.attribution.speakers import SpeakerMemory
from claimledger.extract.names import fold_words
from claimledger.extract.quotes import quote_spans
from claimledger.extract.tree import text_of
from claimledger.claims.cue_kind import cue_kind_of_text
from claimledger.lexicon import attribution as lex
from claimledger.model import Claim, Source, claim_id_for

#: one to three capitalised words opening the line, then a colon and the claim
_SURNAME_COLON = re.compile(r"^\s*(?P<name>[A-Z][\w'’.-]*(?:\s+(?:de|van|von|al|bin|[A-Z][\w'’.-]*)){0,2})\s*:\s+(?=\S)")

#: the fewest words a headline's claim has after the colon
MIN_CLAIM_WORDS = 3


def person_for(memory: SpeakerMemory, name: str) -> Optional[Source]:
    """The one person the page named whose name ends with the words of ``name`` ("Caddell" →
    "Pat Caddell"), compared without case or accents; None when none or two fit."""
    words = fold_words(name)
    if not words:
        return None
    fits = [src for full, src in memory.people.items()
            if len(fold_words(full)) >= len(words) and fold_words(full)[-len(words):] == words]
    return fits[0] if len(fits) == 1 else None


def headline_speaker_claims(claims: list[Claim], headline: tuple, memory: SpeakerMemory, doc_id: str,
                            doc_ref: str) -> list[Claim]:
    """``claims`` with the headline's "Surname: claim" credited to the page's person of that
    surname (or to the document a lone "Poll:" or "Report:" names): the headline's own colon statement (if the extractor made one) takes the full
    person, or a statement is added; the headline's figures inside the claim take its speaker."""
    seg, sdoc, base, ref, words = headline
    text = text_of(sdoc)
    m = _SURNAME_COLON.match(text)
    if not m:
        return claims
    name = m.group("name")
    person = person_for(memory, name)
    if person is None and name.lower() in lex.DOCUMENT_HEADS:
        person = Source(name.lower(), kind="document")  # "Poll: Trump leads in Ohio": a finding
    if person is None:
        return claims
    s, e = trim(sdoc, m.end(), len(text.split("\n", 1)[0]))
    if len(text[s:e].split()) < MIN_CLAIM_WORDS:
        return claims
    s, e, quote = quote_kind(quote_spans(text), s, e)
    sspan = (base + m.start("name"), base + m.end("name"))
    content = (base + s, base + e)
    out, found = [], False
    for c in claims:
        if c.segment.kind == "headline" and c.span[0] >= content[0] - 1 and c.span[1] <= content[1] + 1:
            if c.kind == "statement" and c.source_span and c.source_span[0] < sspan[1] and c.source_span[1] > sspan[0]:
                # the extractor's own colon statement, whatever its source span's edge ("Name:")
                found = True
                c = dataclasses.replace(c, source=person)
            elif c.kind == "quantity" and (c.source is None or c.source_span == sspan):
                c = dataclasses.replace(c, source=person, voice="source", source_span=sspan, cue=":",
                                        cue_span=(sspan[1], sspan[1] + 1), cue_kind=cue_kind_of_text(":", person))
        out.append(c)
    if not found:
        colon = base + text.index(":", m.start("name"))
        out.append(Claim(
            claim_id=claim_id_for(doc_id, "statement", content, seg.kind), doc_id=doc_id, doc_ref=doc_ref,
            kind="statement", segment=ref, voice="source", sentence=words,
            sentence_span=(base, base + len(words)), span=content, cue_span=(colon, colon + 1),
            source_span=sspan, source=person, cue=":", cue_kind=cue_kind_of_text(":", person), quote=quote,
        ))
    return out
