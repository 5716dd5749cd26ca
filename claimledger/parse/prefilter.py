"""A cheap test of whether a piece of text can hold a claim, run before the parse.

A claim needs a number (digits, a number word, "dozens") or a report (a cue verb, "according to",
a quotation mark).  A paragraph with none of these yields no claim, whatever the parser says about
it, so it can skip the dependency parser — the costliest component.  It is still tagged and its
entities found, because the speakers named there ("Jane Doe, the mayor, opened the bridge.") are
remembered for the quotes that follow; but without the parse their role and organisation are lost,
which is why ``Settings.prefilter`` is off unless asked for.

The words come from the extractors' own lexicons (the hand-written cue verbs and the cue lexicon
derived from PolNeAR train), so a cue or number word added there is seen here
too.  One alternation of literal words and a character class: linear on any input.
"""
from __future__ import annotations

import re

from claimledger.lexicon.attribution import CUE_IRREGULAR_FORMS as IRREGULAR_FORMS
from claimledger.lexicon.attribution import CUE_VERBS, DERIVED_IRREGULAR_FORMS
from claimledger.lexicon.derived_cues import CUES as DERIVED_CUES
from claimledger.lexicon.quantities import (
    ARTICLE_NUMBERS,
    FRACTION_WORDS,
    NUMBER_WORDS,
    SCALE_WORDS,
    VAGUE_QUANTITIES,
)

#: quotation marks that can open or close a quote (the typographic apostrophe is left out: it is
#: an apostrophe far more often, and single quotes do not open quotes in ``quote_spans``)
QUOTE_MARKS = "“”«»„\""


def _forms(lemma: str) -> set[str]:
    """The lemma's inflected forms, generously: a false match only costs a parse."""
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if lemma[-1] not in "aeiouwy" and len(lemma) > 2 and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "admitted", "committing"
    out.update(IRREGULAR_FORMS.get(lemma, ()))
    out.update(DERIVED_IRREGULAR_FORMS.get(lemma, ()))
    return out


def _words() -> list[str]:
    words = {"according"}
    derived = DERIVED_CUES.trusted | set(DERIVED_CUES.framed) | {verb for verb, _ in DERIVED_CUES.phrasal}
    for lemma in CUE_VERBS | derived:
        if lemma.isalpha():
            words |= _forms(lemma)
    numbers = set(NUMBER_WORDS) | set(SCALE_WORDS) | set(ARTICLE_NUMBERS) | set(FRACTION_WORDS)
    # "dozens", "hundreds", "tens of thousands": the one-word vague amounts, and "tens"
    numbers |= {p for p in VAGUE_QUANTITIES if " " not in p} | {"tens"}
    words |= numbers | {w + "s" for w in numbers}
    return sorted(words, key=len, reverse=True)


_CLAIM_RE = re.compile(
    rf"\d|[{re.escape(QUOTE_MARKS)}]|\b(?:{'|'.join(map(re.escape, _words()))})\b", re.IGNORECASE
)


def may_hold_claim(text: str) -> bool:
    """True unless ``text`` has no digit, number word, cue verb form or quotation mark."""
    return _CLAIM_RE.search(text) is not None
