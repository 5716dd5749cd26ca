"""The record of one reported statement, as the attribution rules hand it to claim assembly."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from claimledger.model import Source


@dataclass(frozen=True)
class Statement:
    """One reported statement inside a segment; offsets index the segment's ``doc.text``."""

    start: int
    end: int
    quote: str  # direct | indirect | mixed
    source: Optional[Source]
    cue: Optional[str] = None
    cue_span: Optional[tuple[int, int]] = None
    source_span: Optional[tuple[int, int]] = None
    via: tuple[str, ...] = ()
    cue_token: Optional[int] = None  # token index of the cue verb, for time attachment

