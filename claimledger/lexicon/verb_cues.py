"""The verb cues that report only in a frame, read from ``verb_cues_polnear.tsv``.

The file is data made by ``bench/polnear_verb_cues.py`` from PolNeAR train (lemmas, frame names
and counts, no corpus text): for each (verb, frame) of a verb the other cue rules do not take,
with a subject that can speak, ``n`` occurrences in train, ``free`` those not inside another gold
attribution's content (PolNeAR annotates each token once, and the rules drop a belief or act
reported inside another statement), and ``hits``, those where the verb lies in a gold cue whose
content matches the frame's span (token IoU >= 0.5, the scorer's match); ``rate`` = hits/free.

A (verb, frame) row makes a statement with at least :data:`MIN_HITS` hits and a rate whose 95%
lower bound (Wilson) is at least :data:`MIN_LOW`: the rate is what the statement's precision
will be, and the bound keeps a row seen 4 times in 5 from passing for one seen 40 times in 50.
(The numbers and what they did on train are in ``extract/attribution/verb_cues.py``.)
"""
from __future__ import annotations

import math
from pathlib import Path

PATH = Path(__file__).with_name("verb_cues_polnear.tsv")

#: hits a row needs: fewer is a coincidence, not a pattern
MIN_HITS = 3
#: the least 95% lower bound on a row's rate
MIN_LOW = 0.35


def wilson_low(hits: int, n: int, z: float = 1.96) -> float:
    """The 95% lower bound of a rate of ``hits`` in ``n``."""
    if n <= 0:
        return 0.0
    p = hits / n
    return (p + z * z / (2 * n) - z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)


def chosen_rows(path: Path, min_hits: int = MIN_HITS, min_low: float = MIN_LOW) -> frozenset:
    if not path.exists():
        return frozenset()
    rows, header = set(), None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if header is None:
            header = line.split("\t")
            continue
        row = dict(zip(header, line.split("\t")))
        hits, free = int(row["hits"]), int(row["free"])
        if hits >= min_hits and wilson_low(hits, free) >= min_low:
            rows.add((row["lemma"], row["frame"]))
    return frozenset(rows)


#: (verb lemma, frame) pairs that make a statement
FRAMES = chosen_rows(PATH)
#: the verbs of :data:`FRAMES` (a quick test before reading a verb's children)
LEMMAS = frozenset(lemma for lemma, _ in FRAMES)
