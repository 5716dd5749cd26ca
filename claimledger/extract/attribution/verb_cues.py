"""Verb cues read in their frames: a verb seldom a cue on its own that often is in one frame.

"Supports" is a cue in PolNeAR train about one time in six wherever it stands, but "X supports
<object>" with a speaking subject far more often; "voted for <someone>", "sees <X> as <Y>",
"focused on <topic>" likewise.  Which (verb, frame) pairs make a statement is data, measured on
train by ``bench/polnear_verb_cues.py`` and read from ``lexicon/verb_cues_polnear.tsv``: this
module only names the frames a verb stands in (:func:`frames_of`) and answers whether one of them
is a listed cue frame (:func:`frame_cue`).

A frame is the complement the content would be read from:

- ``that`` / ``whether`` / ``ccomp``: a clause ("that …", "whether …", a bare clause);
- ``to``: an infinitive ("tried to …");
- ``dobj``: the direct object, with an "as"-phrase or predicate after it ("sees him as a threat");
- ``p:<prep>``: the object of a preposition on the verb ("voted for", "focused on").

Only a verb whose subject can speak (a person, a body, a pronoun) is read in a frame: "the plan
supports growth" reports nothing.
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from claimledger.extract.attribution.speakers import _can_speak, _lemma
from claimledger.lexicon import verb_cues as lex

#: clause markers that name the ``whether`` frame
_WHETHER = frozenset({"whether", "if"})


def speaking_subject(verb: Token) -> Optional[Token]:
    """The verb's own active subject when it can speak, else None."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        # "… praised the plan and voted for it": the subject of the verb it is coordinated with
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _can_speak(subj) else None


def frames_of(verb: Token) -> Iterator[tuple[str, Token]]:
    """Each frame the verb stands in, with the complement token the content hangs from."""
    for c in verb.children:
        if c.dep_ == "ccomp":
            marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
            yield ("that" if "that" in marks else "whether" if marks and marks[0] in _WHETHER else "ccomp"), c
        elif c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            yield "to", c
        elif c.dep_ == "dobj" and c.i > verb.i and not _counted(c):
            yield "dobj", c
        elif c.dep_ == "prep" and c.i > verb.i and any(o.dep_ in ("pobj", "pcomp") for o in c.children) \
                and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children):
            yield "p:" + c.lower_, c


def _counted(obj: Token) -> bool:
    """An object that is an amount of things ("can support 64 users", "adding 178 million new
    PCs") states a capacity or an event, not a stance: on the news corpus such frames gave
    machines and countries as speakers."""
    return obj.like_num or any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in obj.children)


def frame_cue(verb: Token) -> Optional[tuple[str, Token]]:
    """The listed cue frame the verb stands in (the first, in clause-object-preposition order of
    :func:`frames_of`), or None: also None where the subject cannot speak."""
    if verb.pos_ != "VERB" or not lex.FRAMES:
        return None
    lemma = _lemma(verb)
    if lemma not in lex.LEMMAS or speaking_subject(verb) is None or _after_colon(verb):
        return None
    return next(((f, c) for f, c in frames_of(verb) if (lemma, f) in lex.FRAMES), None)


def _after_colon(verb: Token) -> bool:
    """The verb stands after a colon of its sentence ("Poll: most voters want …", "Smith: we
    support …"): the colon's speaker reports it, and PolNeAR annotates a token once."""
    return any(t.text == ":" for t in verb.doc[verb.sent.start:verb.i])


def candidates(doc: Doc, is_cue) -> Iterator[tuple[Token, str, tuple[int, int]]]:
    """Every verb that ``is_cue`` (the rules without this module) does not take, with a speaking
    subject, in each of its frames, with the span the frame would report: what
    ``bench/polnear_verb_cues.py`` counts against the gold."""
    for t in doc:
        if t.pos_ != "VERB" or speaking_subject(t) is None or _after_colon(t) or is_cue(t):
            continue
        for frame, comp in frames_of(t):
            yield t, frame, frame_span(t, frame, comp)


def frame_span(verb: Token, frame: str, comp: Token) -> tuple[int, int]:
    """Character offsets of what the frame reports: the clause, the infinitive, the object (on
    to an "as"-phrase or predicate after it), the preposition's object."""
    if frame.startswith("p:"):
        objs = [o for o in comp.children if o.dep_ in ("pobj", "pcomp")]
        lo = min(o.left_edge.i for o in objs)
        hi = max(o.right_edge.i for o in objs)
    else:
        lo, hi = comp.left_edge.i, comp.right_edge.i
        if frame == "dobj":
            for c in verb.rights:
                if c.i > comp.i and (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"):
                    hi = max(hi, c.right_edge.i)
    doc = verb.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi])
