"""The nouns that report as documents in PolNeAR train (``cue_document_heads_polnear.tsv``), read once.

The file is data made by ``bench/polnear_document_heads.py`` (lemmas and counts, no corpus text):
common nouns that are the subject of a document cue ("show", "find", "conclude", "read") at least
3 times in train and whose verb is a gold cue at least 0.7 of those times ("records show", "the
results found", "polling shows").  ``lexicon.attribution.DOCUMENT_HEADS`` adds them to its
hand-written documents.
"""
from __future__ import annotations

from pathlib import Path

from claimledger.lexicon.derived_cues import included_rows

PATH = Path(__file__).with_name("cue_document_heads_polnear.tsv")


def load(path: Path = PATH) -> frozenset[str]:
    """The included nouns of the file."""
    return frozenset(rec["noun"] for rec in included_rows(path))


#: common nouns that report as documents in PolNeAR train (lemma form)
DERIVED_DOCUMENT_HEADS = load()
