"""Statements whose cue is a noun: "the claim that …", "his belief that …", "expressed support for …".

A noun is a cue far less often than a speech verb ("support" is mostly not anyone's statement), so
no noun triggers a statement alone: a noun reports only in a *frame* the parse shows, and only the
(noun, frame) pairs that PolNeAR train counts as precise (``lexicon/noun_cues.py`` reads them from
``lexicon/noun_cues_polnear.tsv``, made by ``bench/polnear_noun_cues.py``).

Frames (:func:`frame_of`), each with the span it reports:

- ``that``: a clause opened by "that"/"whether" hanging from the noun ("the claim that X" → X);
- ``to``: an infinitive hanging from the noun ("his promise to cut taxes" → "cut taxes");
- ``prep:P``: the object of a preposition hanging from the noun ("support for X" → X);

each prefixed ``obj:`` when the noun is the object of a verb ("expressed support for X"), whose
subject is then the source.  Otherwise the source is the noun's possessor ("Trump's claim"), or
the object of its "by"/"from" ("a warning from the agency"), or no one ("the belief that …").
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from claimledger.extract.attribution.content import near_quotes, quote_kind, trim
from claimledger.extract.attribution.record import Statement
from claimledger.extract.attribution.speakers import SpeakerMemory, describe_speaker
from claimledger.extract.tree import sentence_of
from claimledger.lexicon import attribution as attr
from claimledger.lexicon import noun_cues as lex

#: nouns that can head a source ("a critic of the plan", "an assessment of the damage"): with a
#: preposition they name who or what speaks, and the preposition's object is no content (train:
#: "critic of", "assessment of" 6 matched, 0 unmatched; dev: 1 matched, 3 unmatched)
_SPEAKERS = attr.SPEAKER_NOUNS | attr.ROLE_WORDS

#: complementisers that open a noun's clause
_MARKS = frozenset({"that", "whether"})
#: dependency labels a noun's clause may carry in spaCy's parse
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "appos", "relcl"})


def frame_of(noun: Token) -> Iterator[tuple[str, tuple[int, int]]]:
    """Every frame ``noun`` stands in, with the first and last token index of its content."""
    light = noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX")
    prefix = "obj:" if light else ""
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ in _CLAUSE_DEPS:
            marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in _MARKS and m.i < c.i]
            if marks:
                yield prefix + "that", (marks[0].i + 1, c.right_edge.i)
            elif c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                lo = min(a.i for a in c.children if a.dep_ == "aux" and a.lower_ == "to") + 1
                yield prefix + "to", (lo, c.right_edge.i)
        elif c.dep_ == "prep" and c.lower_ not in ("by", "from"):
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if objs:
                yield prefix + "prep:" + c.lower_, (objs[0].left_edge.i, objs[0].right_edge.i)


def candidates(doc: Doc) -> Iterator[tuple[Token, str, tuple[int, int]]]:
    """Every noun of ``doc`` in every frame, with the character span the frame reports (for the
    derivation script: no lexicon filter here)."""
    for t in doc:
        if t.pos_ != "NOUN":
            continue
        for frame, (lo, hi) in frame_of(t):
            if hi < lo:
                continue
            yield t, frame, trim(doc, doc[lo].idx, doc[hi].idx + len(doc[hi]))


def _source_token(noun: Token, frame: str) -> Optional[Token]:
    """Who the noun's statement belongs to: the light verb's subject, the possessor, the object of
    "by"/"from"; None when the sentence names no one."""
    if frame.startswith("obj:"):
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        # "the association said in a statement that …": the parser hung the clause on the noun;
        # the verb's subject wrote the statement (news corpus: 29 such figures left unattributed)
        return next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
    return None


def _describe(src: Token, memory: SpeakerMemory):
    """The source of a possessor or subject: "his"/"her" is the person the document spoke of last
    (the speaker rules read only subject pronouns); anything else as a cue's subject is read."""
    if src.tag_ == "PRP$" and src.lower_ in ("his", "her") and memory.last_person is not None:
        return memory.last_person, (src.idx, src.idx + len(src))
    return describe_speaker(src, memory)


def noun_statements(doc: Doc, memory: SpeakerMemory, quotes: list[tuple[int, int]],
                    inside_quote: set[int]) -> list[Statement]:
    """Statements of the (noun, frame) pairs train found precise, outside quotations."""
    out = []
    for t in doc:
        if t.pos_ != "NOUN" or t.i in inside_quote:
            continue
        lemma = t.lemma_.lower()
        for frame, (lo, hi) in frame_of(t):
            if (lemma, frame) not in lex.NOUN_FRAMES or hi < lo:
                continue
            if lex.family(frame) == "prep" and lemma in _SPEAKERS:
                continue
            s, e = trim(doc, doc[lo].idx, doc[hi].idx + len(doc[hi]))
            if e - s < 2:
                continue
            s, e, quote = quote_kind(near_quotes(quotes, sentence_of(t)), s, e)
            cue_tokens = [t] + ([t.head] if frame.startswith("obj:") else [])
            cue_text = " ".join(x.text for x in sorted(cue_tokens, key=lambda x: x.i))
            cue_span = (min(x.idx for x in cue_tokens), max(x.idx + len(x) for x in cue_tokens))
            src = _source_token(t, frame)
            source, sspan = _describe(src, memory) if src is not None else (None, None)
            if source is None:
                sspan = None
            out.append(Statement(s, e, quote, source, cue_text, cue_span, sspan, (), t.i))
            break
    return out
