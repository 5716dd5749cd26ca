"""Actors and places: one canonical name per group, body or country, whatever the text calls it.

"IS fighters", "Daesh militants" and "the Islamic State group" all count ISIS members; "the US",
"USA" and a reader's "Ameica" are all the United States.  The names live in
``claimledger/data/aliases.json``; this module only matches them:
- acronyms (single tokens with two or more capitals: "IS", "US", "DoD") match as written, so "is"
  and "us" never do; acronyms of four letters or more also match capitalised ("Isis", "Nato"),
  the house style of some outlets;
- other names match in any case, ignoring "the", hyphens, apostrophes and a possessive "'s";
- misspellings are caught by fuzzy matching (rapidfuzz), only for capitalised words of six
  letters or more, so short acronyms never match by accident.
"""
from __future__ import annotations

import itertools
import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Iterable, Optional, Union

from rapidfuzz import process
from rapidfuzz.distance import OSA

if TYPE_CHECKING:  # types only: the tracker reads aliases here, and views must not load spaCy
    from spacy.tokens import Doc, Span, Token

from claimledger.extract.names import alias_key as _key
from claimledger.extract.tree import MAX_EXACT_WIDTH, sentence_of, text_of
from claimledger.lexicon.dates import MONTH_ABBR, MONTHS
from claimledger.lexicon.outlets import (
    DATELINE_AGENCIES,
    DOMAIN_ENDINGS,
    OUTLET_HEADS,
    OUTLETS,
)

#: misspellings: at most one edit (optimal string alignment, so "Isreal" is one transposition),
#: two for names of nine letters or more ("Afganistan"); only between words and aliases of six
#: letters or more.  Measured on 2,379 distinct capitalised proper-noun words of 308 news
#: articles: fuzz.ratio ≥ 90 still matched "Danish" to "Daish" and missed "Amercia"/"Isreal";
#: this rule matched only "Franco" → France, and none once first and last letters must agree,
#: while catching all eight test misspellings ("Ameica", "Amercia", "Isreal", "Hezbolah", …)
FUZZY_MIN_LEN = 6
#: the longest alias, in tokens, tried when scanning a phrase
MAX_ALIAS_TOKENS = 9
PLACE_GROUP = "places"
#: entity labels that name places in spaCy's English pipelines (NORP are peoples, not places)
PLACE_LABELS = ("GPE", "LOC")

_DOMAIN_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,3}"
                        r"\.(?:" + "|".join(DOMAIN_ENDINGS) + ")$",
                        re.IGNORECASE)
#: broadcaster codes: capitals with a digit ("K24", "TV5", "Channel 4") or ending in TV ("CCTV")
_CODE_RE = re.compile(r"^(?:[A-Z]{1,5}\d{1,3}|[A-Z]{1,4}[- ]?TV\d?|[A-Z][a-z]+ \d{1,2})$")


_WORD_END = re.compile(r"[\s\-‐‑–'’.,]")


@lru_cache(maxsize=1 << 16)
def _first_word(text: str) -> str:
    """The first word of a name, lower-cased: a window of tokens can be a name of several words
    only if its first token's first word is one a name starts with (skips most windows)."""
    return _WORD_END.split(text.strip(), 1)[0].lower()


def _is_acronym(alias: str) -> bool:
    return " " not in alias and sum(c.isupper() for c in alias) >= 2


class AliasTable:
    """The shipped alias table, indexed for exact, case-aware and fuzzy look-ups."""

    def __init__(self, groups: dict[str, dict[str, list[str]]]):
        self.exact: dict[str, str] = {}      # acronyms, as written (and capitalised when long)
        self.folded: dict[str, str] = {}     # other names, by _key
        self.kind: dict[str, str] = {}       # canonical -> group
        for group, table in groups.items():
            if group.startswith("_"):
                continue
            for canonical, aliases in table.items():
                self.kind[canonical] = group
                for alias in {canonical, *aliases}:
                    if _is_acronym(alias):
                        self.exact[alias] = canonical
                        letters = re.sub(r"[^A-Za-z]", "", alias)
                        if len(letters) >= 4 and alias.isupper():
                            self.exact[alias.capitalize()] = canonical
                    else:
                        self.folded[_key(alias)] = canonical
        self.fuzzy_keys = [k for k in self.folded if len(k) >= FUZZY_MIN_LEN]
        self.first_words = frozenset({"the"} | {_first_word(a) for a in (*self.exact, *self.folded)})

    def lookup(self, text: str) -> Optional[str]:
        text = text.strip()
        bare = re.sub(r"^(?:the|The)\s+", "", re.sub(r"['’]s$", "", text))
        return self.exact.get(bare) or self.folded.get(_key(text))

    def fuzzy(self, word: str) -> Optional[str]:
        """A misspelt single capitalised word ("Ameica"); inflections ("Russian") are not typos."""
        if len(word) < FUZZY_MIN_LEN or not word[:1].isupper() or not word.isalpha():
            return None
        k = word.lower()
        hit = process.extractOne(k, self.fuzzy_keys, scorer=OSA.distance, score_cutoff=1 if len(k) < 9 else 2)
        if hit is None:
            return None
        alias = hit[0]
        if k.startswith(alias) or alias.startswith(k) or k[0] != alias[0] or k[-1] != alias[-1]:
            return None  # a demonym or plural ("Russian"), or another name ("Franco" ≠ France)
        return self.folded[alias]


@lru_cache(maxsize=1)
def alias_table() -> AliasTable:
    data = resources.files("claimledger").joinpath("data/aliases.json").read_text(encoding="utf-8")
    return AliasTable(json.loads(data))


def resolve_alias(text: str, fuzzy: bool = False) -> Optional[str]:
    """The canonical name ``text`` stands for, or None ("Daesh" → "ISIS", "IS" → "ISIS", "is" → None)."""
    table = alias_table()
    hit = table.lookup(text)
    if hit is None and fuzzy and " " not in text.strip():
        hit = table.fuzzy(text.strip())
    return hit


def is_place(canonical: str) -> bool:
    return alias_table().kind.get(canonical) == PLACE_GROUP


# ---------------------------------------------------------------------------------------------
# inline definitions: "the Syrian Democratic Forces (SDF)"

_DEF_RE = re.compile(r"\(\s*(?P<short>[A-Z][A-Za-z0-9&.-]{1,11})\s*\)")
_WORD_RE = re.compile(r"[A-Za-z0-9'’.&-]+")


def _long_form(short: str, before: str) -> Optional[str]:
    """The words before "(SHORT)" that spell SHORT (Schwartz & Hearst 2003, "A simple algorithm
    for identifying abbreviation definitions"; 20 lines, so written here rather than pulling in
    scispaCy): match SHORT's letters right to left, the first one at the start of a word."""
    letters = [c.lower() for c in short if c.isalnum()]
    words = _WORD_RE.findall(before)[-min(len(letters) + 5, 2 * len(letters)):]
    if not words or len(letters) < 2:
        return None
    cand = " ".join(words)
    si, li = len(letters) - 1, len(cand) - 1
    while si >= 0:
        c = letters[si]
        while li >= 0 and (cand[li].lower() != c or (si == 0 and li > 0 and cand[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    start = cand.rfind(" ", 0, li + 1) + 1
    long = re.sub(r"^(?:the|The)\s+", "", cand[start:]).strip()
    return long if len(long) > len(short) else None


def learn_definitions(text: str) -> dict[str, str]:
    """Acronyms the text defines inline, mapped to a canonical name: "Syrian Democratic Forces
    (SDF)" → {"SDF": "SDF"}; an unknown group keeps its long form as its canonical name."""
    out: dict[str, str] = {}
    for m in _DEF_RE.finditer(text):
        short = m.group("short")
        before = text[max(0, m.start() - 150):m.start()]
        long = _long_form(short, before)
        if long is None:
            continue
        out[short] = resolve_alias(long) or resolve_alias(short) or long
    return out


# ---------------------------------------------------------------------------------------------
# names inside parsed phrases


def _shouting(tokens: list[Token]) -> bool:
    """An all-capitals sentence ("WHO IS TO BLAME"), where acronyms cannot be told from words."""
    first = tokens[0]
    if first.doc.has_annotation("SENT_START"):
        sent = sentence_of(first)
        words = text_of(first.doc)[sent.start_char:sent.end_char]
    else:
        words = " ".join(t.text for t in tokens[:MAX_EXACT_WIDTH])
    letters = "".join(filter(str.isalpha, words))
    return len(letters) > 12 and letters.isupper()


def _matches(tokens: list[Token], definitions: Optional[dict[str, str]] = None, fuzzy: bool = True):
    """(first, last, canonical) for each longest alias in ``tokens``, left to right."""
    if not tokens:
        return []
    doc = tokens[0].doc
    table = alias_table()
    shouting = _shouting(tokens)
    full = text_of(doc)
    starts = table.first_words | {_first_word(d) for d in definitions or ()}
    pos = [t.i for t in tokens]
    found, i = [], 0
    while i < len(tokens):
        hit = None
        longest = MAX_ALIAS_TOKENS if _first_word(tokens[i].text) in starts else 1
        for j in range(min(len(tokens), i + longest) - 1, i - 1, -1):
            if pos[j] - pos[i] != j - i:
                continue  # not contiguous
            text = full[tokens[i].idx:tokens[j].idx + len(tokens[j].text)]
            canon = (definitions or {}).get(text)
            if canon is None:
                canon = table.folded.get(_key(text))
                if canon is None and not shouting:
                    canon = table.exact.get(text)
            if canon is None and j == i and fuzzy and tokens[i].ent_type_ != "NORP" and (
                    tokens[i].pos_ == "PROPN" or tokens[i].ent_type_):
                canon = table.fuzzy(tokens[i].text)
            if canon is not None:
                hit = (i, j, canon)
                break
        if hit:
            found.append(hit)
            i = hit[1] + 1
        else:
            i += 1
    return found


def entity_in(span: Union[Span, Doc, Iterable[Token]], definitions: Optional[dict[str, str]] = None) -> Optional[str]:
    """The canonical actor a noun phrase names ("IS fighters" → "ISIS", "1,000 terrorists" → None).

    Among several names the one the phrase is about wins: not a hyphenated modifier
    ("US-backed Syrian Democratic Forces" is the SDF), then the one nearest the phrase's head.
    """
    tokens = list(span)
    found = _matches(tokens, definitions)
    if not found:
        return None

    def rank(hit):
        i, j, _ = hit
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        modifier = after is not None and after.text in ("-", "‐") and after.idx == tokens[j].idx + len(tokens[j].text)
        return (modifier, -j)

    return min(found, key=rank)[2]


def _place_name(text: str) -> str:
    """A place as the ledger records it: canonical if the alias table knows it, else as written."""
    canon = resolve_alias(text, fuzzy=True)
    if canon is not None:
        return canon
    return re.sub(r"^(?:the|The)\s+", "", text.strip())


def places_in(span: Union[Span, Doc, Iterable[Token]]) -> list[str]:
    """The places named in ``span`` (GPE/LOC entities, and known place aliases spaCy missed), in
    order, canonical and without repeats.  A place inside a longer name ("US Africa Command",
    "the London Interbank Offered Rate", "the Bank of England") is part of that name, not a
    place the text is about."""
    tokens = list(span)
    if not tokens:
        return []
    doc = tokens[0].doc
    hits: list[tuple[int, str]] = []
    covered: set[int] = set()
    for t in tokens:  # the entities starting inside the span (not all of the doc's: linear)
        if t.ent_iob_ == "B" and t.ent_type_ in PLACE_LABELS:
            end = t.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            ent = doc[t.i:end]
            covered.update(range(ent.start, ent.end))
            if not _hyphen_modifier(doc, ent.start_char, ent.end_char):
                hits.append((ent.start, _place_name(ent.text)))
    rest = [t for t in tokens if t.i not in covered]
    for i, j, canon in _matches(rest, fuzzy=False):
        if is_place(canon) and not _hyphen_modifier(doc, rest[i].idx, rest[j].idx + len(rest[j].text)) \
                and not _inside_name(rest[i], rest[j]):
            hits.append((rest[i].i, canon))
    out: list[str] = []
    for _, name in sorted(hits):
        if name not in out:
            out.append(name)
    return out


#: entity labels of names that may contain a place without being about it
NAME_LABELS = frozenset(("ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"))


def _inside_name(first: Token, last: Token) -> bool:
    """Whether tokens ``first``..``last`` are a strict part of an organisation's (or another
    named thing's) entity: "US" and "Africa" in "US Africa Command".  A place tagged ORG on its
    own (the whole entity) is still a place."""
    if not first.ent_type_ or first.ent_type_ not in NAME_LABELS:
        return False
    doc, start, end = first.doc, first.i, first.i + 1  # the entity around ``first``, walked out
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return last.i < end and (start, end) != (first.i, last.i + 1)


#: a dateline opening a story: where the reporter filed, not where anything in it holds.
#: "LONDON, March 3 - ", "WINTER HAVEN, FLA., March 12 - ", "WASHINGTON (Reuters) - ",
#: "BEIRUT, Lebanon (AP) — ", "Paris, 4 May (AFP) - ": a place (in capitals unless a date or an
#: agency follows), an optional region, then a date and/or an agency in brackets, then a dash
_MONTH = r"(?i:" + "|".join(sorted([*MONTHS, *MONTH_ABBR], key=len, reverse=True)) + r")\.?"
DATE_PATTERN = rf"(?:{_MONTH}[ \u00a0]\d{{1,2}}|\d{{1,2}}[ \u00a0]{_MONTH})(?:,?[ \u00a0]\d{{4}})?"
_AGENCY = r"\((?:" + "|".join(DATELINE_AGENCIES) + r")\)"
_PLACE_WORDS = r"[A-Z][A-Za-z.'’-]*(?:[ \u00a0][A-Z][A-Za-z.'’-]*){0,3}"
DATELINE_RE = re.compile(
    rf"[ \u00a0\t]*(?:(?P<caps>[A-Z][A-Z.'’-]{{2,}}(?:[ \u00a0][A-Z][A-Z.'’-]*){{0,3}})|{_PLACE_WORDS})"
    rf"(?:,[ \u00a0]{_PLACE_WORDS})?"
    rf"(?:(?P<date>,[ \u00a0]{DATE_PATTERN})?[ \u00a0]*(?P<agency>{_AGENCY})?)"
    rf"[ \u00a0]*(?:-{{1,2}}|–|—)[ \u00a0]")


def dateline_end(text: str, start: int = 0) -> int:
    """Where a dateline at ``start`` of ``text`` ends (``start`` when there is none)."""
    m = DATELINE_RE.match(text, start)
    if m is None or not (m.group("date") or m.group("agency") or
                         m.group("caps") and text[m.end() - 2:m.end() - 1] in "—–"):
        return start
    return m.end()


def _hyphen_modifier(doc: Doc, start: int, end: int) -> bool:
    """A name glued to a hyphen ("US-backed", "Israel-USA-NATO") modifies a word; it is not where
    something is."""
    text = text_of(doc)
    return text[end:end + 1] in ("-", "‐") or (start > 0 and text[start - 1] in ("-", "‐"))


#: dependency labels that open another clause: places there scope something else
CLAUSE_DEPS = frozenset(("ccomp", "advcl", "relcl", "xcomp", "csubj", "parataxis", "acl"))


def _pp_places(head: Token, limit: int = MAX_EXACT_WIDTH) -> list[Token]:
    """Tokens of prepositional phrases hanging from ``head`` (and from their objects, and from
    conjoined objects), without entering other clauses: "on the battlefield in Syria and Iraq".
    At most ``limit`` of them, and at most that many children read per token: a runaway parse
    (thousands of number words) hangs thousands of tokens on one head."""
    out = []
    stack = [c for c in itertools.islice(head.children, limit)
             if c.dep_ in ("prep", "npadvmod") or (c.dep_ == "advmod" and c.lower_ in ("here", "there"))]
    while stack and len(out) < limit:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in itertools.islice(t.children, limit) if c.dep_ not in CLAUSE_DEPS)
    return out


def scope_for(doc: Doc, where: Union[Token, tuple[int, int]]) -> tuple[str, ...]:
    """Where a quantity holds: the places in prepositional phrases on the counted noun or on its
    verb ("remain on the battlefield in Syria and Iraq" → ("Syria", "Iraq")); failing those, on
    the verbs above it in the sentence ("In Iraq, officials said 40 died")."""
    if not isinstance(where, tuple):  # a Token
        tok = where
    else:
        span = doc.char_span(where[0], where[1], alignment_mode="expand")
        if span is None or not len(span):
            return ()
        tok = span.root
    noun, steps = tok, 0  # head walks are capped: a runaway parse is one chain thousands deep
    while steps < 12 and noun.dep_ in ("nummod", "quantmod", "compound", "amod", "advmod", "pobj", "prep") and noun.head.i != noun.i \
            and noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        noun, steps = noun.head, steps + 1
    chain = [noun]
    v = noun
    while v.head.i != v.i and v.pos_ not in ("VERB", "AUX") and len(chain) < 12:
        v = v.head
        chain.append(v)
    # "10,000 militants are still active in Iraq": the place hangs on the copula's complement
    chain.extend(c for c in itertools.islice(v.children, MAX_EXACT_WIDTH) if c.dep_ == "acomp")
    sent = sentence_of(tok) if doc.has_annotation("SENT_START") else doc[:]
    filed = dateline_end(text_of(doc), sent.start_char)  # the dateline's place is not a scope
    for heads in (chain, _ancestor_verbs(chain[-1])):
        found: list[Token] = []
        for h in heads:  # one budget for all the heads: a claim's scope is read nearby
            if len(found) >= MAX_EXACT_WIDTH:
                break
            found.extend(_pp_places(h, MAX_EXACT_WIDTH - len(found)))
        places = places_in(sorted((t for t in found if t.idx >= filed), key=lambda t: t.i))
        if places:
            return tuple(places)
    return ()


def _ancestor_verbs(verb: Token) -> list[Token]:
    out, t, steps = [], verb, 0
    while t.head.i != t.i and len(out) < 4 and steps < 12:
        t, steps = t.head, steps + 1
        if t.pos_ in ("VERB", "AUX"):
            out.append(t)
    return out


# ---------------------------------------------------------------------------------------------
# outlets


def is_outlet_like(text: str) -> bool:
    """Does ``text`` name a channel (an outlet, a platform, "the website") rather than a person or
    a group?  Used to tell "told Military.com" (a channel) from "told reporters"."""
    t = " ".join(text.split())
    bare = re.sub(r"^(?:the|The)\s+", "", re.sub(r"['’]s$", "", t))
    if not bare:
        return False
    if bare.lower() in OUTLETS or _DOMAIN_RE.match(bare) or _CODE_RE.match(bare):
        return True
    last = bare.split()[-1].lower()
    if last in OUTLET_HEADS:
        return resolve_alias(bare) is None
    return False
