"""Cues and their speakers: which words report speech, and who is their subject.

A cue is a reporting verb from ``lexicon.attribution.CUE_VERBS`` (or "according to"); its
speaker is the verb's subject, or, where the parser lost it, the name the sentence sets before
the verb (see :func:`subject_of`).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.attribution.speaker_subjects import climbed_subject
from claimledger.extract.attribution.speakers import _can_speak, _lemma
from claimledger.extract.quotes import quote_spans
from claimledger.extract.attribution.verb_cues import frame_cue
from claimledger.extract.tree import ents_between, per_parse, sentence_of, text_of
from claimledger.lexicon import attribution as lex
from claimledger.lexicon import derived_cues as derived

#: complement relations through which a framed cue (``derived.CUES.framed``) may report
CLAUSAL_RELS = frozenset({"ccomp", "xcomp"})


def is_cue(t: Token) -> bool:
    """A reporting word: a hand-listed or trusted derived verb, a framed derived verb with the
    complement it reports through in train, a verb + particle cue, "according to", or a verb in
    a frame train found precise (``verb_cues.frame_cue``: "supports the plan", "voted for X")."""
    return is_base_cue(t) or frame_cue(t) is not None


def is_base_cue(t: Token) -> bool:
    """:func:`is_cue` without the verb-in-frame cues (what ``bench/polnear_verb_cues.py`` measures
    those against)."""
    if t.lower_ == "according":
        return any(c.lower_ == "to" for c in t.children)
    if t.pos_ not in ("VERB", "AUX"):
        return False
    lemma = _lemma(t)
    if lemma == "call":
        return _calls_something(t)
    if lemma in lex.CUE_VERBS or lemma in derived.CUES.trusted:
        return True
    if lemma in _PHRASAL_VERBS and listed_particles(t):
        return True
    rels = derived.CUES.framed.get(lemma)
    return rels is not None and any(c.dep_ in rels and c.dep_ in CLAUSAL_RELS for c in t.children)


#: verbs that head a phrasal cue, hand-listed or derived (a quick test before reading children)
_PHRASAL_VERBS = frozenset(v for v, _ in lex.PHRASAL_CUES) | frozenset(v for v, _ in derived.CUES.phrasal)


def hand_listed(t: Token) -> bool:
    """A cue of the hand-written lists (speech verbs, "according to", "call on"): reported speech
    as the Wikinews rules know it, as opposed to the derived tiers (beliefs, wishes, judging acts)."""
    lemma = _lemma(t)
    return lemma in lex.CUE_VERBS or lemma in ("according", "call") or any(
        (lemma, c.lower_) in lex.PHRASAL_CUES for c in t.children)


def is_framed_only(t: Token) -> bool:
    """A cue only through its frame: neither hand-listed nor trusted on the word alone."""
    return not hand_listed(t) and _lemma(t) not in derived.CUES.trusted


def phrasal_particles(t: Token) -> list[Token]:
    """The particles or prepositions that make ``t`` a phrasal cue ("called on", "talked about"),
    or the preposition of a verb-in-frame cue ("voted for", "focused on")."""
    listed = listed_particles(t)
    if listed or is_base_cue(t):
        return listed
    framed = frame_cue(t)
    return [framed[1]] if framed is not None and framed[0].startswith("p:") else []


def listed_particles(t: Token) -> list[Token]:
    """The particles or prepositions of the hand-written and derived phrasal cue lists."""
    lemma = _lemma(t)
    children = list(t.children)
    hand = [c for c in children if c.dep_ in ("prt", "prep") and (lemma, c.lower_) in lex.PHRASAL_CUES
            and not _dated(c)]
    derived_parts = [c for c in children if c.dep_ in ("prt", "prep") and (lemma, c.lower_) in derived.CUES.phrasal
                     and c not in hand]
    if not derived_parts:
        return hand
    # a verb that is a cue alone keeps its object as content ("criticized the council for …"):
    # a derived preposition joins it only right after the verb, with no object between, and not
    # before a date ("talked about the plan", not "called a meeting on Friday")
    objected = any(c.dep_ == "dobj" for c in children)
    alone = (lemma in lex.CUE_VERBS or lemma in derived.CUES.trusted) and (
        objected or any(c.dep_ == "ccomp" for c in children))
    return hand + [c for c in derived_parts
                   if c.dep_ == "prt" or not alone and c.i == t.i + 1 and not objected
                   and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)]


def content_rels(t: Token) -> frozenset[str]:
    """The complement relations a cue reports through in train (its derived frames, and the
    frame of a verb-in-frame cue)."""
    row = derived.CUES.rows.get(_lemma(t))
    rels = frozenset() if row is None else frozenset(
        c for s, c, share in row.frames if share >= derived.MIN_FRAME_SHARE)
    framed = frame_cue(t) if not is_base_cue(t) else None
    if framed is not None and framed[0] in _FRAME_RELS:
        rels |= {_FRAME_RELS[framed[0]]}
    return rels


#: the complement relation a verb-in-frame cue's content is read through
_FRAME_RELS = {"dobj": "dobj", "to": "xcomp", "that": "ccomp", "whether": "ccomp", "ccomp": "ccomp"}


def _dated(prep: Token) -> bool:
    """'on Tuesday': a preposition before a date or time is the cue's time, not its particle."""
    return prep.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _calls_something(t: Token) -> bool:
    """'call' reports only as a phrasal cue ('called on X to …', and the derived 'called for a
    ban', 'called out the mayor') or as 'called it X' / 'called it as X', not 'called the police'
    or 'called a meeting'.  The derived phrasal pairs were read here only for verbs other than
    'call' until now: +42 matched, +20 unmatched on PolNeAR train."""
    if listed_particles(t):
        return True
    return any((_lemma(t), c.lower_) in lex.PHRASAL_CUES and c.dep_ in ("prt", "prep") and not _dated(c)
               for c in t.children) or (
        any(c.dep_ == "dobj" for c in t.children)
        and any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in t.children if c.i > t.i))


def _doc_quotes(doc: Doc) -> list[tuple[int, int]]:
    """:func:`quote_spans` of the parsed text, found once per parse (rules ask per cue)."""
    return per_parse(doc, "quotes", lambda d: quote_spans(text_of(d)))


def subject_of(cue: Token) -> Optional[Token]:
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    # two subjects where the parser lost a clause boundary ("Millions dwell …, and … activists
    # claimed"): the first that can speak
    subj = next((c for c in subjects if _can_speak(c)), subjects[0]) if subjects else None
    if subj is None:
        subj = trailing_appositive(cue)
    if subj is None and coordinated_cue(cue):
        subj = subject_of(cue.head.head)  # "X said A and said B": the first cue's speaker
    if subj is None and cue.dep_ in ("conj", "xcomp", "advcl") and cue.head.pos_ in ("VERB", "AUX") \
            and not _imperative(cue):
        subj = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)  # "… and added"
        if subj is None and cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i < cue.head.i:
            subj = _misparsed_subject(cue.head)  # "Calling it X, Jo Li of Y told …"
    if subj is None and cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") and cue.head.i < cue.i:
        # "…, calling them X and vowing to …": the speaker of the verb it is coordinated with,
        # wherever that verb found it (PolNeAR train: +37 matched, +17 unmatched)
        subj = subject_of(cue.head)
    if subj is None:
        subj = _governing_subject(cue)
    if subj is None:
        subj = _participle_noun(cue)
    if subj is None and with_absolute(cue):
        subj = cue.head  # "…, with officials reporting 40 dead"
    if subj is None:
        subj = _misparsed_subject(cue)
    if subj is None:
        subj = climbed_subject(cue, is_cue)  # "… and took it in stride, saying …" (speaker_subjects.py)
    if subj is None:
        return None
    if quoted_as_saying(cue) is not None:
        return subj  # "the minister was quoted as saying": the subject is the speaker
    if subj.lower_ in lex.REFLEXIVES:  # "In the filing itself Ford wrote": the name apposed
        subj = next((c for c in subj.children if c.dep_ == "appos"), None)
        if subj is None:
            return None
    if cue.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in cue.children):
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        if agent is None:
            return None  # "he was told": the subject is the listener
        subj = next((c for c in agent.children if c.dep_ == "pobj"), subj)
    return subj


def _participle_noun(cue: Token) -> Optional[Token]:
    """'voters saying they want …', 'an ad featuring people telling …': a participle cue on a noun
    that can speak; the noun is the speaker (PolNeAR train: +47 matched, +27 unmatched; the
    noun must be able to speak, so 'a letter saying' is left to the rules for documents)."""
    head = cue.head
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN", "PRON") and head.i < cue.i \
            and _can_speak(head):
        return head
    return None


def _governing_subject(cue: Token) -> Optional[Token]:
    """The speaker of a participle cue hung below another verb: 'after saying …', 'by calling …'
    (the cue under a preposition of the verb), 'released a statement saying …' (the cue on the
    verb's object): the subject of that verb."""
    head = cue.head
    if cue.dep_ == "pcomp" and head.dep_ == "prep":
        verb = head.head
    elif cue.dep_ == "acl" and cue.tag_ == "VBG" and head.dep_ == "dobj" and head.i < cue.i:
        verb = head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _imperative(cue: Token) -> bool:
    """A bare verb with no 'to' ("the song Please don't say goodbye was banned"): no subject to
    borrow.  An infinitive of purpose borrows its verb's ("she went on television to say that …":
    +47 matched, +33 unmatched on PolNeAR train against taking every bare VB for an imperative)."""
    return cue.dep_ == "advcl" and cue.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def coordinated_cue(cue: Token) -> bool:
    """'The mayor said the bridge would reopen and said the tunnel would close': a second cue with
    no subject that the parser coordinated with the first cue's reported clause instead of with the
    cue.  It is a statement of its own, by the first cue's speaker, and not part of the first
    content."""
    head = cue.head
    return (cue.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i < cue.i and is_cue(cue)
            and not is_framed_only(cue) and is_cue(head.head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children))


def trailing_appositive(cue: Token) -> Optional[Token]:
    """'…, the head of Iraqi military intelligence, Maj. Gen. Saad al-Allaq, said on Wednesday':
    a cue without a subject right after a comma, where the parser hung the speaker's phrase on a
    noun of the reported clause as an apposition.  Returns the head of that phrase (the first
    apposition of the chain that ends at the comma)."""
    doc, sent = cue.doc, sentence_of(cue)
    k = cue.i - 1
    if k <= sent.start or doc[k].text != "," or cue.dep_ not in ("advcl", "conj", "parataxis", "ccomp") \
            or cue.head.i > cue.i:
        return None
    ending = [a for a in doc[sent.start:k] if a.dep_ == "appos" and a.head.i < a.i and a.right_edge.i >= k - 1
              and a.right_edge.i <= k]
    if not ending:
        return None
    head = min(ending, key=lambda a: a.i)
    while head.head.dep_ == "appos" and head.head.i < head.i and head.head.right_edge.i >= k - 1:
        head = head.head
    return head if _can_speak(head) or head.ent_type_ == "PERSON" else None


def quoted_as_saying(cue: Token) -> Optional[Token]:
    """'X was quoted as saying …': the 'saying' of a passive 'quoted' cue, else None."""
    if _lemma(cue) != "quote":
        return None
    return next((p for a in cue.children if a.dep_ == "prep" and a.lower_ == "as"
                 for p in a.children if p.dep_ == "pcomp" and _lemma(p) == "say"), None)


def _misparsed_subject(verb: Token) -> Optional[Token]:
    """The speaker of a finite cue the parser left without a subject: the cue split from its
    auxiliary by a parenthetical ('The ministry has, in a statement, called on …'), or a name
    hung elsewhere right before the cue ('On Friday Acme Corp announced …', where the name became
    the date's object; 'Calling it X, Jo Li of Y, a charity, told …', an apposition of the quote).
    Only words without a verb may stand between that name and the cue."""
    doc, sent = verb.doc, sentence_of(verb)
    if verb.tag_ == "VBN":
        k = verb.i - 1
        if k <= sent.start or doc[k].text != ",":
            return None
        j = k - 1
        while j > sent.start and doc[j].text != "," and k - j <= 10:
            j -= 1
        if doc[j].text == "," and j - 1 >= sent.start and doc[j - 1].lemma_.lower() == "have":
            return next((c for c in doc[j - 1].children if c.dep_ == "nsubj"), None)
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    cands = [e for e in ents_between(doc, sent.start, verb.i) if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
    persons = [e for e in cands if e.label_ == "PERSON"]
    quoted = _doc_quotes(doc)  # a quoted name ("Have no fear") may hold a verb
    for e in reversed(persons or cands):
        between = doc[e.end:verb.i]
        if any(w.pos_ in ("VERB", "AUX") and not any(s <= w.idx < e_ for s, e_ in quoted) for w in between) \
                or len(between) > 14:
            return None
        if e.root.dep_ == "pobj" and e.root.head.lower_ in ("of", "for", "at", "from", "with", "to", "by"):
            continue  # "Jo Li of Clean Rivers": the body, not the speaker
        return e.root
    return None


def with_absolute(cue: Token) -> bool:
    """'…, with officials reporting 40 dead': a participle cue on the noun after 'with'."""
    head = cue.head
    return (cue.dep_ == "acl" and cue.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") and head.i < cue.i
            and head.left_edge.i > 0 and cue.doc[head.left_edge.i - 1].lower_ == "with")


def split_clause(cue: Token) -> Optional[tuple[Token, Token]]:
    """'suggest a new part, which had failed before, was forcing the nose down': the parser
    split the reported clause into the cue's object (its subject) and a subjectless clause with
    a finite auxiliary (its predicate).  Returns both: the content spans them."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    pred = next((c for c in cue.children if c.dep_ in ("advcl", "conj") and c.i > obj.i and c.pos_ == "VERB"
                 and not any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children)
                 and any(x.dep_ in ("aux", "auxpass") and x.tag_ in ("VBD", "VBZ", "VBP", "MD") and x.i < c.i
                         for x in c.children)), None)
    return (obj, pred) if pred is not None and pred.left_edge.i > obj.i else None


def set_off(cue: Token, subj: Token) -> bool:
    """A speaker and cue set off by commas inside a clause: 'they had, his father says, paid …'
    (words before the first comma and after the second, the cue hung on a later verb)."""
    doc, sent = cue.doc, sentence_of(cue)
    left = subj.left_edge.i - 1
    return (cue.dep_ in ("parataxis", "advcl", "ccomp") and cue.head.i > cue.i and subj.i < cue.i
            and left > sent.start and doc[left].text == "," and cue.i + 2 < sent.end and doc[cue.i + 1].text == ","
            and cue.i - left <= 6 and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children))
