"""The nouns that head an attribution's source in PolNeAR train (``speakers_polnear.tsv``), read once.

The file is data made by ``bench/polnear_speakers.py`` (lemmas and counts, no corpus text): common
nouns that head a gold source at least 3 times and in at least one of five of their occurrences as
a subject ('campaign', 'nominee', 'ally', 'advocate', 'poll').  A cue's subject headed by one of
them can speak, beside the hand-written speaker nouns of ``lexicon.attribution``.
"""
from __future__ import annotations

from pathlib import Path

from claimledger.lexicon.derived_cues import included_rows

PATH = Path(__file__).with_name("speakers_polnear.tsv")


def load(path: Path = PATH) -> frozenset[str]:
    """The included nouns of the file."""
    return frozenset(rec["noun"] for rec in included_rows(path))


#: common nouns that head a source in PolNeAR train (lemma form)
SPEAKER_HEADS = load()
