"""Words the news corpus writes in lower case, also right before a name (``lowercase_words_news.tsv``), read once.

The file is data made by ``bench/news_casing.py`` (words and counts, no corpus text): words
written in lower case at least nine times in ten where they do not start a sentence, and at
least once in lower case right before a capitalised name ("astronomer Anthony Boccaletti").
Capitalised at the front of a person's name the small model found, such a word describes the
person ("Astronomer", "Broadcaster", "Former"); a given name is written capitalised everywhere.
"""
from __future__ import annotations

from pathlib import Path

from claimledger.lexicon.derived_cues import included_rows

PATH = Path(__file__).with_name("lowercase_words_news.tsv")


def load(path: Path = PATH) -> frozenset[str]:
    """The included words of the file."""
    return frozenset(rec["word"] for rec in included_rows(path))


#: words news writes in lower case, also before a name (lower-case form)
LOWERCASE_WORDS = load()
