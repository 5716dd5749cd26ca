"""Head words of measured phrases that name one quantity (``measured_synonyms_news.tsv``).

The file is data made by ``bench/measured_synonyms.py`` from a ledger of the whole news corpus:
heads under which one owner is given one exact money or rate figure on different pages ("bid"
and "offer" of one takeover, "target" and "price" of OPEC's reference price), read by eye.  This
module only reads it: :func:`canonical_head` writes each head as its group's most used one, so the
tracker compares heads through it (``track/measured_join``, ``track/measured_same_figure``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from claimledger.lexicon.derived_cues import included_rows

PATH = Path(__file__).with_name("measured_synonyms_news.tsv")


@lru_cache(maxsize=1)
def measured_synonyms() -> dict[str, str]:
    """head → canonical head, for the heads the file names (others are their own)."""
    return {row["head"]: row["canonical"] for row in included_rows(PATH)}


def canonical_head(head: str) -> str:
    """The head a measured phrase's head word is compared as ("bid" → "offer")."""
    return measured_synonyms().get(head, head)
