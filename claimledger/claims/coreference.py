"""One speaker, several names on one page: the page-level coreference of a page's speakers.

"Army Col. Ryan Dillon said …" … "Dillon said"; "Hughes Tool Co" … "Hughes said"; "the World Bank
said" … "the bank said"; "Deputy Interior Minister Santi Chaiviratana" … "the Minister said".
The extractor records each source as the page writes it (its speaker memory already resolves
pronouns, surnames and office words it can see in the parse, extract/attribution/speakers.py),
so a short or generic mention the memory could not reach reads as somebody else.  These rules
map such a mention to the fuller name the page gives before or after it.  Both readers of a
page's speakers use this one rule set: the ``sources`` table (store/sources.py: one row per
speaker) and the tracker (track/keys.py: two figures from one speaker are a revision, from two
speakers maybe a conflict).

Written by hand because no English coreference model installs offline (see the project notes);
the rules only ever pick a name the page itself gives, and give up when two names fit.  Measured
on the news corpus (bench/ledger.py, hand-judged conflicts): of the 44 conflicts flagged before
these rules, 11 were one speaker under two names on one page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from claimledger.extract.actors import is_place, resolve_alias
from claimledger.extract.names import fold_words, rejoined, written_words
from claimledger.lexicon.attribution import BODY_NOUNS, QUANTIFIER_PRONOUNS
from claimledger.lexicon.tracking import COMPANY_WORDS, DOCUMENT_WORDS, OFFICE_WORDS

#: one mention of a speaker: its name as written, its kind (person, organization, document,
#: unnamed) and its title ("Deputy Finance Minister")
Mention = tuple[Optional[str], Optional[str], Optional[str]]


@dataclass
class PageSpeakers:
    """The speakers one page names, in page order, to resolve short and generic mentions against."""

    #: proper names (and the organisations speakers are given) with kind and title, first seen first
    named: list[tuple[str, Optional[str], Optional[str]]] = field(default_factory=list)
    #: the documents the page cites, in page order ("the study", "a Gartner report")
    documents: list[str] = field(default_factory=list)
    #: every person's name, in page order
    people: list[str] = field(default_factory=list)

    def fuller(self, name: str, kind: Optional[str] = None) -> Optional[str]:
        """The page's one fuller name for ``name`` (a mention of that ``kind``), or None: no
        such name, or two of them."""
        words = written_words(name)
        if not words or _a_place(name):
            return None
        if _is_proper(name):
            # a proper name inside a longer one: "Hughes" in "Hughes Tool Co", "Southwest Forest"
            # in "Southwest Forest Industries Inc", "Harmon" in "John Harmon"
            fits = [n for n, _k, _t in self.named if len(written_words(n)) > len(words)
                    and _contains(written_words(n), words)]
            return _one(fits) or self._person_by_surname(name, kind)
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
            return _one(fits) or self._person_by_surname(name, kind)
        if head in COMPANY_WORDS and len(words) <= 2:
            # "the company said": the first organisation the page names is the one it is about
            orgs = [n for n, kind_, _t in self.named if kind_ == "organization"]
            return orgs[0] if orgs else None
        return self._person_by_surname(name, kind)

    def _person_by_surname(self, name: str, kind: Optional[str]) -> Optional[str]:
        """A person named by surname ("Dillon") is the one person whose full name ends with it
        ("Ryan Dillon"), compared without case, accents or punctuation — also when
        another kind of name holds the word too ("Dillon Read")."""
        if kind != "person":
            return None
        short = fold_words(name)
        fits = {full for full in self.people if _ends(short, fold_words(full))}
        return fits.pop() if len(fits) == 1 else None


def page_speakers(mentions: Iterable[Mention]) -> PageSpeakers:
    """The speakers of one page from ``(name, kind, title)`` of each claim's source in page
    order; an organisation a speaker is given ("a spokesman for the World Bank") is passed as a
    mention of its own, of kind "organization"."""
    seen: set[str] = set()
    page = PageSpeakers()
    for name, kind, title in mentions:
        if not name:
            continue
        if kind == "document" and name not in page.documents:
            page.documents.append(name)
        if kind == "person" and name not in page.people:
            page.people.append(name)
        if _is_proper(name) and name not in seen:
            seen.add(name)
            page.named.append((name, kind, title))
    return page


def _a_place(name: str) -> bool:
    """A country or city speaking ("the United States said") is its government, not a short
    form of a body named after it ("United States Department of Transportation").  (The tracker
    keys a name the alias table knows by that name before it asks for a fuller one, so this
    changes only the sources table.)"""
    known = resolve_alias(rejoined(name))
    return known is not None and is_place(known)


@lru_cache(maxsize=1 << 14)
def _is_proper(name: str) -> bool:
    """Capitalised and not all one generic word ("Minister", "Company" at a sentence start
    capitalised are still generic): proper names have a capital and are not a lone common word."""
    words = name.split()
    if not words or not any(w[:1].isupper() for w in words):
        return False
    return not (len(words) == 1 and words[0].lower() in _GENERIC)


_GENERIC = COMPANY_WORDS | OFFICE_WORDS


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _ends(short: list[str], full: list[str]) -> bool:
    """'Dillon' and 'Ryan Dillon': the shorter name ends the longer one."""
    return 0 < len(short) < len(full) and full[-len(short):] == short


def _one(names: list[str]) -> Optional[str]:
    """The fuller name when every candidate is one name, or nested in one ("Hughes Tool" and
    "Hughes Tool Co" → the longest); None when two different names fit."""
    if not names:
        return None
    longest = max(names, key=lambda n: len(written_words(n)))
    if all(_contains(written_words(longest), written_words(n)) for n in names):
        return longest
    return None


# --------------------------------------------------------------------------- in the claim record

#: a body named on the page: (offset of its first mention, its name)
Body = tuple[int, str]


def generic_body(name: str, bodies: list[Body], documents: list[Body], before: int) -> Optional[str]:
    """The one body the page named before offset ``before`` that a generic speaker ("the
    company", "the firm", "the ministry", "the report") stands for, or None.

    - a head word some body's name holds ("the ministry" → "Emergencies Ministry", "the bank" →
      "World Bank"): the one such body;
    - else a company word ("the company", "the firm", "the carrier"): the one organisation the
      page named before, unless a body named later holds the word ("the bank" before "Bank of
      Canada");
    - a document word ("the report", "the study"): the one named document cited before ("a
      Gartner report").
    Two candidates, or none, leave the speaker as written."""
    words = written_words(name)
    if not words or len(words) > 2 or _is_proper(name) or words[0] in QUANTIFIER_PRONOUNS | {"every", "another"}:
        return None  # "one candidate", "six states": one of many, not the body
    head = words[-1]
    if head not in BODY_NOUNS | COMPANY_WORDS | DOCUMENT_WORDS:
        return None  # "the candidate" is a person, whatever body's name holds the word
    if head in DOCUMENT_WORDS:
        named = [n for at, n in documents if at < before and _is_proper(n) and head in written_words(n)]
        return _one(_distinct(named))
    earlier = _distinct([n for at, n in bodies if at < before])
    fits = [n for n in earlier if head in written_words(n)]
    if fits:
        return _one(fits)
    if head in COMPANY_WORDS and len(words) == 1 and not any(head in written_words(n) for _at, n in bodies):
        return _one(earlier)  # not when the page names a "… Bank" only later: that is the bank meant
    return None


def _distinct(names: list[str]) -> list[str]:
    seen: dict[tuple[str, ...], str] = {}
    for n in names:
        seen.setdefault(written_words(n), n)
    return list(seen.values())
