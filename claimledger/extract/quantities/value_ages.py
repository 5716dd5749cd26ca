"""A bare whole number said of a person with "be" or "turn" is an age: "He was 95.", "when I
was 16", "his daughter Maria, who was 10", "He will be 35 by the end of the year", "before he
turns 35".

Read alone it is a count of nothing that no claim can use; NewsQuant counts it as "year of
age".  Over the news corpus the pattern (a personal pronoun, or "who" after a name, with a form
of "be" or "turn" and a bare number of at most three digits) occurs 28 times: 24 are ages, the
rest are a weight ("I was 91kg", which has a unit), scores ("we were only 8-6 ahead", which are
joined by a dash) and a sum of money after "they" (which is no person): each of those is kept
out below.  Over a wider pattern (101 sentences, spelt numbers too) 60 bare numbers become ages,
all ages by eye; "he is one of the leaders" is left to the reading of "one".
"""
from __future__ import annotations

from spacy.tokens import Token

from claimledger.lexicon.attribution import FIRST_PERSON, PERSON_PRONOUNS, SECOND_PERSON

#: the verbs that state an age of their subject
_AGE_VERBS = frozenset(("be", "turn"))
#: the subjects that are one person
_PERSON_SUBJECTS = (PERSON_PRONOUNS | FIRST_PERSON | SECOND_PERSON) - {"him", "her", "me", "myself"}
_MAX_AGE = 125


def said_age(tok0: Token, tok1: Token, value: float, surface: str) -> bool:
    """Whether the bare number on ``tok0``..``tok1`` (its value and text) is a person's age."""
    if not (float(value).is_integer() and 0 < value < _MAX_AGE) or tok0.i != tok1.i:
        return False
    if any(ch.isdigit() for ch in surface) and not surface.isdigit():
        return False  # "20.2", "1,000"
    doc = tok1.doc
    nxt = doc[tok1.i + 1] if tok1.i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.text in ("-", "–", "%", "/")
                            or nxt.lower_ == "of"):
        return False  # "was 12 points", "8-6 ahead", "one of the leaders": something else is counted
    verb = tok1.head
    if tok1.dep_ not in ("attr", "acomp", "dobj", "npadvmod", "oprd") or verb.lemma_.lower() not in _AGE_VERBS:
        return False
    subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in _PERSON_SUBJECTS:
        return True
    return subj.lower_ == "who" and verb.dep_ == "relcl"  # "who" is said of people
