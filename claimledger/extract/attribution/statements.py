"""Reported speech: who said what, through which channel, with which cue.

Rules over spaCy's dependency parse, in the tradition of the Gender Gap Tracker's quote
extractor and textacy's ``direct_quotations``: English coreference models are not installable
offline, so speakers outside the sentence ("he added", "Dillon said", "according to the
website") are resolved by :class:`SpeakerMemory`, which remembers every speaker and channel the
document named before.

All functions are pure: they take a parsed ``Doc`` of one segment (a paragraph) and the memory of
the document read so far, and return :class:`Statement` records with offsets into ``doc.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from claimledger.extract.attribution.speakers import (
    SpeakerMemory,
    _can_speak,
    _clean_name,
    _lemma,
    _text_of,
    channel_name,
    describe_speaker,
)
from claimledger.extract.attribution.speakers import np_tokens as _np_tokens
from claimledger.extract.quotes import quote_spans
from claimledger.extract.tree import (
    MAX_EXACT_WIDTH,
    ents_between,
    first_token_from,
    per_parse,
    sentence_of,
    sentences_between,
    subtree,
    text_of,
    tokens_between,
)
from claimledger.lexicon import attribution as lex
from claimledger.model import Source

__all__ = ["SpeakerMemory", "Statement", "describe_speaker", "find_statements", "headline_source", "quote_spans"]


@dataclass(frozen=True)
class Statement:
    """One reported statement inside a segment; offsets index the segment's ``doc.text``."""

    start: int
    end: int
    quote: str  # direct | indirect | mixed
    source: Optional[Source]
    cue: Optional[str] = None
    cue_span: Optional[tuple[int, int]] = None
    source_span: Optional[tuple[int, int]] = None
    via: tuple[str, ...] = ()
    cue_token: Optional[int] = None  # token index of the cue verb, for time attachment


# --------------------------------------------------------------------------- helpers

def _is_cue(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and (_lemma(t) in lex.CUE_VERBS or _lemma(t) == "call" and _calls_something(t)) or (
        t.lower_ == "according" and any(c.lower_ == "to" for c in t.children))


def _calls_something(t: Token) -> bool:
    """'call' reports only as 'called on X to …' or 'called it X' / 'called it as X', not 'called
    the police' or 'called a meeting'."""
    return any((_lemma(t), c.lower_) in lex.PHRASAL_CUES and c.dep_ in ("prt", "prep") for c in t.children) or (
        any(c.dep_ == "dobj" for c in t.children)
        and any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in t.children if c.i > t.i))


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Strip spaces, commas, the complementiser 'that' and quote marks from a content span."""
    text = text_of(doc)
    strip = " \t\n,;:—–-"
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip + ".":
        e -= 1
    m = re.match(r"(that|whether)\s+", text[s:e], re.I)
    if m:
        s += m.end()
    return s, e


def _subtree_span(t: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    skip = set()
    for x in exclude:
        skip.update(w.i for w in subtree(x))
    toks = [w for w in subtree(t) if w.i not in skip]
    return _span_chars(toks) if toks else (t.idx, t.idx + len(t))


# --------------------------------------------------------------------------- channels

def _looks_like_channel(t: Token) -> bool:
    """An outlet, agency or platform: a named organisation or an acronym in the phrase, a
    domain ('Military.com'), a known platform; not a person or 'reporters'."""
    np = _np_tokens(t)
    if _text_of(np).lower() in lex.GENERIC_LISTENERS or (t.ent_type_ == "PERSON" and t.i == np[-1].i and
                                                          not any(w.ent_type_ == "ORG" for w in np)):
        return False
    return any(w.ent_type_ == "ORG" and w.pos_ == "PROPN" or "." in w.text and w.pos_ == "PROPN"
               or w.lower_ in lex.KNOWN_CHANNELS or bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", w.text))
               or w.pos_ == "PROPN" and w.ent_type_ in ("", "WORK_OF_ART") and w.text[:1].isupper()
               for w in np)


def _channels_of(cue: Token, memory: SpeakerMemory) -> list[str]:
    """'told Military.com', 'wrote on Twitter', 'in an e-mail to The Guardian', 'said in a
    filing to the SEC', 'according to the website', 'via news agency Interfax'."""
    out = []
    for c in cue.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP" and _lemma(cue) == "tell" and _looks_like_channel(c):
            out.append(channel_name(c))
        elif c.dep_ in ("prep", "dative") and c.lower_ in ("on", "to", "with"):
            for o in c.children:
                if o.dep_ == "pobj" and (o.lower_ in lex.KNOWN_CHANNELS or _looks_like_channel(o)):
                    out.append(channel_name(o))
        elif c.dep_ == "prep" and c.lower_ == "in":
            # "in an interview with CNN", "in an e-mail to The Guardian" (the parser hangs the
            # second preposition on the noun or on the first preposition)
            for p in [x for o in c.children for x in o.children] + list(c.children):
                if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                    out += [channel_name(x) for x in p.children if x.dep_ == "pobj" and _looks_like_channel(x)]
    for w in subtree(cue):  # "according to the mayor via news agency Interfax"
        if w.lower_ == "via" and w.dep_ == "prep":
            out += [channel_name(o) for o in w.children if o.dep_ == "pobj"]
    # "Dillon said, according to the website": an according-to hanging on the cue is its channel
    for c in list(cue.children) + ([cue.head] if cue.head.lower_ == "according" else []):
        if c.lower_ == "according" and c.i != cue.i:
            for to in c.children:
                for o in to.children:
                    if o.dep_ == "pobj":
                        if o.lemma_.lower() in lex.CHANNEL_ANAPHORS and memory.last_channel:
                            out.append(memory.last_channel)
                        else:
                            out.append(channel_name(o))
    return list(dict.fromkeys(x for x in out if x))


# --------------------------------------------------------------------------- quotes

def _doc_quotes(doc: Doc) -> list[tuple[int, int]]:
    """:func:`quote_spans` of the parsed text, found once per parse (rules ask per cue)."""
    return per_parse(doc, "quotes", lambda d: quote_spans(text_of(d)))


# --------------------------------------------------------------------------- main entry

def find_statements(doc: Doc, memory: SpeakerMemory) -> list[Statement]:
    """Every reported statement in one parsed segment, in text order; updates ``memory``."""
    text = text_of(doc)
    memory.learn(doc)
    quotes = quote_spans(text)
    inside_quote = set()
    for s, e in quotes:
        inside_quote.update(t.i for t in tokens_between(doc, s, e))
    found: list[Statement] = []
    used_quotes: set[tuple[int, int]] = set()

    # 1. cue verbs outside quotes: indirect statements, and direct/mixed when a quote is the content
    for t in doc:
        if t.i in inside_quote or not _is_cue(t):
            continue
        st = _statement_for_cue(doc, t, quotes, memory)
        if st is None:
            continue
        found.append(st)
        if st.quote in ("direct", "mixed"):
            used_quotes.update(q for q in quotes if st.start <= q[0] and q[1] <= st.end)
        if st.quote == "direct":
            memory.last_direct = st
        memory.remember(st.source, st.via)

    # 2. quotes no cue claimed: continuations of the previous speaker, or scare quotes
    for s, e in quotes:
        if (s, e) in used_quotes or any(f.start <= s and e <= f.end for f in found):
            continue
        words = len(text[s:e].split())
        sent = next(iter(sentences_between(doc, s, s + 1)), None)
        stands_alone = sent is not None and (e - s) >= 0.6 * len(text[sent.start_char:sent.end_char].strip(' "“”'))
        stands_alone = stands_alone or (s <= 1 and words >= lex.MIN_DIRECT_QUOTE_WORDS)
        if words < lex.MIN_DIRECT_QUOTE_WORDS or not stands_alone:
            continue
        prev = memory.last_direct
        if prev is None or prev.source is None:
            continue
        st = Statement(s, e, "direct", prev.source, prev.cue, None, None, prev.via, None)
        if found and found[-1].quote == "direct" and found[-1].end <= s:
            # the same cue joins two quotes: '"A," he said. "B."' — keep its offsets
            st = replace(st, cue_span=found[-1].cue_span, source_span=found[-1].source_span,
                         cue_token=found[-1].cue_token)
        found.append(st)
        memory.last_direct = st
    found.sort(key=lambda x: x.start)
    # one content, one statement: '"…," X said, adding' reports the same words through two cues;
    # the first cue found (the main verb) is kept
    unique: dict[tuple[int, int], Statement] = {}
    for st in found:
        unique.setdefault((st.start, st.end), st)
    return _nest(list(unique.values()))


def _nest(found: list[Statement]) -> list[Statement]:
    """'Reuters reported that officials said …': the inner statement passed through the outer
    speaker, who becomes the first channel of its via."""
    out = []
    for st in found:
        outer = [o for o in found if o is not st and st.cue_span and o.start <= st.cue_span[0] < o.end
                 and o.source is not None and o.source.name and st.source != o.source]
        if outer:
            o = min(outer, key=lambda x: x.end - x.start)
            if o.source.name not in st.via:
                st = replace(st, via=st.via + (o.source.name,))
        out.append(st)
    return out


def _skip_leading_time(doc: Doc, s: int, e: int) -> int:
    """'said on Monday they believe …': the date belongs to the cue, not the content."""
    toks = [t for t in doc if s <= t.idx < e]
    i = 0
    if toks and toks[0].pos_ == "ADP" and len(toks) > 1 and toks[1].ent_type_ in ("DATE", "TIME"):
        i = 1
    if i < len(toks) and toks[i].ent_type_ in ("DATE", "TIME") and (i == 1 or toks[i].dep_ in ("npadvmod", "pobj")):
        while i < len(toks) and toks[i].ent_type_ in ("DATE", "TIME"):
            i += 1
        if i < len(toks) and i < len(toks) - 2:
            return toks[i].idx
    return s


def _beside_phrase(doc: Doc, sent: Span, phrase_start: int, speaker: Token) -> tuple[int, int]:
    """The content of 'According to X, …' / '…, according to X.': the sentence beside the phrase.

    The phrase ends after the speaker's noun phrase (its subtree, which may take in a
    'via news agency Interfax'); the content is the longer side of the sentence.
    """
    ph_end = max(_subtree_span(speaker)[1], speaker.idx + len(speaker))
    before = _trim(doc, sent.start_char, phrase_start)
    after = _trim(doc, ph_end, sent.end_char)
    return before if before[1] - before[0] >= after[1] - after[0] else after


def _quote_kind(near: list[tuple[int, int]], s: int, e: int) -> tuple[int, int, str]:
    """Direct when the content is one quotation, mixed when it holds one, else indirect."""
    inner = [q for q in near if q[0] >= s - 1 and q[1] <= e + 1]
    if len(inner) == 1 and inner[0][0] <= s + 1 and inner[0][1] >= e - 2:
        return inner[0][0], inner[0][1], "direct"
    return s, e, ("mixed" if inner else "indirect")


def _near_quotes(quotes: list[tuple[int, int]], sent: Span) -> list[tuple[int, int]]:
    """Quotes that overlap the sentence (a quote of two sentences ends in the cue's sentence)."""
    return [q for q in quotes if q[1] >= sent.start_char - 1 and q[0] <= sent.end_char + 1]


def _parenthetical(doc: Doc, cue: Token, sent: Span) -> bool:
    """'One child was, according to police, among the dead': a phrase set off by commas inside
    a clause that goes on after it (not before 'and …', 'which …', 'killing …')."""
    if cue.i <= sent.start + 1 or doc[cue.i - 1].text != ",":
        return False
    comma = next((t.i for t in doc[cue.i:sent.end] if t.text == ","), None)
    if comma is None or comma - cue.i > 8:
        return False
    phrase_end = comma - 1
    after = [t for t in doc[phrase_end + 2:min(phrase_end + 5, sent.end)]]
    if not after or after[0].pos_ in ("CCONJ", "SCONJ") or after[0].tag_ == "VBG":
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in after)


def _according_statement(doc: Doc, cue: Token, quotes: list[tuple[int, int]], memory: SpeakerMemory) -> Optional[Statement]:
    """'According to the ministry, 40 people died', 'One child was, according to police, among
    the dead' (a parenthetical phrase stays inside the content, as the sentence reads)."""
    to = next(c for c in cue.children if c.lower_ == "to")
    objs = [c for c in to.children if c.dep_ == "pobj"]
    head = cue.head
    if not objs:
        return None
    if head.i < cue.i and _is_cue(head) and _lemma(head) not in lex.DOCUMENT_CUES \
            and any(c.dep_ == "nsubj" for c in head.children):
        return None  # "X said, according to the website": a channel of X's statement
    speaker_tok = objs[0]
    source, sspan = describe_speaker(speaker_tok, memory)
    if speaker_tok.lemma_.lower() in lex.CHANNEL_ANAPHORS and memory.last_channel:
        source = Source(memory.last_channel, kind="organization")
    sent = sentence_of(cue)
    if head.i != cue.i and _parenthetical(doc, cue, sent):
        s, e = _trim(doc, sent.start_char, sent.end_char)
    else:
        s, e = _beside_phrase(doc, sent, cue.idx, speaker_tok)
    if e - s < 3:
        return None
    s, e, quote = _quote_kind(_near_quotes(quotes, sent), s, e)
    via = tuple(channel_name(o) for w in subtree(speaker_tok) if w.lower_ == "via"
                for o in w.children if o.dep_ == "pobj")
    return Statement(s, e, quote, source, "according to", (cue.idx, to.idx + len(to)), sspan, via, cue.i)


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
    quoted = [q for q in _doc_quotes(doc) if q[1] - q[0] <= 60]  # a quoted name ("Have no fear") may hold a verb
    for e in reversed(persons or cands):
        between = doc[e.end:verb.i]
        if any(w.pos_ in ("VERB", "AUX") and not any(s <= w.idx < e_ for s, e_ in quoted) for w in between) \
                or len(between) > 14:
            return None
        if e.root.dep_ == "pobj" and e.root.head.lower_ in ("of", "for", "at", "from", "with", "to", "by"):
            continue  # "Jo Li of Clean Rivers": the body, not the speaker
        return e.root
    return None


def _with_absolute(cue: Token) -> bool:
    """'…, with officials reporting 40 dead': a participle cue on the noun after 'with'."""
    head = cue.head
    return (cue.dep_ == "acl" and cue.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") and head.i < cue.i
            and head.left_edge.i > 0 and cue.doc[head.left_edge.i - 1].lower_ == "with")


def _split_clause(cue: Token) -> Optional[tuple[Token, Token]]:
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


def _set_off(cue: Token, subj: Token) -> bool:
    """A speaker and cue set off by commas inside a clause: 'they had, his father says, paid …'
    (words before the first comma and after the second, the cue hung on a later verb)."""
    doc, sent = cue.doc, sentence_of(cue)
    left = subj.left_edge.i - 1
    return (cue.dep_ in ("parataxis", "advcl", "ccomp") and cue.head.i > cue.i and subj.i < cue.i
            and left > sent.start and doc[left].text == "," and cue.i + 2 < sent.end and doc[cue.i + 1].text == ","
            and cue.i - left <= 6 and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children))


def _subject_of(cue: Token) -> Optional[Token]:
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    # two subjects where the parser lost a clause boundary ("Millions dwell …, and … activists
    # claimed"): the first that can speak
    subj = next((c for c in subjects if _can_speak(c)), subjects[0]) if subjects else None
    if subj is None and cue.dep_ in ("conj", "xcomp", "advcl") and cue.head.pos_ in ("VERB", "AUX") \
            and not (cue.dep_ == "advcl" and cue.tag_ == "VB"):  # "after … Just don't tell anyone was released"
        subj = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)  # "… and added"
        if subj is None and cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i < cue.head.i:
            subj = _misparsed_subject(cue.head)  # "Calling it X, Jo Li of Y told …"
    if subj is None and _with_absolute(cue):
        subj = cue.head  # "…, with officials reporting 40 dead"
    if subj is None:
        subj = _misparsed_subject(cue)
    if subj is None:
        return None
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


def _cut_tokens(head: Token) -> set[int]:
    """Parts of a reported clause that are not reported: 'while Y wrote …', 'citing sources …',
    'when they offered …' — another speaker's clause or the reporter's own circumstance."""
    cut: set[int] = set()
    for w in subtree(head):
        if w.dep_ in ("advcl", "xcomp") and w.i > head.i and (
                any(m.dep_ == "mark" and m.lower_ in lex.CONTRAST_MARKS for m in w.children)
                or w.tag_ == "VBG" and _lemma(w) in lex.CUE_VERBS):
            cut.update(t.i for t in subtree(w))
    return cut


def _clause_span(head: Token, cue: Token, extra: Iterable[Token] = ()) -> tuple[int, int]:
    """Character span of ``head``'s subtree (and ``extra`` subtrees) up to the first cut clause."""
    cut = _cut_tokens(head)
    toks = sorted({w.i for t in [head, *extra] for w in subtree(t)}, key=int)
    kept = []
    for i in toks:
        if i in cut:
            if i > head.i:
                break
            continue
        kept.append(head.doc[i])
    return _span_chars(kept) if kept else (head.idx, head.idx + len(head))


def _listener_prefix(doc: Doc, cue: Token, s: int, e: int) -> tuple[int, Optional[str]]:
    """'told Agence France-Presse nets were lost', 'told NPR Tom Sand had appeared': the parser
    takes the listener into the reported clause; a channel name opening it is the listener.
    Returns the content's new start and the channel's name."""
    if _lemma(cue) != "tell" or any(c.dep_ == "dative" for c in cue.children):
        return s, None
    first = first_token_from(doc, s)
    if first is None or first.i != cue.i + 1:
        return s, None
    ent = next((x for x in ents_between(doc, first.i, first.i + MAX_EXACT_WIDTH) if x.start == first.i and x.label_ == "ORG"), None)
    if ent is not None and len(ent) > 1 and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", first.text) \
            and not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", doc[first.i + 1].text):
        ent = None  # "NPR Hamza bin Laden": the acronym is the listener, the name the subject
    end = ent.end if ent is not None else (first.i + 1 if _looks_like_channel(first) else None)
    if end is None or end >= len(doc) or doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX") or \
            (ent is not None and ent.root.dep_ != "compound" and first.pos_ != "PROPN") or doc[end].idx >= e:
        return s, None
    return doc[end].idx, _clean_name(text_of(doc)[first.idx:doc[end - 1].idx + len(doc[end - 1])])


def _between_is_circumstance(cue: Token, q_start: int) -> bool:
    """Only the cue's listener, channel or time stands between it and a quote: 'told Reuters
    “…”', 'said on Monday: “…”', 'wrote in a statement, “…”'."""
    doc = cue.doc
    own = set()
    for c in cue.children:
        if c.i > cue.i and (c.dep_ in ("npadvmod", "advmod", "prt")
                            or c.dep_ in ("dobj", "dative") and _lemma(cue) in lex.LISTENER_CUES
                            or c.dep_ == "prep" and c.lower_ in lex.CIRCUMSTANCE_PREPS):
            own.update(w.i for w in subtree(c))
    between = [t for t in doc if cue.idx + len(cue) <= t.idx < q_start and not t.is_punct]
    return bool(between) and len(between) <= 8 and all(t.i in own for t in between)


def _statement_for_cue(doc: Doc, cue: Token, quotes: list[tuple[int, int]], memory: SpeakerMemory) -> Optional[Statement]:
    lemma = _lemma(cue)
    cue_tokens = [cue]
    if cue.lower_ == "according":
        return _according_statement(doc, cue, quotes, memory)
    for c in cue.children:  # phrasal cues
        if (lemma, c.lower_) in lex.PHRASAL_CUES and c.dep_ in ("prt", "prep"):
            cue_tokens.append(c)
    subj = _subject_of(cue)
    if subj is None:
        return None
    if lemma in lex.DOCUMENT_CUES and _lemma(subj) not in lex.DOCUMENT_HEADS:
        return None
    if lemma in lex.ESTIMATE_CUES and not any(c.dep_ == "dobj" and _lemma(c) in lex.ESTIMATE_OBJECTS for c in cue.children):
        return None  # "placed the value at …", not "placed a wreath"

    sent = sentence_of(cue)
    near = _near_quotes(quotes, sent)
    # the content: a clausal complement (the one after the cue first, never across a semicolon)
    semis = [t.i for t in sent if t.text == ";"]
    comps = [c for c in cue.children if c.dep_ == "ccomp"
             and not any(min(c.i, cue.i) < k < max(c.i, cue.i) for k in semis)]
    comps.sort(key=lambda c: (c.i < cue.i, abs(c.i - cue.i)))
    comp = comps[0] if comps else None
    if comp is not None and _lemma(comp) in lex.CUE_VERBS and comp.i > cue.i and \
            not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in comp.children) and \
            any(c.dep_ == "nsubj" for c in comp.children):
        return None  # "…, the BBC reported the minister said": the inner cue takes the content
    split_pred = _split_clause(cue) if comp is None else None
    if split_pred is not None:
        comp = split_pred[0]
    if comp is None and (lemma in ("urge", "ask", "call", "warn", "advise", "tell") or len(cue_tokens) > 1):
        comp = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if comp is None:
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.lower_ not in ("it", "this", "that", "so")), None)
        if obj is None and lemma in lex.OBJECT_CUES:
            obj = next((c for c in cue.children if (c.dep_ in ("xcomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as"
                                                    and any(d.dep_ == "dobj" for d in cue.children)) and c.i > cue.i), None)
        if obj is not None and lemma in lex.OBJECT_CUES:
            if len([w for w in subtree(obj) if not w.is_punct]) >= 3 or any(w.like_num for w in subtree(obj)) \
                    or obj.dep_ == "xcomp" and obj.tag_ == "VBG" \
                    or any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in cue.rights):
                comp = obj  # "estimated the toll at 40"; not "claimed responsibility"
        elif obj is not None and lemma in lex.STANCE_CUES and _lemma(obj) in lex.STANCE_OBJECTS \
                and any(c.dep_ in ("acl", "ccomp") for c in obj.children):
            comp = obj  # "declared his intent to …", not "declared a state of emergency"
    via_extra: tuple[str, ...] = ()
    parenthetical = False
    if comp is not None:
        extra = [other for other in cue.children  # "reports sources are fearing IS will take …"
                 if other.dep_ == "ccomp" and other.i != comp.i and (other.i > cue.i) == (comp.i > cue.i)]
        subjectless = comp.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children)
        objs = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < comp.i]
        if subjectless and objs:  # "announced the recorder from Flight 22 has been recovered"
            extra.append(objs[0])
        if split_pred is not None:
            extra.append(split_pred[1])
        s, e = _clause_span(comp, cue, extra)
        if comp.dep_ in ("xcomp", "dobj", "oprd", "prep"):
            # "urged people to …": the content starts at the listener; "called it (as) …" at its object
            listeners = [c for c in cue.children if c.dep_ in ("dobj",) and c.i < comp.i]
            listeners += [o for p in cue_tokens[1:] for o in p.children if o.dep_ == "pobj" and o.i < comp.i]
            if listeners:  # "called on drivers to …"
                s = _subtree_span(listeners[0])[0]
        if comp.dep_ in ("dobj", "xcomp", "oprd") and lemma in lex.OBJECT_CUES:
            # "reported Monday's attack the deadliest since …": on to the cue's last complement,
            # not over a comma ("…, with officials reporting") or a clause ("when they offered")
            for c in cue.rights:
                if c.is_punct or c.dep_ in ("advcl", "conj", "cc", "parataxis", "relcl"):
                    break
                e = max(e, _clause_span(c, cue)[1])
        if s < subj.idx < e and subj.i > comp.i:
            e = subj.left_edge.idx  # "Calling it X, Jo Li … told": the parser hung the speaker on X
        elif cue.dep_ == "advcl" and cue.i < cue.head.i:
            # the same layout with the speaker taken for an apposition inside the content
            appos = next((w for w in subtree(comp) if w.dep_ == "appos" and w.ent_type_ == "PERSON"
                          and w.left_edge.i > comp.i and doc[w.left_edge.i - 1].text == ","), None)
            if appos is not None:
                e = min(e, appos.left_edge.idx)
        s, e = _trim(doc, s, e)
        s = _skip_leading_time(doc, s, e)
        s, listener = _listener_prefix(doc, cue, s, e)
        via_extra = (listener,) if listener else ()
        if cue.idx < s and ";" in text_of(doc)[s:e]:
            e = s + text_of(doc)[s:e].index(";")  # a second clause after a semicolon is not reported
        s, e = _trim(doc, s, e)
        inner = [q for q in near if q[0] >= s - 1 and q[1] <= e + 1]
        if inner:
            s, e, quote = _quote_kind(near, s, e)
        else:
            # a direct quote right before ("“…,” Dillon said") or after ('said: “…”') the cue
            touching = [q for q in near if (q[1] <= cue.idx and (subj.i > cue.i or q[1] <= subj.idx) and not text_of(doc)[q[1]:subj.idx if subj.i < cue.i else cue.idx].strip(" ,”\"—–-"))
                        or (q[0] > cue.idx and not text_of(doc)[cue.idx + len(cue):q[0]].strip(" ,:“\""))]
            if touching and not (s <= touching[0][0] and touching[0][1] <= e):
                s, e = touching[0]
                quote = "direct"
            else:
                quote = "indirect"
    else:
        before = [q for q in near if q[1] <= cue.idx]
        after = [q for q in near if q[0] > cue.idx]
        quote = "direct"
        if before and not text_of(doc)[before[-1][1]:min(subj.idx, cue.idx)].strip(" ,”\"—–-"):
            s, e = before[-1]
        elif after and (not text_of(doc)[cue.idx + len(cue):after[0][0]].strip(" ,:“\"—–-")
                        or _between_is_circumstance(cue, after[0][0])):
            s, e = after[0]
        elif cue.dep_ in ("parataxis", "ccomp", "advcl", "conj") and cue.head.i < cue.i and cue.head.pos_ in ("VERB", "AUX"):
            # "Prices will rise, the minister said": the cue hangs on the reported clause
            head, exclude = cue.head, [cue]
            outer = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if _lemma(head) in lex.CUE_VERBS and cue.dep_ == "ccomp" and outer is not None:
                # "Two ferries sank, the BBC reported the minister said": via the outer speaker
                reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < outer.i]
                if not reported:
                    return None
                head, exclude = reported[0], []
                via_extra = (channel_name(outer),)
            s, e = _subtree_span(head, exclude=exclude)
            s, e = max(s, sent.start_char), min(e, cue.idx)
            s, e = _trim(doc, s, e)
            if e - s < 3:
                return None
            s, e, quote = _quote_kind(near, s, e)
        elif _with_absolute(cue) and cue.i + 2 < sent.end:
            # "with officials reporting at the time 150 dead": the parser seldom finds the object
            # of such a participle; the content is the rest of the clause after its time phrase
            k = cue.i + 1
            if cue.doc[k].pos_ == "ADP" and cue.doc[k].lower_ in ("at", "on", "in", "by", "for"):
                j = k + 1
                while j < sent.end and j - k <= 3 and (cue.doc[j].pos_ == "DET" or cue.doc[j].ent_type_ in ("DATE", "TIME")
                                                        or cue.doc[j].lemma_.lower() in lex.TIME_NOUNS):
                    j += 1
                if j > k + 1 and cue.doc[j - 1].pos_ != "DET":
                    k = j
            hi = min([t.i for t in sent if t.text == ";" and t.i > cue.i] + [sent.end])
            if k >= hi:
                return None
            s, e = _trim(doc, cue.doc[k].idx, cue.doc[hi - 1].idx + len(cue.doc[hi - 1]))
            s, e, quote = _quote_kind(near, s, e)
        elif _set_off(cue, subj):
            # "they had, his father says, paid …": a cue set off by commas inside the clause it
            # reports; the content is the clause, the parenthetical left inside it
            semis = [t.i for t in sent if t.text == ";"]
            lo = max([k + 1 for k in semis if k < subj.i] + [sent.start])
            hi = min([k for k in semis if k > cue.i] + [sent.end])
            s, e = _trim(doc, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            s, e, quote = _quote_kind(near, s, e)
            parenthetical = True
        elif len(cue_tokens) > 1 and (listener := next((o for p in cue_tokens[1:] for o in p.children
                                                         if o.dep_ == "pobj"), None)) is not None \
                and listener.right_edge.i + 1 < sent.end and doc[listener.right_edge.i + 1].lower_ == "to":
            # "called on drivers to …" where the parser lost the infinitive: to the clause's end
            hi = min([t.i for t in sent if t.text == ";" and t.i > cue.i] + [sent.end])
            s, e = _trim(doc, listener.left_edge.idx, doc[hi - 1].idx + len(doc[hi - 1]))
            s, e, quote = _quote_kind(near, s, e)
        else:
            return None
    if e - s < 2:
        return None
    # the speaker must not sit inside the content (a cue inside someone else's reported clause)
    if s <= subj.idx < e and not parenthetical:
        return None
    source, sspan = describe_speaker(subj, memory)
    if source is None:
        return None
    via = list(via_extra) + [v for v in _channels_of(cue, memory) if v not in via_extra
                             and not (via_extra and v.startswith(via_extra[0]))]
    via = [v for v in via if not (source.name and (source.name in v or v in source.name))]  # the speaker is no channel
    cue_text = " ".join(t.text for t in sorted(cue_tokens, key=lambda t: t.i))
    cue_span = (min(t.idx for t in cue_tokens), max(t.idx + len(t) for t in cue_tokens))
    return Statement(s, e, quote, source, cue_text, cue_span, sspan, tuple(via), cue.i)


def headline_source(text: str) -> Optional[tuple[str, int, int]]:
    """The "claim: source" convention of headlines: '1,000 ISIS members remain: US-led Coalition'.

    Returns the source name and its offsets, or None.  The part after the last colon must be a
    short name-like phrase (capitalised words, no verb-like lower-case words), else the colon is
    ordinary punctuation ("Breaking: storm hits coast").
    """
    m = re.search(r":\s*([^:]{2,80})$", text.strip())
    if not m:
        return None
    part = m.group(1).strip()
    words = part.split()
    if not words or len(words) > lex.HEADLINE_SOURCE_MAX_TOKENS or len(text[:m.start()].split()) < 3:
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "for", "de") for w in words):
        return None
    start = text.index(part, m.start())
    return part, start, start + len(part)
