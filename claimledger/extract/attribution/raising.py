"""Raising cues: "Trump seemed to enjoy the fight", "Clinton is expected to win", "the speaker
appeared closer to an endorsement".

The verb reports an appearance or an expectation with no one named as its source: what is credited
is its subject and the complement after it (PolNeAR annotates the subject and the infinitive as
the content, no source).  Which verbs behave so is read from the derived cue lexicon
(``derived_cues.CUES.raising``: cues whose commonest train frame is "no source, content through
the subject"), not listed by hand.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from claimledger.extract.attribution.content import trim
from claimledger.extract.attribution.cues import is_cue
from claimledger.extract.attribution.speakers import _lemma
from claimledger.extract.tree import subtree
from claimledger.lexicon import derived_cues as derived

#: complements that carry what a raising verb credits ("seemed to …", "appeared closer to …",
#: "seems unlikely", "is expected to …")
_COMPLEMENTS = frozenset({"xcomp", "acomp", "oprd", "attr", "prep", "ccomp"})


def raising_content(cue: Token) -> Optional[tuple[int, int]]:
    """The characters of the subject through the complement, or None when ``cue`` is not a
    raising verb in a raising shape (a passive subject for "is expected", an active one for
    "seems"; a complement after the verb)."""
    subject_rel = derived.CUES.raising.get(_lemma(cue))
    if subject_rel is None:
        return expletive_passive(cue)
    subj = next((c for c in cue.children if c.dep_ == subject_rel), None)
    if subj is None or subj.i > cue.i or subj.tag_ in ("WDT", "WP", "EX") or any(c.dep_ == "agent" for c in cue.children):
        return None
    if subj.lower_ == "it":
        return None  # "it seems that …": the content is the clause, read by the ordinary frame
    comps = [c for c in cue.rights if c.dep_ in _COMPLEMENTS]
    if not comps or (subject_rel == "nsubj" and not any(c.dep_ != "prep" for c in comps)):
        return None  # "appeared on television": a place, not an appearance
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" and is_cue(c) for c in comps):
        return None  # "she appeared to imply that …": the inner cue reports, with her as its source
    start = subtree(subj)[0].idx
    last = comps[-1]
    end_tok = subtree(last)[-1]
    return trim(cue.doc, start, end_tok.idx + len(end_tok))


def expletive_passive(cue: Token) -> Optional[tuple[int, int]]:
    """'it was revealed that …', 'it has been reported that …': a passive cue on an expletive
    'it' with no agent reports its clause from no one named.  The characters of that clause, else
    None.  (PolNeAR train: about 9 of 11 such cues are gold attributions without a source; every
    other passive without an agent is left alone: 'he was told', 'the plan was announced'.)"""
    if not any(c.dep_ == "auxpass" for c in cue.children) or any(c.dep_ == "agent" for c in cue.children):
        return None
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" and c.i < cue.i for c in cue.children):
        return None
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if comp is None:
        return None
    words = subtree(comp)
    return trim(cue.doc, words[0].idx, words[-1].idx + len(words[-1]))
