"""The content of a cue with no clause to report: its object, or the action it takes as a gerund or infinitive.

"endorsed putting body cameras on police officers", "ruled out making a bid", "expressed concerns
about the cost of the regulation", "laid out stark differences between the agendas": PolNeAR
gives such a cue the noun phrase or the action it reports on as content.  The clause rules in
``statements`` find none (there is no ``ccomp``), so the cue made no statement at all; this is
their last resort, used only when no clause, quote or set-off frame was found.

Measured on PolNeAR train (840 articles, official scorer, relation IoU >= 0.5, merged): any
object, action or preposition's object of any cue, +556 statements of which +280 matched
(relation P 0.812 -> 0.800); at least :data:`MIN_OBJECT_WORDS` words, +396 of which +222.  The
short objects left out are mostly not reported at all ("wrote the letter", "sent out an email").
Keeping only the complement relations the derived cue frames list was no more precise (52% of
160).  Any preposition's object ("responded to requests for comment") added 67 matched of 125,
but it also reads "police responded to reports of a shooting" on Wikinews dev, a physical
response; only "about", "against", "for" and "of" are kept (+41, +28 matched, Wikinews dev
unchanged).  The object and stance cues keep their own rules (below).  All told: +271
statements, +155 matched; relation F1 0.662 -> 0.666, content partial F1 0.734 -> 0.739.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from claimledger.extract.attribution.content import clause_span
from claimledger.extract.attribution.speakers import _lemma
from claimledger.extract.tree import subtree
from claimledger.lexicon import attribution as lex

#: fewest words (punctuation aside) an object content needs: a shorter object is mostly a thing
#: acted on, not words reported ("sent an email", "wrote the letter"), and a pronoun ("denied
#: it") stands for words said elsewhere
MIN_OBJECT_WORDS = 3

#: prepositions whose object is what a cue is about ("argued against intervention", "spoke of
#: a revolution"); "to", "in", "on", "at" more often name a listener, place or occasion, and
#: "responded to reports of a shooting" is a physical response as often as a spoken one
ABOUT_PREPS = frozenset({"about", "against", "for", "of"})


def object_head(cue: Token) -> Optional[Token]:
    """The first dependent after the cue, before any punctuation, that can be what it reports on:
    a direct object ('expressed concerns about …'), an infinitive or gerund ('ruled out making
    a bid'), or the object of a preposition of :data:`ABOUT_PREPS` ('argued against intervention').
    The object and stance cues keep their own object rules ("declared a state of
    emergency" reports nothing; "declared his intent to …" does)."""
    if _lemma(cue) in lex.OBJECT_CUES or _lemma(cue) in lex.STANCE_CUES:
        return None
    for c in cue.rights:
        if c.is_punct:
            break
        if c.dep_ in ("dobj", "attr", "oprd"):
            return c
        if c.dep_ == "xcomp":
            return c
        if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS:
            o = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if o is not None:
                return o
    return None


def object_span(cue: Token) -> Optional[tuple[int, int]]:
    """The character span of the cue's object content, or None when it has none or it is short."""
    head = object_head(cue)
    if head is None or len([w for w in subtree(head) if not w.is_punct]) < MIN_OBJECT_WORDS:
        return None
    return clause_span(head, cue)
