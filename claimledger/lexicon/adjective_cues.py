"""The adjective cues and the frames they report through, read from ``adjective_cues_polnear.tsv``.

The file is data made by ``bench/polnear_adjective_cues.py`` from PolNeAR train (lemmas, frame
names and counts, no corpus text), in the layout of ``verb_cues_polnear.tsv``: for each
(adjective after a copula, frame), ``n`` occurrences, ``free`` those not inside another gold
content, ``hits`` those where the adjective lies in a gold cue whose content matches the frame's
span.  A row makes a statement on the same terms as a verb-in-frame row
(:func:`claimledger.lexicon.verb_cues.chosen_rows`).
"""
from __future__ import annotations

from pathlib import Path

from claimledger.lexicon.verb_cues import chosen_rows

PATH = Path(__file__).with_name("adjective_cues_polnear.tsv")

#: (adjective lemma, frame) pairs that make a statement
FRAMES = chosen_rows(PATH)
#: the adjectives of :data:`FRAMES`
LEMMAS = frozenset(lemma for lemma, _ in FRAMES)
