"""A statement whose speaker is a pronoun the rules cannot resolve.

'"…," she said' where no person was named before (the article opens on her, or names her only
in a caption): the speaker finder returns no source, and the statement used to be dropped with
it.  The words are still reported, and the pronoun is still the speaker's mention (PolNeAR counts
a pronoun as a right source mention), so the statement is kept with an unnamed source.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from claimledger.lexicon import attribution as lex
from claimledger.model import Source


def unresolved_pronoun_source(subj: Token, source: Optional[Source],
                              span: Optional[tuple[int, int]]) -> Optional[Source]:
    """``source`` itself, or an unnamed source when the speaker is a personal or group pronoun
    the speaker finder placed (``span``) but could not name.

    PolNeAR train: relation R 0.5876 -> 0.5904, F1 0.6774 -> 0.6789, direct-quote F1 0.9317 ->
    0.9328, content partial F1 0.7562 -> 0.7582; Wikinews dev unchanged."""
    if source is not None or span is None:
        return source
    if subj.lower_ in lex.PERSON_PRONOUNS or subj.lower_ in lex.GROUP_PRONOUNS:
        return Source(None, kind="unnamed")
    return None
