"""Whether a role's of-phrase names the body it speaks for ("head of Iraqi military
intelligence") or a function ("head of state"), and a body named after a person's name ("Jo Li
of the Harbour Trust"): helpers of ``speakers.title_role_org``, kept apart so that module stays
small.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from claimledger.extract.attribution.person_names import clean_name as _clean_name
from claimledger.extract.tree import MAX_EXACT_WIDTH, ents_between, text_of
from claimledger.lexicon import attribution as lex


def _bare_function(obj: Token) -> bool:
    """A singular common noun with no article or modifier after a role ("head of state", "chief
    of staff", "head of government"): what the role does, not a body it speaks for ("a
    spokesman for police" is a plural, "the head of the state" has its article)."""
    return obj.tag_ == "NN" and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in obj.children)


def _represents(role: Token, obj: Token) -> bool:
    """Whether ``role`` ("head", "commander", "spokesman") stands for the body its of-object
    names, whatever that body's noun: a role that speaks for a body, and an object with an
    article or a modifier ("the Pacific fleet", "Iraqi military intelligence"), not a bare
    function ("head of state", "chief of staff", "director of research")."""
    if role.lemma_.lower() not in lex.BODY_ROLES or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ in ("amod", "compound") for c in obj.children)


def _of_name_after(person: Span) -> Optional[str]:
    """'Jo Li of "Clean Rivers"', 'Jo Li of the Harbour Trust' where the parser hung the 'of' on
    another word: a quoted name or a named body right after 'of' after the name."""
    doc = person.doc
    k = person.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    if doc[k + 1].text in '"“':
        close = next((j for j in range(k + 2, min(k + 10, len(doc))) if doc[j].text in '"”'), None)
        return _clean_name(text_of(doc)[doc[k + 2].idx:doc[close - 1].idx + len(doc[close - 1])]) if close and close > k + 2 else None
    start = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    ent = next((e for e in ents_between(doc, start, start + MAX_EXACT_WIDTH) if e.start == start and e.label_ in ("ORG",)), None)
    return _clean_name(ent.text) if ent is not None else None
