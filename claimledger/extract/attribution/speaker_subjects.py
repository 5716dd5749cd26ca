"""Speakers of subjectless cues found by climbing the parse: the subject that controls a
non-finite cue a few verbs or adjectives up.

``cues.subject_of`` looks one step up (the verb a cue is coordinated with or hung on).  On PolNeAR
train the parse often puts the controlling subject further away:

- a chain of infinitives or an adjective: "she will have to continue to emphasize …", "voters
  are more likely to say …" (the cue an ``xcomp`` of a verb or adjective without a subject);
- a gerund under a preposition of such a word: "he tried to laugh it off by interjecting …",
  "the one impassioned in blasting me", "Silverman was booed after telling …";
- a participle on a coordinated verb: "the senator sought to calm them, and took a heckler in
  stride, saying …".

Only the last shape is climbed: on PolNeAR train the speaker a participle adjunct (``advcl``
VBG) reaches through ``xcomp``/``conj``/``advcl`` links is the gold source for most cues that are
gold, while infinitives under adjectives ("more likely to say": 26 of 78 cues gold), gerunds under
prepositions (about 1 in 3) and infinitive chains (about 4 in 10) are too often no attribution.
The climb never leaves a reported clause (``ccomp``) and never takes a passive subject.
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from claimledger.model import Source

#: "he"/"she" with no antecedent in memory (a column that opens "He said …", a person the NER
#: missed): still a speaker, named nowhere (``speakers.describe_speaker``).  PolNeAR train: +28
#: matched, +11 unmatched; the same for "we", "they", "it" gave +15 matched, +18 unmatched and is
#: not done.
UNRESOLVED_PERSON = Source(None, kind="unnamed")

#: links climbed above the cue's own ``advcl`` link to the verb whose subject controls it
_CLIMB = frozenset({"xcomp", "conj", "advcl"})
#: how many links at most (the farthest precise train shape, "advcl of an xcomp of a conj", is 3);
#: the climb stops at an infinitive that is another cue's content ("reported him to be dead, citing …":
#: an extra statement on Wikinews dev; PolNeAR train -5 matched, -2 unmatched)
_MAX_STEPS = 3


def climbed_subject(cue: Token, is_cue: Callable[[Token], bool]) -> Optional[Token]:
    """The subject controlling a participle cue hung as an adjunct ("…, saying …") on a verb that
    has no subject of its own, found up a chain of infinitives, coordinated verbs and adjuncts,
    else None.  ``is_cue`` is ``cues.is_cue`` (passed in: that module imports this one)."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.lower_ == "according" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    node = cue
    for _ in range(_MAX_STEPS):
        head = node.head
        if head.i == node.i or head.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj if subj.i < cue.i else None
        if any(c.dep_ == "nsubjpass" for c in head.children) or head.dep_ not in _CLIMB:
            return None  # a passive clause, or the top of a reported clause: no speaker up there
        if head.dep_ == "xcomp" and is_cue(head.head):
            return None  # "outlets reported him to be dead, citing …": inside another cue's content
        node = head
    return None

