"""How names are compared: the one place that says when two written names are the same name.

Speakers, sources and aliases are matched by name at several stages (the extractor's speaker
memory, the alias table, the sources table, the tracker's page speakers).  Each needs a
comparison form that ignores what does not tell names apart; the forms differ only where the
comparison does, and each is named for why:

- ``fold``: case and diacritics ignored ("Brudziński" = "brudzinski") — persons' names;
- ``fold_words``: the words of ``fold``, punctuation dropped ("Col. Dillon" → col, dillon);
- ``written_words``: the words as a page writes them, lower-cased — hyphens, "&" and apostrophes
  kept, so "US-led" is one word and "AT&T" one name; dots trimmed ("Corp." = "Corp");
- ``alias_key``: the alias table's key — no leading "the", possessive, hyphens or apostrophes;
- ``stems``: the words of ``fold`` without plural endings ("Emergencies Ministry" = "emergency
  ministry") — a body's short and long names;
- ``rejoined``: a name whose tokens were joined back with spaces ("us - led coalition") written
  as text ("us-led coalition"); case kept.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


#: Latin letters that Unicode does not decompose into a base letter and a mark, written as the
#: letters they are read as in English text ("Wałęsa" = "walesa", "Øresund" = "oresund")
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ß": "ss",
                               "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


def fold(name: str) -> str:
    """Lower-cased, without diacritics ("Brudziński" = "brudzinski"), letters without a
    decomposition written as their base letters (:data:`_UNDECOMPOSED`)."""
    text = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_UNDECOMPOSED)


def fold_words(name: str) -> list[str]:
    """The words of ``fold(name)``, split at anything not a letter or digit."""
    return "".join(c if c.isalnum() else " " for c in fold(name)).split()


_WRITTEN_WORD = re.compile(r"[\w'’&.-]+")


@lru_cache(maxsize=1 << 14)
def written_words(name: str) -> tuple[str, ...]:
    """The words as written, lower-cased, with the dots of abbreviations trimmed."""
    return tuple(w.lower().strip(".") for w in _WRITTEN_WORD.findall(name))


_POSSESSIVE_END = re.compile(r"'s$|'$")
_THE_START = re.compile(r"^the\s+", re.IGNORECASE)
_JOINERS = re.compile(r"[-‐‑–'\s]+")


@lru_cache(maxsize=1 << 16)  # every window of every name-finding pass asks: most are repeats
def alias_key(text: str) -> str:
    """The case-free comparison form: no leading "the", possessive, hyphens or apostrophes."""
    t = text.strip().replace("’", "'")
    t = _POSSESSIVE_END.sub("", t)
    t = _THE_START.sub("", t)
    t = _JOINERS.sub(" ", t)
    return t.strip().lower()


def rejoined(name: str) -> str:
    """"us - led coalition" (tokens joined back) → "us-led coalition"."""
    return re.sub(r"\s*-\s*", "-", " ".join(name.split()))


def stems(name: str) -> list[str]:
    """Words of a name folded and without plural endings ('Emergencies' = 'Emergency')."""
    out = []
    for w in re.findall(r"\w+", fold(name)):
        w = w[:-3] + "y" if w.endswith("ies") and len(w) > 4 else w[:-1] if w.endswith("s") and len(w) > 3 else w
        out.append(w)
    return out
