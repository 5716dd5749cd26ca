"""Whether a measured noun sits in the amount's own phrase below or beside it, so that the
subject of the verb the amount is the object of says whose it is: "Antarctica is losing 127
gigatonnes of ice mass" ("ice mass" of Antarctica), "Time Warner owns 8% of Google", "the
administration called for 30 gigawatts of offshore wind capacity to be installed", "Monoprice
has the refurbished Harmony Touch for $30" (the Touch is Monoprice's offer).
``owner._within`` covers the other way round, an amount inside the noun's phrase ("an interest
rate of 1.38pc").

Read on the first 300 news articles, an amount reached through a preposition ("by about 1.5%
of the electorate", "within 100 miles of the islands") or a pronoun subject gave a wrong holder
about as often as a right one, so only an object of a verb with a noun subject is taken.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.quantities.subjects import is_dateline, speaks


def _top(doc: Doc, quantity: range) -> Token:
    for t in doc[quantity.start:quantity.stop]:
        if t.head.i not in quantity or t.head.i == t.i:
            return t
    return doc[quantity.stop - 1]


def _holding_verb(top: Token) -> Optional[Token]:
    """The verb whose object the amount is, when its subject is a noun and it does not speak
    ("the lobby group found 70% of firms ...": what the group found is not its own)."""
    verb = top.head
    if top.dep_ == "nsubjpass" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children):
        verb = verb.head  # "called for 30 GW of capacity to be installed"
        while verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head
    elif top.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or speaks(verb):
        return None
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or is_dateline(subj):
        return None
    return verb


def holds_amount(doc: Doc, head: Token, quantity: range) -> bool:
    """Whether ``head`` (the measured noun) hangs on the amount through an of-phrase ("127
    gigatonnes of ice mass"), or is the object of the verb a for-phrase with the amount hangs
    on ("has the Harmony Touch for $30"), and a noun subject of that verb holds it."""
    top = _top(doc, quantity)
    if top.dep_ == "pobj" and top.head.lower_ == "for" and head.dep_ == "dobj" \
            and top.head.head.i == head.head.i and head.i < top.i:
        return _holding_verb(head) is not None
    if _holding_verb(top) is None:
        return False
    tok = head
    for _ in range(4):  # "gigatonnes" ← "of" ← "mass"
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") \
                or tok.pos_ == "ADP" and tok.lower_ != "of":
            return False  # (not "made $5m in prize money earnings": an in-phrase is no holding)
        tok = tok.head
        if tok.i in quantity:
            return tok.i == top.i
    return False
