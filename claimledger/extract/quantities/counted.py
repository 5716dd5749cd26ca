"""The thing a number counts: "200 makeshift homes", "hundreds of people", "1,000 of the
fighters" — a span of the text, found from the parse around the number.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.quantities import patterns as P
from claimledger.extract.tree import ancestors, children
from claimledger.lexicon import quantities as L


def token_at(doc: Doc, starts: list[int], pos: int) -> Optional[Token]:
    """The token covering character ``pos`` (binary search over token starts)."""
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return None
    return doc[i]


def counted_span(doc: Doc, starts: list[int], end: int, tok1: Token) -> Optional[tuple[int, int]]:
    """The counted thing's span: the noun the number modifies, with its modifiers ("200
    makeshift homes"), or the object of "of" ("hundreds of people", "1,000 of the fighters")."""
    last = token_at(doc, starts, end - 1) or tok1
    if last is None:
        return None
    glued = hyphen_counted(doc, last)
    if glued is not None:  # "a 40-storey tower" counts storeys, not "storey tower"
        return glued.idx, glued.idx + len(glued.text)
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    span = _counted_by_parse(doc, tok1, last) if tok1 is not None and tok1.i < last.i else None
    if span is not None:
        return span
    if nxt is not None and nxt.text.lower() == "of":
        pobj = [t for t in nxt.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
        if pobj and pobj[0].i - nxt.i <= 8 and not any(
                t.is_punct for t in doc[nxt.i + 1: pobj[0].i]):
            first = _first_content(doc, _past_whole(doc, nxt.i + 1, pobj[0].i), pobj[0].i)
            return (first.idx, pobj[0].idx + len(pobj[0].text))
        for t in doc[nxt.i + 1: nxt.i + 8]:
            if t.pos_ == "PRON" and t.tag_ != "PRP$":
                return None
            if t.pos_ in ("NOUN", "PROPN") and (t.dep_ != "compound" or t.head.i == t.i):
                head = t if t.dep_ != "compound" else t
                while head.dep_ == "compound" and head.head.i > head.i:
                    head = head.head
                first = _first_content(doc, nxt.i + 1, head.i)
                return (first.idx, head.idx + len(head.text))
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                return None
        return None
    return _counted_by_parse(doc, last, last)


def hyphen_counted(doc: Doc, last: Token) -> Optional[Token]:
    """The noun glued to a number by a hyphen when the pair modifies a noun after it: "a
    40-storey tower", "the 15-member council", "the 27-nation bloc", "a four-match ban".  The
    number counts that noun (storeys, members); the noun after is what has them, and is what
    the amount measures (``measured``).  Read on the news corpus, about 150 such counts took
    the whole "storey tower" as the counted thing and the clause's subject as the measured one."""
    i = last.i
    if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].text not in ("-", "–") or doc[i + 1].whitespace_:
        return None
    noun = doc[i + 2]
    if noun.tag_ != "NN" or not noun.is_alpha or not noun.is_lower or len(noun.text) < 3 \
            or noun.lower_ in L.UNIT_WORDS or noun.lower_ in L.SCALE_WORDS \
            or noun.text in L.SCALE_SUFFIXES or noun.lower_ in L.HYPHEN_NOT_COUNTED:
        return None  # (not a filing's name, "10-K report", nor "one-mln bit chips", "one-time")
    head = noun.head
    return noun if head.i > noun.i and head.pos_ in ("NOUN", "PROPN") and noun.dep_ in (
        "compound", "amod", "nmod", "npadvmod") else None


def _counted_by_parse(doc: Doc, tok: Token, last: Token) -> Optional[tuple[int, int]]:
    """The noun a number token modifies, with everything between them, if that is a plain
    noun phrase (no other numbers, no punctuation but hyphens)."""
    head = tok
    for _ in range(3):
        if head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") \
                and head.head.i > head.i and head.head.i - last.i <= 6:
            head = head.head
            if head.pos_ in ("NOUN", "PROPN") and head.dep_ != "compound":
                break
        else:
            break
    if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
        head = _plural_noun_after(doc, last)
        if head is None:
            return None
    if head.i <= last.i or any(t.is_punct and t.text not in "-–" or _numeral(t)
                               for t in doc[last.i + 1: head.i + 1]):
        return None
    if head.text.lower() in L.MONTHS or head.text.lower() in L.WEEKDAYS:
        return None
    first = _first_content(doc, last.i + 1, head.i)
    return (first.idx, head.idx + len(head.text))


def _plural_noun_after(doc: Doc, last: Token) -> Optional[Token]:
    """Positional fallback when the parse does not link number and noun ("2.4m physical copies"):
    the first plural noun after a run of adjectives and noun modifiers."""
    for t in doc[last.i + 1: last.i + 5]:
        if t.pos_ == "NOUN" and t.tag_ in P.PLURAL_TAGS:
            while t.dep_ == "compound" and t.head.i > t.i and t.head.i - t.i <= 3:
                t = t.head
            return t
        if not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ in ("VBN", "VBG") or t.text == "-"
                or t.pos_ == "ADV" and t.text.endswith("ly")):  # "20 decently sized plants"
            return None
    return None


def _numeral(t: Token) -> bool:
    """A number in the noun phrase ends it; an ordinal ("14 first-team players") does not."""
    low = t.text.lower()
    return any(ch.isdigit() for ch in t.text) or low in L.NUMBER_WORDS or low in L.SCALE_WORDS


def implied_counted(doc: Doc, tok: Token) -> Optional[str]:
    """What a bare count counts when the noun is left out: "At least seven died", "killed
    twelve and injured 110", "190 were dead" count people; "the death toll rose to 45" counts
    deaths.  Read from the verb the number is subject or object of (word lists in the lexicon)."""
    head, dep = tok.head, tok.dep_
    if dep in ("conj", "appos") and head.i != tok.i:
        if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            head, dep = head.head, head.dep_
    if dep in ("nsubj", "nsubjpass"):
        verb = head
        if verb.lemma_.lower() in L.PEOPLE_SUBJECT_VERBS:
            return "people"
        for ch in verb.children:  # "190 were dead", "45 were aboard", "four were in hospital"
            if ch.dep_ in ("acomp", "advmod", "attr", "prep", "oprd") \
                    and ch.text.lower() in L.PEOPLE_STATES and ch.i > tok.i:
                return "people"
    elif dep == "dobj" and head.lemma_.lower() in L.PEOPLE_OBJECT_VERBS:
        return "people"
    for anc in ancestors(tok, 3):
        if anc.lemma_.lower() == "toll" or any(
                ch.dep_ in ("nsubj", "nsubjpass") and ch.lemma_.lower() == "toll" for ch in children(anc)):
            return "deaths"
    return None


def _past_whole(doc: Doc, i: int, j: int) -> int:
    """Where the counted words start in a part of a whole ("300 of the 1,200 workers", "30,000
    of Brazil's 40,000 seamen"): after the whole's number and its owner, which are a quantity
    and an owner of their own; the part counts "workers", "seamen"."""
    cut = max((k for k in range(i, j) if _numeral(doc[k]) or doc[k].tag_ == "POS"), default=None)
    return cut + 1 if cut is not None else i


def _first_content(doc: Doc, i: int, j: int) -> Token:
    while i < j and (doc[i].pos_ in ("DET", "PUNCT", "ADP") or doc[i].tag_ == "PRP$"
                     or doc[i].text.lower() in ("more", "other", "additional", "extra")):
        i += 1
    return doc[i]
