"""A body named again by its last word: "The Vancouver Stock Exchange said …" … "The exchange
said market value was 469.5 mln dlrs".

The speaker finder accepts as an unnamed source only common nouns that can speak (people,
bodies, documents: speakers.py ``_can_speak``); "the exchange", "the board", "the agency" of a
page that named "Vancouver Stock Exchange" were dropped with their statement, and every figure
the body gave in that sentence stayed in the outlet's voice.  A definite common noun that is the
last word of exactly one body the page named before is that body.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from claimledger.lexicon.tracking import COMPANY_NAME_ENDINGS


def body_named_by_head(head: Token, bodies: Iterable[str]) -> Optional[str]:
    """The one earlier body whose name ends in ``head``'s word ("the exchange" → "Vancouver
    Stock Exchange"), or None (no determiner "the", a plural, or no or two such bodies)."""
    if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in head.children):
        return None  # "the stock exchange", "the exchange of letters": not a bare re-mention
    word = head.lower_
    fits = [b for b in bodies if len(b.split()) >= 2 and b.split()[-1].lower().strip(".,") == word]
    if not fits:
        return None
    # one body under two names: "VANCOUVER EXCHANGE" (the headline) and "Vancouver Stock
    # Exchange" are one; the fullest name stands for both
    longest = max(fits, key=lambda b: (len(b.split()), not b.isupper()))
    words = set(longest.lower().split())
    return longest if all(set(b.lower().split()) <= words for b in fits) else None


def with_of_name(head: Token, tokens: list[Token]) -> list[Token]:
    """A proper name the entity recogniser missed, with its "of"-part or its "and"-part: "Bank
    of British Columbia said", "Pacific Gas and Electric Co said" (in a wire dateline the
    recogniser often reads no entity) are not "Bank" and "Pacific Gas".  Only a capitalised,
    short "of"-phrase right after the head joins it, and an "and"-part only when it ends the
    name of a company ("… Co", "… Inc")."""
    return _with_and_company(head, _with_of_part(head, tokens))


def _with_and_company(head: Token, tokens: list[Token]) -> list[Token]:
    cc = next((c for c in head.rights if c.dep_ == "cc" and c.lower_ == "and" and c.i == tokens[-1].i + 1), None)
    conj = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if cc is None or conj is None or conj.text not in COMPANY_NAME_ENDINGS:
        return tokens
    tail = sorted(conj.subtree, key=lambda w: w.i)
    if tail[0].i != cc.i + 1 or len(tail) > 4 or not all(w.text[:1].isupper() for w in tail):
        return tokens
    return tokens + [cc] + tail


def _with_of_part(head: Token, tokens: list[Token]) -> list[Token]:
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tokens[-1].i + 1), None)
    if prep is None:
        return tokens
    tail = sorted(prep.subtree, key=lambda w: w.i)[1:]
    if not tail or len(tail) > 4 or not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in tail):
        return tokens
    return tokens + [prep] + tail


def own_name_first(head: Token, orgs: list) -> list:
    """'OII Holdings Corp, a company formed by Kohlberg Kravis Roberts and Co, said': when the
    recogniser read no entity on the speaker's own proper name, the people and organisations
    named in its apposition describe it; they are not the speaker.  Returns the entities the
    speaker's name may be taken from (none of those inside an apposition of a proper-name head)."""
    if head.pos_ != "PROPN" or head.ent_type_ or not orgs:
        return orgs
    inside = {w.i for c in head.children if c.dep_ == "appos" for w in c.subtree}
    return [o for o in orgs if o.root.i not in inside]
