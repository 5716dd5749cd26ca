#!/usr/bin/env python3
"""Derive the adjective cues and their frames from PolNeAR **train** (never dev, never test).

    python bench/polnear_adjective_cues.py [--cache /tmp/attr_cache] [--out claimledger/lexicon/adjective_cues_polnear.tsv]

Why: about 200 train attributions claimledger misses have a copula and an adjective for a cue:
"was critical of …", "is confident that …", "it is unclear whether …", "were reluctant to …".
An adjective is a cue only in a frame; this counts, for every adjective after a copula in every
frame of ``claimledger/extract/attribution/adjective_cues.py`` (``candidates``), how often it lies
in a gold cue whose content matches the frame's span, with the counting of
``bench/polnear_verb_cues.py`` (n, free, cue, hits).  ``lexicon/adjective_cues.py`` chooses the
rows.  Lemmas, frame names and counts only: no PolNeAR text leaves the benchmark.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def adjective_candidates(doc):
    from claimledger.extract.attribution.adjective_cues import candidates

    return candidates(doc)


if __name__ == "__main__":
    from polnear_verb_cues import main

    sys.exit(main(candidates=adjective_candidates, out="adjective_cues_polnear.tsv",
                  about="# bench/polnear_adjective_cues.py: adjectives after a copula.\n",
                  chooser="lexicon/adjective_cues.py"))
