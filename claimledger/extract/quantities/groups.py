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

- an amount as the subject of an active verb: "9p will go to a charity appeal", "16% said
  none of their cards had been replaced", "another 18% came from bank fraud": it measures what
  the verb says of it, the share that said or did that (``active_event``).

- money as the object of a verb whose subject holds or pays it, not what it is spent on:
  "He pledged £105m for security" (what it is for), "sold the car for £800" (what was sold),
  "was fined £15,000" (the verb) (``object_event``).

All are fallbacks, read only when the subject, object and of-phrase readings found nothing.
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


#: the longest verb phrase kept as what an amount as subject measures (tokens)
_MAX_EVENT = 10


def active_event(top: Token, inside: range, share: bool) -> Optional[Span]:
    """"9p will go to a tsunami charity appeal" → "go to a tsunami charity appeal", "16% said
    none of their cards had been replaced" → that clause with its verb: an amount as the
    subject of an active verb, other than "be" and "have", measures what the verb says of it.
    The verb's complement (object, particle, prepositional phrase, or for a share
    (``share``) the clause it said) must follow it closely and hold no other number; a verb of
    speech is read only for a share, which is then the share of people who said it."""
    verb = top.head
    if top.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < top.i or verb.tag_ == "VBG" \
            or verb.lemma_.lower() in ("be", "have"):  # (not "with 12% coming from ...": carried)
        return None
    speech = verb.lemma_.lower() in L.SPEAKER_VERBS
    if speech and not share:
        return None  # "$2m, the firm said": what it measures is not in the verb
    deps = ("ccomp", "dobj", "prt", "xcomp") if speech else ("dobj", "prt", "prep", "dative", "xcomp", "acomp")
    if share:
        deps += ("ccomp",)  # "47% believe she should have no title"
    doc = verb.doc
    hi = verb.i
    for ch in sorted(verb.children, key=lambda t: t.i):
        if ch.i <= verb.i:
            continue
        if ch.dep_ not in deps or ch.left_edge.i > hi + 2:
            break
        words = list(ch.subtree)
        if ch.right_edge.i - verb.i > _MAX_EVENT or any(t.like_num or t.i in inside for t in words):
            if ch.dep_ == "ccomp":
                hi = _clause_core(ch, verb, inside) or hi  # "40% think she should become queen as ..."
            break
        hi = ch.right_edge.i
    if hi == verb.i:
        return None
    while doc[hi].is_punct or doc[hi].dep_ == "cc":
        hi -= 1  # "said Mr Blair was a good prime minister [and]"
    lo = min([verb.i] + [ch.i for ch in verb.children if ch.dep_ == "neg" and top.i < ch.i < verb.i])
    if lo < verb.i:  # "25% did not know how they would vote": the negation with its auxiliary
        lo = min([lo] + [ch.i for ch in verb.children if ch.dep_ == "aux" and top.i < ch.i < lo])
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _clause_core(clause: Token, verb: Token, inside: range) -> Optional[int]:
    """Where the core of a said clause ends: its subject, verb and complement, without the
    adverbial clauses after them ("she should become queen" of "she should become queen as
    planned after Charles becomes king"); None when even the core is too long or holds a number."""
    hi = clause.i
    for ch in sorted(clause.children, key=lambda t: t.i):
        if ch.i > clause.i and ch.dep_ in ("dobj", "attr", "acomp", "oprd", "prt", "neg", "xcomp"):
            hi = max(hi, ch.right_edge.i)
        elif ch.i > clause.i:
            break
    words = verb.doc[clause.left_edge.i:hi + 1]
    if hi - verb.i > _MAX_EVENT or any(t.like_num or t.i in inside for t in words):
        return None
    return hi


def object_event(top: Token, inside: range) -> Optional[Span]:
    """Money as the object of a verb (or of "up to", "between" on it) whose subject is who pays,
    earns or holds it: "he pledged £105m for security" → "security", "sold my car for £800" →
    "my car", "was fined up to £5,000" → "fined", "took in £63,081" → "took in".  Not a verb of
    speech ("promised", "reported"), "be" nor "have"."""
    tok = top
    if tok.dep_ == "pobj" and (tok.head.lower_ in L.MONEY_BOUND_PREPS and tok.head.dep_ in ("prep", "advmod", "prt")
                               or tok.head.lower_ == "for" and tok.head.dep_ == "prep"):
        tok = tok.head
    verb = tok.head
    if verb.pos_ != "VERB" or verb.i == tok.i or verb.lemma_.lower() in ("be", "have"):
        return None
    speech = verb.lemma_.lower() in L.SPEAKER_VERBS  # "announced £419m for core expenditure":
    # only what it is for says what it measures
    doc = verb.doc
    if tok.dep_ == "prep" and tok.lower_ == "for" and tok.i > verb.i and not speech:  # a price
        obj = next((ch for ch in verb.children if ch.dep_ == "dobj" and ch.pos_ == "NOUN"
                    and ch.i < tok.i and ch.i not in inside), None)
        return _np_words(obj, inside) if obj is not None else None
    if tok.dep_ not in ("dobj", "prep", "prt"):
        return None
    for ch in [*verb.children, *top.children]:  # what it is for: "pledged £105m for security"
        if ch.dep_ == "prep" and ch.lower_ in L.MONEY_PURPOSE_PREPS and ch.i > max(inside) \
                and ch.i - max(inside) <= 2:
            obj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in L.TIME_NOUNS \
                    and obj.ent_type_ not in ("DATE", "TIME") and obj.lower_ not in L.MONEY_FORM_NOUNS:
                found = _np_words(obj, inside)
                if found is not None:
                    return found
    if speech or verb.lemma_.lower() in L.MONEY_LEVEL_VERBS or any(ch.dep_ == "nsubj" and ch.lower_ in L.UNIT_WORDS for ch in verb.children):
        return None  # (not "the dollar reached $1.28": a rate, read elsewhere)
    hi = verb.i  # else the verb with its particle ("took in", "paid back")
    prt = next((ch for ch in verb.children if ch.dep_ == "prt" and ch.i == verb.i + 1), None)
    if prt is not None and prt.lower_ not in L.MONEY_BOUND_PREPS:  # (not "made over $60m")
        hi = prt.i
    return verb.idx, doc[hi].idx + len(doc[hi].text)


def _np_words(obj: Token, inside: range) -> Optional[Span]:
    """``obj`` with its modifiers before it (at most six words, no number, nothing of the
    amount): "a weekly column", "my Jedi account"."""
    words = list(obj.doc[obj.left_edge.i:obj.i + 1])
    if len(words) > 6 or any(t.like_num or t.i in inside for t in words):
        return None
    while words and words[0].pos_ == "DET" and words[0] is not obj:
        words = words[1:]
    return words[0].idx, obj.idx + len(obj.text)
