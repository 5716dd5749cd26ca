"""Questions reported without their asker: "Asked about the merger, she defended …", "… he said
when asked whether he would run".

PolNeAR credits the question to no one (the interviewer is not named) and the answer to the
speaker.  Which verbs report so is read from the derived cue lexicon (``derived_cues.CUES.unsourced``:
verbs with a no-source frame in train), not listed by hand; today that is "ask".  The same verb
with a subject reports the question as its content, not its listener ("asked Sanders whether …").
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.attribution.content import clause_span, trim
from claimledger.extract.attribution.speakers import _lemma
from claimledger.lexicon import derived_cues as derived

#: what opens a reported question: a subordinator ("if", "whether") or a wh-word
_QUESTION_MARKS = ("if", "whether")


def question_clause(cue: Token) -> Optional[Token]:
    """The clause of a question hung on ``cue``: 'asked Sanders whether he would run' (the parser
    makes it an adverbial clause or a complement), else None."""
    if _lemma(cue) not in derived.CUES.unsourced:
        return None
    for c in cue.rights:
        if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS or
                                                 m.tag_ in ("WDT", "WP", "WRB") and m.i < c.i for m in c.children):
            return c
    return None


def unsourced_question(cue: Token) -> Optional[tuple[int, int]]:
    """The question of a subjectless participle ('Asked about X, …', 'when asked why …') or of a
    passive without an agent ('the governor was asked whether …'): its clause, or the object of
    its 'about'; None when ``cue`` has a subject or is no such verb."""
    if _lemma(cue) not in derived.CUES.unsourced or cue.tag_ != "VBN":
        return None
    # "she was asked whether …": a passive with no one asking names the listener, not the asker
    # (PolNeAR train: +13 matched, +4 unmatched)
    passive = any(c.dep_ == "auxpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children)
    if not passive and (cue.dep_ not in ("advcl", "ROOT")
                        or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in cue.children)):
        return None
    clause = question_clause(cue)
    if clause is not None:
        return trim(cue.doc, *clause_span(clause, cue))
    about = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    obj = next((o for o in about.children if o.dep_ in ("pobj", "pcomp")), None) if about is not None else None
    if obj is None:
        return None
    return trim(cue.doc, about.idx, clause_span(obj, cue)[1])


def in_direct_question(doc: Doc, start: int) -> bool:
    """Whether the character ``start`` is inside a sentence that asks ("What is one key issue in
    your seat?", an interviewer's question): a question claims nothing, so its numbers are no
    claims.  A question quoted inside a statement ('"Why 5?" he asked.') is a statement's
    sentence, which ends otherwise, and is not caught here."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = [t for t in span[0].sent if not (t.is_punct and t.text in _CLOSERS) and not t.is_space]
    return bool(words) and words[-1].text == "?"


#: what may close a sentence after its question mark
_CLOSERS = ('"', "'", "”", "’", ")")
