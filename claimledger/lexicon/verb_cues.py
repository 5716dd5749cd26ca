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

The bound was 0.35; at 0.3 (issue 15) eleven more rows pass ("back X", "favor X", "address X",
"approve X", "encourage … to", "compare … to"): train +60 matched / +60 unmatched alone, and with
the noun rows lowered at the same time (``noun_cues.py``) train P/R/F1 0.8045/0.589/0.680 →
0.800/0.598/0.684, dev 0.818/0.594/0.688 → 0.812/0.602/0.691.  At 0.25 and 0.2 dev F1 stays
flat while precision falls by 0.005 a step: the rows added there are half wrong.
"""
from __future__ import annotations

from pathlib import Path

from claimledger.lexicon.derived_cues import tsv_rows, wilson_low

PATH = Path(__file__).with_name("verb_cues_polnear.tsv")

#: hits a row needs: fewer is a coincidence, not a pattern
MIN_HITS = 3
#: the least 95% lower bound on a row's rate
MIN_LOW = 0.3


def chosen_rows(path: Path, min_hits: int = MIN_HITS, min_low: float = MIN_LOW) -> frozenset:
    return frozenset((row["lemma"], row["frame"]) for row in tsv_rows(path)
                     if int(row["hits"]) >= min_hits and wilson_low(int(row["hits"]), int(row["free"])) >= min_low)


#: (verb lemma, frame) pairs that make a statement
FRAMES = chosen_rows(PATH)
#: the verbs of :data:`FRAMES` (a quick test before reading a verb's children)
LEMMAS = frozenset(lemma for lemma, _ in FRAMES)
