"""Attribution: who said what, through whom.

``statements`` finds reported speech around a cue (said, told, according to) and its content,
with ``cues`` (which words report, and their speaker), ``content`` (the reported words as a span)
and ``channels`` (the outlets a statement passed through);
``speakers`` reads the speaker's name, title, role and organisation and resolves short mentions
("Dillon", "he", "the spokesman") while a document is read.
"""
from claimledger.extract.attribution.speakers import SpeakerMemory
from claimledger.extract.attribution.statements import (
    Statement,
    find_statements,
    headline_source,
)

__all__ = ["SpeakerMemory", "Statement", "find_statements", "headline_source"]
