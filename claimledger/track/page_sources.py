"""One speaker, several names on one page: "Hughes Tool Co" … "Hughes said"; "the World Bank
said" … "the bank said"; "Deputy Interior Minister Santi Chaiviratana" … "the Minister said".

The tracker compares sources across claims: two figures from one speaker are a revision or a
part and a whole, two from different speakers may be a conflict.  The extractor records each
source as the page writes it, so a later short or generic mention reads as somebody else.  These
rules map such a mention to the fuller name the page gave before (or after) — a small,
page-local coreference.  Written by hand because no English coreference model installs offline
(see the project notes); the rules only ever pick a name the page itself gives, and give up when
two names fit.

Measured on the news corpus (bench/ledger.py, hand-judged conflicts): of the 44 conflicts
flagged before these rules, 11 were one speaker under two names on one page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from claimledger.extract.names import written_words

#: generic words for the company a business story is about: "the company said" is that company
COMPANY_WORDS = frozenset({
    "company", "firm", "group", "corporation", "corp", "concern", "carrier", "airline", "maker",
    "producer", "insurer", "retailer", "utility", "lender", "bank", "brokerage", "conglomerate",
    "manufacturer", "operator", "holding",
})
#: generic words for a cited piece of research or data
DOCUMENT_WORDS = frozenset({"study", "report", "survey", "analysis", "research", "poll", "data",
                            "figures", "statistics", "estimate", "estimates", "review", "paper",
                            "forecast", "census", "audit"})
@dataclass
class PageSources:
    """The named sources of one page, in page order, with their titles, to resolve short and
    generic mentions against."""

    named: list[tuple[str, Optional[str], Optional[str]]] = field(default_factory=list)  # name, kind, title
    #: the documents the page cites, in page order ("the study", "a Gartner report")
    documents: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, sources: Iterable[tuple[Optional[str], Optional[str], Optional[str]]]) -> "PageSources":
        """From ``(name, kind, title)`` of each claim's source in page order; an organisation a
        speaker is given ("a spokesman for the World Bank") is passed as a name of its own."""
        seen, named, documents = set(), [], []
        for name, kind, title in sources:
            if not name:
                continue
            if kind == "document" and name not in documents:
                documents.append(name)
            if _is_proper(name) and name not in seen:
                seen.add(name)
                named.append((name, kind, title))
        return cls(named, documents)

    def fuller(self, name: str) -> Optional[str]:
        """The page's one fuller name for ``name``, or None (no such name, or two of them)."""
        words = written_words(name)
        if not words:
            return None
        if _is_proper(name):
            # a proper name inside a longer one: "Hughes" in "Hughes Tool Co", "Southwest Forest"
            # in "Southwest Forest Industries Inc", "Harmon" in "John Harmon"
            fits = [n for n, _k, _t in self.named if len(written_words(n)) > len(words)
                    and _contains(written_words(n), words)]
            return _one(fits)
        head = words[-1]
        if head in DOCUMENT_WORDS and self.documents and self.documents[0] != name:
            # "the study", "the report", "the survey": a page reports one piece of research
            # under several names; the first it cites stands for them
            return self.documents[0]
        # a generic mention names its head word: "the bank" → "World Bank", "the archive" →
        # "Gun Violence Archive", "the minister" → the one whose title says "Minister"
        fits = [n for n, _k, title in self.named
                if head in written_words(n) or title and head in written_words(title)]
        if fits:
            return _one(fits)
        if head in COMPANY_WORDS and len(words) <= 2:
            # "the company said": the first organisation the page names is the one it is about
            orgs = [n for n, kind, _t in self.named if kind == "organization"]
            return orgs[0] if orgs else None
        return None


@lru_cache(maxsize=1 << 14)
def _is_proper(name: str) -> bool:
    """Capitalised and not all one generic word ("Minister", "Company" at a sentence start
    capitalised are still generic): proper names have a capital and are not a lone common word."""
    words = name.split()
    if not words or not any(w[:1].isupper() for w in words):
        return False
    return not (len(words) == 1 and words[0].lower() in _GENERIC)


#: lone office words that a page capitalises without naming anyone ("the Minister said")
_OFFICES = frozenset({"minister", "president", "secretary", "chairman", "spokesman",
                      "spokeswoman", "governor", "ministry", "department", "agency", "archive"})


_GENERIC = COMPANY_WORDS | _OFFICES


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _one(names: list[str]) -> Optional[str]:
    """The fuller name when every candidate is one name, or nested in one ("Hughes Tool" and
    "Hughes Tool Co" → the longest); None when two different names fit."""
    if not names:
        return None
    longest = max(names, key=lambda n: len(written_words(n)))
    if all(_contains(written_words(longest), written_words(n)) for n in names):
        return longest
    return None
