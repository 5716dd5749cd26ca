"""What an amount measures when the parse gives it no subject, object or of-phrase that says
so, but the sentence does in two regular ways seen on the news corpus:

- a share written as a subject, with the group it is a share of set before it: "Of the 2.8
  million who voted, 85% were in favour", "Among women serving in state legislatures, about
  70 percent belong to the Democratic party", "Among adults, it was 89%", or after it as "of
  those polled": the share measures that group;
- a figure in brackets right after a name, a stat line: "G Hunter Maldonado (15.3 ppg, 7.4
  rpg)", "Tesla (up 3%)": the figure measures the name;
- an amount as the subject of a passive verb: "£3.7bn will be spent on new schools", "$2m was
  raised for the hospital": it measures the event with its purpose ("spent on new schools").

Both are fallbacks, read only when the subject, object and of-phrase readings found nothing.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from claimledger.lexicon import quantities as L

Span = tuple[int, int]

#: the longest group phrase kept (tokens): longer ones are clauses, not a group's name
_MAX_GROUP = 14


def share_group(top: Token, first: Token, inside: range) -> Optional[Span]:
    """The group a share is of: a sentence-opening "of"/"among" phrase on the share's clause
    ("Of the 2.8 million who voted, 85% ..."), or "of those polled" after it."""
    for ch in top.children:  # "70% of those polled": "those" with its clause
        if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i > top.i:
            obj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in L.SHARE_GROUP_PRONOUNS and obj.n_rights:
                return _phrase(obj, inside)
    tok = top
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        if tok.dep_ not in ("nsubj", "nsubjpass", "attr", "conj", "appos", "npadvmod", "dobj"):
            return None
        tok = tok.head
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ in L.SHARE_GROUP_PREPS and ch.i < first.i \
                    and ch.i - first.sent.start <= 1:
                obj = next((p for p in ch.children if p.dep_ == "pobj"), None)
                if obj is not None and obj.i not in inside:
                    return _phrase(obj, inside)
        if tok.pos_ in ("VERB", "AUX"):
            break
    return None


def bracketed_name(first: Token, inside: range) -> Optional[Span]:
    """The name right before the bracket a figure stands in ("G Hunter Maldonado (15.3 ppg,
    7.4 rpg)"), when nothing in the bracket before the figure is a word: a restatement
    ("14 feet (four metres)") follows an amount, not a name."""
    doc = first.doc
    i = first.i - 1
    while i >= first.sent.start and doc[i].text != "(":
        if doc[i].text == ")" or doc[i].is_alpha and not doc[i].like_num \
                and not doc[i - 1].like_num and doc[i].lower_ not in L.BRACKET_FILLERS:
            return None  # a word that is no unit of a figure before it
        i -= 1
    if i <= first.sent.start or doc[i].text != "(":
        return None
    name = doc[i - 1]
    if name.pos_ != "PROPN" or name.like_num or name.i in inside:
        return None
    lo = name.i
    while lo - 1 >= first.sent.start and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in range(lo, name.i + 1):
        lo -= 1
    return doc[lo].idx, name.idx + len(name.text)


def passive_event(top: Token, inside: range) -> Optional[Span]:
    """"£3.7bn will be spent on new schools" → "spent on new schools": the passive verb with
    a short prepositional phrase after it that holds no other number (not a verb of speech:
    "$2m was reported" says nothing of what it measures)."""
    verb = top.head
    if top.dep_ != "nsubjpass" or verb.pos_ != "VERB" or verb.i < top.i \
            or verb.lemma_.lower() in L.SPEAKER_VERBS:
        return None
    doc = verb.doc
    hi = verb.i
    for ch in verb.children:
        if ch.i > verb.i and ch.dep_ in ("prep", "prt") and ch.i == hi + 1 \
                and ch.right_edge.i - ch.i <= 5 and not any(t.like_num or t.i in inside for t in ch.subtree):
            hi = ch.right_edge.i
    return verb.idx, doc[hi].idx + len(doc[hi].text)


def _phrase(obj: Token, inside: range) -> Optional[Span]:
    """The group phrase of ``obj``, its subtree without a leading determiner or the comma
    that closes it, when it is short and holds nothing of the share itself."""
    words = [t for t in obj.subtree]
    if any(t.i in inside for t in words) or len(words) > _MAX_GROUP:
        return None
    while words and (words[0].pos_ == "DET" and words[0] is not obj or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)
