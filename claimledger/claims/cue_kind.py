"""A statement's cue kind: was it said, believed, intended, perceived or found?

``speech`` unless the cue's lemma says otherwise (``lexicon/cue_kinds.py``): "believes",
"expects" are beliefs, "wants", "plans to" intentions, "saw", "seems" perceptions, "found",
"has learned" findings, and so is whatever a poll, study, report or data "shows" or "says".  A
claim with no source (the outlet's own voice) has no cue kind.

Two ways in: from the parse, when claims are assembled (the cue token's lemma), and from the
stored cue text alone, when an older ledger is upgraded (no parse at hand; the lemma is guessed
from the word's form).
"""
from __future__ import annotations

from typing import Optional

from claimledger.lexicon import attribution as attr
from claimledger.lexicon import cue_kinds as lex
from claimledger.model import Source

#: lemmas the surface guesser may land on: every cue word a list knows
_KNOWN_LEMMAS = (lex.BELIEF_CUES | lex.INTENTION_CUES | lex.PERCEPTION_CUES | lex.FINDING_CUES
                 | lex.EVIDENCE_CUES | attr.CUE_VERBS | {v for v, _ in lex.PHRASAL_KINDS})
#: irregular past forms back to their lemma ("told" → "tell", "saw" → "see")
_IRREGULAR = {form: lemma for table in (attr.CUE_IRREGULAR_FORMS, attr.DERIVED_IRREGULAR_FORMS)
              for lemma, forms in table.items() for form in forms if lemma != "hop"}
_IRREGULAR.update({"found": "find", "learnt": "learn", "meant": "mean"})


def cue_kind(lemma: Optional[str], particle: Optional[str], source: Optional[Source],
             weighs_an_action: bool = False) -> Optional[str]:
    """The kind of the cue ``lemma`` (+ ``particle`` for "look to") said of ``source``; None when
    there is no source.  ``weighs_an_action``: the cue's complement is a verb ("considering
    building"), which makes a deliberation a plan."""
    if source is None:
        return None
    if lemma is None:
        return "speech"
    lemma = lemma.lower()
    phrasal = lex.PHRASAL_KINDS.get((lemma, (particle or "").lower()))
    if phrasal:
        return phrasal
    if weighs_an_action and lemma in lex.DELIBERATION_CUES:
        return "intention"
    if lemma in lex.FINDING_CUES:
        return "finding"
    if lemma in lex.BELIEF_CUES:
        return "belief"
    if lemma in lex.INTENTION_CUES:
        return "intention"
    if lemma in lex.PERCEPTION_CUES:
        return "perception"
    if _names_a_finding(source) or (source.kind == "document" and lemma in lex.EVIDENCE_CUES):
        return "finding"
    return "speech"


def cue_kind_of_text(cue: Optional[str], source: Optional[Source]) -> Optional[str]:
    """``cue_kind`` from a cue as stored ("told", "talked about", "according to"), for claims
    written before the kind was recorded."""
    words = (cue or "").split()
    if not words:
        return cue_kind(None, None, source)
    return cue_kind(surface_lemma(words[0]), words[1] if len(words) > 1 else None, source)


def surface_lemma(word: str) -> str:
    """A cue word's lemma without a parser: irregular forms from the lexicon, else the regular
    endings taken off until a known cue lemma is left ("believes" → "believe", "planned" →
    "plan"); an unknown word is returned lower-cased."""
    w = word.lower().strip(".,;:!?\"'“”‘’")
    if w in _KNOWN_LEMMAS:
        return w
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for ending, repl in (("ies", "y"), ("ied", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""),
                         ("es", ""), ("s", ""), ("d", "")):
        if w.endswith(ending):
            stem = w[: -len(ending)] + repl
            if stem in _KNOWN_LEMMAS:
                return stem
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in _KNOWN_LEMMAS:
                return stem[:-1]  # "planned" → "plann" → "plan"
    return w


def _names_a_finding(source: Source) -> bool:
    """The source is a poll, study, report or data ("a new poll", "the census figures"); a body
    whose name ends so ("the Office for National Statistics", "the Institute for Fiscal
    Studies") speaks: in the first 1,000 news-corpus articles many of its statements were views."""
    words = (source.name or "").lower().split()
    return source.kind in ("document", "unnamed") and bool(words) and words[-1] in lex.FINDING_SOURCES
