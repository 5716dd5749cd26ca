"""Which subjects can say what an amount measures, or whose it is.

Reading a measured thing climbs to the subject of the amount's verb ("sedan sales are down
12.3 percent").  On news pages three kinds of subject are never the thing measured, and were the
largest class of wrong readings on the news corpus:

- a dateline the parser takes for the subject: "QUITO, Jan 5 (Reuters) - Ecuador's oil output
  fell 5%", "NEW YORK (Reuters) - U.S. stocks rose 1.2%";
- the one who speaks of the amount: "the WHO reported 1,051,635 cases", "officials estimated
  she starved for up to 20 days" (``SPEAKER_VERBS`` in the lexicon);
- a pronoun's antecedent that cannot be what the pronoun stands for: "Chinese officials
  confirmed it has infected 200 people" ("it" is never people, nor a plural).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from claimledger.lexicon import quantities as L

_DASHES = frozenset(("-", "--", "—", "–"))


def is_dateline(tok: Token) -> bool:
    """A place opening the sentence and followed by the wire's dash within a few words: in
    capitals ("QUITO, Jan 5 (Reuters) -", "NEW YORK -"), or in mixed case with a date or the
    wire's name before the dash ("New York, March 30 - Global Petroleum Corp said ...")."""
    if not (tok.is_alpha and len(tok.text) > 1 and (tok.text.isupper() or tok.pos_ == "PROPN")):
        return False
    if tok.i - tok.sent.start > 3:
        return False
    after = tok.doc[tok.i + 1:min(tok.sent.end, tok.i + 9)]
    if not (any(t.text in _DASHES for t in after) and len(after) > 0
            and after[0].text in (",", "(", "-", "--", "—")):
        return False
    if tok.text.isupper():
        return True
    # a place in mixed case ("New York, March 30 - ...") only with the date or the wire before
    # the dash: "Apple, the maker of the iPhone - ..." is no dateline
    dash = next(t.i for t in after if t.text in _DASHES)
    return any(t.ent_type_ == "DATE" or t.text.isupper() and t.is_alpha for t in tok.doc[tok.i + 1:dash])


def behind_dateline(tok: Token) -> Optional[Token]:
    """The clause's real subject when the parser took the dateline for it: "FRANKFURT, March 6
    - Cash in circulation rose by 2.8 billion marks" hangs "Cash" on "FRANKFURT" as an
    apposition.  ``tok`` itself when it is no dateline; None when the dateline has no noun
    after its dash (more than half of the news corpus opens on a wire dateline, so its first
    sentence's amounts were left unread)."""
    if not is_dateline(tok):
        return tok
    dash = next((t.i for t in tok.doc[tok.i + 1:tok.sent.end] if t.text in _DASHES), None)
    if dash is None:
        return None
    return next((ch for ch in tok.children if ch.dep_ == "appos" and ch.i > dash
                 and ch.pos_ in ("NOUN", "PROPN") and not is_dateline(ch)), None)


def speaks(verb: Token) -> bool:
    """Whether ``verb``'s subject is the one who speaks of the amount, not its holder."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in L.SPEAKER_VERBS


def agrees(pronoun: Token, noun: Token) -> bool:
    """Whether ``pronoun`` can stand for ``noun``: "it" for one thing (not a person, not a
    plural), "he"/"she" for one person or a singular noun ("the minister"), "they" for a
    plural or an organisation; "you" for no one written (the reader, anyone, or the one spoken
    to: in '"You have to work those seven days," quipped the editor' the editor is the one who
    speaks, not what is measured); "we" as "they", "I" as "he" (read on the news sample: "Gold
    said: 'For 55 minutes we lived with the best'" is the team's time, not Gold's)."""
    p = pronoun.lower_
    person = noun.ent_type_ == "PERSON" or noun.lower_ in L.PERSON_NOUNS
    plural = noun.tag_ in ("NNS", "NNPS")
    if p in ("you", "your", "yours"):
        return False
    if p in ("we", "our", "us"):
        p = "they"
    elif p in ("i", "my", "me"):
        p = "he"
    if p in L.SINGULAR_THING_PRONOUNS:
        return not person and not plural
    if p in L.PERSON_PRONOUNS:
        return not plural and noun.ent_type_ not in ("ORG", "GPE", "NORP", "LOC")
    if p in L.PLURAL_PRONOUNS:
        return plural or noun.ent_type_ in ("ORG", "NORP", "GPE")
    return True
