"""Numbers that are not figures: a count of speakers ("one official said", "two sources told
Reuters", "at least one said") and a number inside a proper name ("Three Gorges Dam", "the Six
Nations", "the Group of Seven", "the Big Three", "Formula One").

A study of 100 outlet-voice quantity claims on the news corpus found 19 such numbers; as claims
they joined series across pages ("one official") and cluttered the ledger.  Both rules read
only the parse around the number.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from claimledger.lexicon import quantities as L


def not_a_figure(tok0: Token, tok1: Token, value: float, surface: str) -> Optional[str]:
    """"speaker" or "name" when the number is one of these, else None."""
    if speaker_count(tok1, value):
        return "speaker"
    if inside_name(tok0, tok1, surface):
        return "name"
    return None


def speaker_count(tok1: Token, value: float) -> bool:
    """The number, or the noun it counts, is the subject of a verb of speech: it says how many
    spoke ("three officials said", "one told Reuters"), not a figure anyone claims."""
    if not (0 < value <= L.MAX_SPEAKER_COUNT) or value != int(value):
        return False
    subj = tok1
    if tok1.dep_ == "nummod" and tok1.head.i > tok1.i and tok1.head.pos_ in ("NOUN", "PROPN"):
        subj = tok1.head
    if subj.dep_ != "nsubj":
        return False
    verb = subj.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in L.SPEAKER_COUNT_VERBS


def inside_name(tok0: Token, tok1: Token, surface: str) -> bool:
    """A number written as part of a proper name: a capitalised number word mid-sentence tagged
    as a proper noun or inside a name entity ("the Six Nations", "Formula One", "the Group of
    Seven"), or plain digits right after a capitalised word inside a name entity of capitalised
    words ("Cygna 386 workstations", "Palo Verde Unit 2")."""
    if tok0.i == tok0.sent.start or _title_case(tok0):
        return False
    if surface[:1].isalpha():
        if not (surface[:1].isupper() and surface[1:].islower()):
            return False  # ("polling at ZERO": capitals for stress, not a name)
        return tok1.pos_ == "PROPN" or tok1.ent_type_ in L.NAME_ENTITY_TYPES
    if not (surface.isdigit() and tok0.text.isdigit()) or tok0.ent_type_ not in L.NAME_ENTITY_TYPES:
        return False  # ("Nadal 6-2 6-7", "Greece 20,700": scores and amounts the recogniser swept in)
    ent = next((e for e in tok0.doc.ents if e.start <= tok0.i < e.end), None)
    if ent is None or all(t.lower_ == "the" for t in ent[:tok0.i - ent.start]):
        return False  # a name does not open with a bare count: "3 USD50 Cards" counts cards
    doc, before = tok0.doc, tok0.doc[tok0.i - 1]
    after = doc[tok1.i + 1] if tok1.i + 1 < len(doc) else None
    if not (before.is_alpha and before.text[:1].isupper()) or after is not None and after.text in ("-", "–", "/"):
        return False  # "Party - 365 seats", "Nadal 6-2 6-7": a tally or a score swept into the name
    words = [t for t in ent if t.is_alpha and t.lower_ not in ("the", "of", "and", "for", "a")]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def _title_case(tok: Token) -> bool:
    """A headline in title case ("Three Killed In Crash"): its capitals name nothing.  Proper
    nouns are left out of the count, so a short sentence full of names is no headline."""
    words = [t for t in tok.sent if t.is_alpha and len(t.text) > 3 and t.pos_ != "PROPN" and t.i != tok.i]
    return sum(t.text[:1].isupper() for t in words) * 2 > len(words)
