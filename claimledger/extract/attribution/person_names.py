"""Personal names inside a speaker phrase the small model mislabelled: a name after a rank or
title ('Col. Ana Brook'), two to four capitalised words beside a role ('Jasim Uddin, a
spokesperson for …'), and the rank words before a name."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from claimledger.lexicon import attribution as lex


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _title_words(doc: Doc, start: int) -> list[Token]:
    """Rank or office words right before a name: 'Army Col.', 'Prime minister', 'archbishop'.

    A run of title words counts from its first capitalised word; a lower-case run counts only
    when its words are ranks that are never mere functions ('archbishop', not 'minister')."""
    run: list[Token] = []
    i = start - 1
    while i >= 0:
        w = doc[i]
        if w.text == "." and i > 0 and doc[i - 1].lower_ + "." in lex.TITLE_WORDS:
            run.insert(0, w)
        elif w.lower_ in lex.TITLE_WORDS and w.pos_ in ("PROPN", "NOUN", "ADJ") or (
                w.text[:1].isupper() and w.lower_ in lex.TITLE_WORDS):
            run.insert(0, w)
        else:
            break
        i -= 1
    caps = [k for k, w in enumerate(run) if w.text[:1].isupper()]
    if caps:
        return run[caps[0]:]
    tail: list[Token] = []
    for w in reversed(run):
        if w.lower_ not in lex.LOWERCASE_TITLES:
            break
        tail.insert(0, w)
    return tail


def _person_like(head: Token, phrase: list[Token]) -> Optional[Span]:
    """A personal name the small model tagged as an organisation ('Jasim Uddin, a spokesperson
    for …', 'Sea-Eye spokesperson Carlotta Weibl'): two to four capitalised words heading a
    phrase that also gives a role or a title.  Without the role or title it stays a body."""
    doc = head.doc
    k = head.i
    while k > 0 and doc[k - 1].dep_ == "compound" and doc[k - 1].head.i in range(k, head.i + 1) \
            and doc[k - 1].pos_ == "PROPN" and doc[k - 1].lower_ not in lex.TITLE_WORDS:
        k -= 1
    words = doc[k:head.i + 1]
    if not 2 <= len(words) <= 4 or any(not (w.text[:1].isupper() and w.text.isalpha()) or w.lower_ in lex.ORG_NAME_WORDS
                                      or w.lower_ in lex.ROLE_WORDS for w in words):
        return None
    described = any(w.i not in range(k, head.i + 1) and w.pos_ in ("NOUN", "PROPN") and w.tag_ not in ("NNS", "NNPS")
                    and (_lemma(w) in lex.ROLE_WORDS or w.lower_ in lex.ROLE_WORDS) for w in phrase) \
        or bool(_title_words(doc, k))
    return words if described else None


def _titled_apposition(phrase: list[Token]) -> Optional[Span]:
    """A name in apposition inside the speaker phrase written after a rank or title ('…, Col. Ana
    Brook,'): a person, whatever label the small model gave it.  Returns the name without the title."""
    doc = phrase[0].doc
    for w in phrase:
        if w.dep_ != "appos" or w.pos_ != "PROPN":
            continue
        start = w.left_edge.i
        while start < w.i and (doc[start].lower_ in lex.TITLE_WORDS or doc[start].lower_ + "." in lex.TITLE_WORDS
                               or doc[start].text == "."):
            start += 1
        if start > w.left_edge.i and 1 <= w.i + 1 - start <= 4:
            return doc[start:w.i + 1]
    return None
