"""Channels: the outlet, agency or platform a statement passed through ('told Military.com',
'wrote on Twitter', 'according to the website', 'via news agency Interfax')."""
from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.attribution.speakers import (
    SpeakerMemory,
    _lemma,
    _text_of,
    channel_name,
)
from claimledger.extract.attribution.speakers import np_tokens as _np_tokens
from claimledger.extract.tree import subtree
from claimledger.lexicon import attribution as lex


def looks_like_channel(t: Token) -> bool:
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


def channels_of(cue: Token, memory: SpeakerMemory) -> list[str]:
    """'told Military.com', 'wrote on Twitter', 'in an e-mail to The Guardian', 'said in a
    filing to the SEC', 'according to the website', 'via news agency Interfax'."""
    out = []
    for c in cue.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP" and _lemma(cue) == "tell" and looks_like_channel(c):
            out.append(channel_name(c))
        elif c.dep_ in ("prep", "dative") and c.lower_ in ("on", "to", "with"):
            for o in c.children:
                if o.dep_ == "pobj" and (o.lower_ in lex.KNOWN_CHANNELS or looks_like_channel(o)):
                    out.append(channel_name(o))
        elif c.dep_ == "prep" and c.lower_ == "in":
            # "in an interview with CNN", "in an e-mail to The Guardian" (the parser hangs the
            # second preposition on the noun or on the first preposition)
            for p in [x for o in c.children for x in o.children] + list(c.children):
                if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                    out += [channel_name(x) for x in p.children if x.dep_ == "pobj" and looks_like_channel(x)]
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
