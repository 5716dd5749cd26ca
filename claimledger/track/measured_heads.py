"""A measured phrase's words with its head written as its synonym group's canonical head.

Pages name one quantity under different head nouns: a takeover's "bid", "offer" and "proposal";
OPEC's "target" and "reference price".  ``measured_key`` keeps each page's head, so the joins
(``measured_join``, ``measured_same_figure``, ``measured_on_page``) compare phrases through this:
the head is replaced by its canonical head from the table derived on the news corpus
(``lexicon/measured_synonyms``), the modifiers are left as written.  Every other condition of a
join (same owner, unit, period, page or topic, figures of one size, a rise never a fall) still
holds, so a synonym only lets two phrases of one owner's one figure meet.
"""
from __future__ import annotations

from functools import lru_cache

from claimledger.lexicon.measured_synonyms import canonical_head


@lru_cache(maxsize=1 << 16)
def canonical_words(thing: str) -> tuple[str, ...]:
    """``thing``'s words, its last (the head) as its canonical head ("oil bid" → ("oil", "offer"))."""
    words = thing.split()
    return (*words[:-1], canonical_head(words[-1])) if words else ()
