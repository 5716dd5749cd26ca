"""The cue lexicon derived from PolNeAR train (``cues_polnear.tsv``), loaded once, in tiers.

The file is data made by ``bench/polnear_cues.py`` (counts and lemmas, no corpus text); this module
only reads it and sorts its included rows into the tiers the attribution rules use:

- ``CUES.trusted``: verbs that head a gold cue at least :data:`TRUST_RATE` of the times they
  occur (``say``, ``argue``, ``criticize``): a cue wherever they have a subject and a complement,
  like the hand-written ``CUE_VERBS``;
- ``CUES.framed``: verbs that are cues less often (``think``, ``want``, ``see``, ``believe``)
  with the complement relations they report through in train (``think`` → ``ccomp``): a cue only
  when the sentence gives that complement;
- ``CUES.phrasal``: verb + particle/preposition cues (``talk about``, ``point to``), whose
  content is the preposition's object;
- ``CUES.raising``: trusted verbs whose commonest frame (at least :data:`RAISING_SHARE` of their
  gold cues) has no source and the content through the subject (``seem``, ``appear``, passive
  ``expect``): "Trump seemed to …" credits "Trump … to …" to no one.

Why the thresholds: the file's header measured on train that the word alone is a good trigger from
a cue rate of 0.3 (word-only F1 peaks there) and that below it the frame must be checked; a frame
counts when it carries :data:`MIN_FRAME_SHARE` of the word's gold cues with a speaking subject.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

PATH = Path(__file__).with_name("cues_polnear.tsv")

#: cue rate from which the word alone makes a cue
TRUST_RATE = 0.3
EVIDENCE_RATE = 0.2
#: share of a word's gold cues a frame must carry to be used by a framed cue
MIN_FRAME_SHARE = 0.1
#: share of a verb's gold cues its no-source, content-through-the-subject frame must carry
RAISING_SHARE = 0.5
#: share of a verb's gold cues its no-source frames with a clause or object content must carry
UNSOURCED_SHARE = 0.15
#: source relations that mean "the verb's subject is the source" in the file's frames
SUBJECT_RELS = frozenset({"nsubj", "-"})


@dataclass(frozen=True)
class CueRow:
    key: str
    as_cue: int
    in_text: int
    rate: float
    pos: tuple[str, ...]
    frames: tuple[tuple[str, str, float], ...]  # (source_rel, content_rel, share)


def tsv_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a derived TSV file as dicts by its header (lines starting with "#" say where
    the file comes from); none when the file is missing.  Every derived lexicon file is read so."""
    if not path.exists():
        return
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        yield dict(zip(header, cols))


def included_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a derived TSV file marked ``include`` = 1."""
    return (rec for rec in tsv_rows(path) if rec.get("include") == "1")


def _read(path: Path = PATH) -> dict[str, CueRow]:
    rows: dict[str, CueRow] = {}
    for rec in included_rows(path):
        frames = []
        for part in rec["frames"].split(","):
            if ":" not in part.rstrip(":"):
                continue
            rels, share = part.rsplit(":", 1)
            src, _, content = rels.partition("/")
            frames.append((src, content, float(share)))
        rows[rec["cue"]] = CueRow(rec["cue"], int(rec["as_cue"]), int(rec["in_text"]), float(rec["cue_rate"]),
                                  tuple(rec["head_pos"].split("|")), tuple(frames))
    return rows


def surely_at_least(row: CueRow, rate: float) -> bool:
    """The row's cue rate is at least ``rate`` with 95% confidence (Wilson lower bound): 'sentence'
    seen 3 times in 10 is not trusted like 'say' seen 5,317 times in 6,300."""
    return row.in_text > 0 and wilson_low(row.rate * row.in_text, row.in_text) >= rate


def wilson_low(hits: float, n: int, z: float = 1.96) -> float:
    """The 95% lower bound (Wilson) of a rate of ``hits`` in ``n``."""
    if n <= 0:
        return 0.0
    p = hits / n
    return (p + z * z / (2 * n) - z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)


@dataclass(frozen=True)
class DerivedCues:
    """The file's included rows and the tiers built from them (one object: the file is one
    measurement of the corpus, not a hand-written list to compare with the others)."""

    rows: dict[str, CueRow]
    #: one-word verb cues trusted on the word alone
    trusted: frozenset[str]
    #: one-word verb cues below the trust rate: lemma -> the content relations they report through
    framed: dict[str, frozenset[str]]
    #: verb + particle/preposition cues, as (verb lemma, particle) pairs
    phrasal: frozenset[tuple[str, str]]
    #: raising verbs: lemma -> the subject relation their content runs through (nsubj | nsubjpass)
    raising: dict[str, str]
    #: trusted verbs with a no-source frame (a clause or object content) of at least
    #: :data:`UNSOURCED_SHARE` of their gold cues: "Asked about X, …" credits the question to no one
    unsourced: frozenset[str]


def load(path: Path = PATH) -> DerivedCues:
    rows = _read(path)
    verbs = {k: r for k, r in rows.items() if " " not in k and k.isalpha() and "VERB" in r.pos}
    trusted = frozenset(k for k, r in verbs.items() if r.rate >= TRUST_RATE and surely_at_least(r, EVIDENCE_RATE))
    framed = {
        k: frozenset(c for s, c, share in r.frames if share >= MIN_FRAME_SHARE and s in SUBJECT_RELS
                     and not c.startswith("^") and c not in ("-", "none"))
        for k, r in verbs.items() if not (r.rate >= TRUST_RATE and surely_at_least(r, EVIDENCE_RATE))
    }
    return DerivedCues(
        rows=rows,
        trusted=trusted,
        framed={k: v for k, v in framed.items() if v},
        phrasal=frozenset(tuple(k.split(" ", 1)) for k, r in rows.items()
                          if k.count(" ") == 1 and k != "according to" and "VERB" in r.pos
                          and r.rate >= TRUST_RATE),
        raising={k: r.frames[0][1] for k, r in verbs.items() if k in trusted and r.frames
                 and r.frames[0][0] == "none" and r.frames[0][1] in ("nsubj", "nsubjpass")
                 and r.frames[0][2] >= RAISING_SHARE},
        unsourced=frozenset(k for k, r in verbs.items() if k in trusted and sum(
            share for src, content, share in r.frames if src == "none" and content in ("ccomp", "pobj", "prep", "pcomp"))
            >= UNSOURCED_SHARE),
    )


#: the derived cue lexicon, read once
CUES = load()
