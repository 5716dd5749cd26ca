"""Cutting text into pieces by the marks over it, for highlighting in templates.

Claims point into their page by character offsets, and several may overlap (a statement holds
its numbers; a quantity's words hold its counted thing).  ``pieces`` cuts a stretch of text at
every mark boundary, so a template can wrap each piece in the marks active over it.  Escaping is
left to the template engine: pieces are plain strings.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Optional


@dataclass(frozen=True)
class Mark:
    """A labelled span in document offsets: a claim's words, its number, cue or speaker."""

    start: int
    end: int
    role: str                      # claim | number | counted | cue | speaker
    claim_id: Optional[str] = None
    voice: Optional[str] = None
    kind: Optional[str] = None


@dataclass(frozen=True)
class Piece:
    text: str
    marks: tuple[Mark, ...]  # innermost (shortest) first

    @property
    def roles(self) -> list[str]:
        return sorted({m.role for m in self.marks})

    @property
    def claim(self) -> Optional[Mark]:
        """The innermost claim over this piece: the one a click should open."""
        return next((m for m in self.marks if m.role == "claim"), None)


def pieces(text: str, base: int, marks: Iterable[Mark]) -> list[Piece]:
    """``text`` (which starts at document offset ``base``) cut at the boundaries of ``marks``;
    marks outside the text are dropped, marks running over its edges are clipped."""
    end = base + len(text)
    kept = [m for m in marks if m.start < m.end and m.start < end and m.end > base]
    cuts = sorted({base, end} | {max(base, m.start) for m in kept} | {min(end, m.end) for m in kept})
    out: list[Piece] = []
    for lo, hi in zip(cuts, cuts[1:]):
        active = tuple(sorted((m for m in kept if m.start <= lo and m.end >= hi),
                              key=lambda m: (m.end - m.start, m.role)))
        if out and out[-1].marks == active:
            out[-1] = Piece(out[-1].text + text[lo - base:hi - base], active)
        else:
            out.append(Piece(text[lo - base:hi - base], active))
    return out


def claim_marks(record: dict[str, Any]) -> list[Mark]:
    """The parts of one claim record to highlight in its sentence: the number, the counted
    thing, the cue and the speaker.  Offsets come from the record; the number and the counted
    thing, which the record holds as words, are found inside the claim's span and sentence."""
    sentence, (s0, _) = record["sentence"], record["sentence_span"]
    marks = []
    span = record.get("span")
    q = record.get("quantity") or {}
    if span and record["kind"] == "quantity" and q.get("surface"):
        at = sentence.find(q["surface"], max(0, span[0] - s0))
        if at >= 0:
            marks.append(Mark(s0 + at, s0 + at + len(q["surface"]), "number"))
            counted = q.get("counted")
            if counted:
                lower = sentence.lower()
                c = lower.find(counted.lower(), at + len(q["surface"]))
                c = c if c >= 0 else lower.find(counted.lower())
                if c >= 0:
                    marks.append(Mark(s0 + c, s0 + c + len(counted), "counted"))
    elif span:
        marks.append(Mark(span[0], span[1], "content"))
    for key, role in (("cue_span", "cue"), ("source_span", "speaker")):
        if record.get(key):
            marks.append(Mark(record[key][0], record[key][1], role))
    return marks


def claim_row_marks(rows: Iterable[dict[str, Any]]) -> list[Mark]:
    """One mark per claim of a document (the claim's own words), for the page read in place."""
    return [Mark(r["span_start"], r["span_end"], "claim", r["claim_id"], r["voice"], r["kind"])
            for r in rows if r.get("span_start") is not None]
