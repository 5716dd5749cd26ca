"""Quantities in a parsed text: value or bounds, approximation, trend, unit and the counted thing.

Numerals are found on the raw text (``numbers.find_numbers``, one linear regex pass); spaCy tokens
are consulted only around each hit, so text without numbers costs nothing beyond the scan.  The
rules follow the annotation conventions of the project's gold sets: "less than 3,000" is an upper
bound, "at least 45" a lower bound, "about 1,000" an approximate value, "dozens" a vague amount
without a value, and years, dates, clock times, ages, ordinals, list numbers, phone numbers and
names such as "Flight 610" are not quantities at all.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from . import quantity_lexicon as L
from .numbers import NumberMention, find_numbers


@dataclass(frozen=True)
class QuantityMention:
    """A quantity as written.  Offsets are character offsets into ``doc.text``.

    ``surface`` spans the modifiers, the number and its unit ("Only about 1,000", "over 1,000",
    "45% to 60%"); the counted thing has its own span.  ``change`` is NewsQuant's label:
    "=" exact, "~" approximate, "<" upper bound, ">" lower bound, "up"/"down" a trend.
    """

    start: int
    end: int
    surface: str
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    approximate: bool = False
    trend: Optional[str] = None
    unit: Optional[str] = None
    counted: Optional[str] = None
    counted_start: Optional[int] = None
    counted_end: Optional[int] = None
    hedges: tuple[str, ...] = ()
    change: str = "="


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SP = r"[ \u00a0]"
_MODIFIERS = {**{w: "low" for w in L.LOWER_BOUND}, **{w: "high" for w in L.UPPER_BOUND},
              **{w: "approx" for w in L.APPROXIMATORS}, **{w: "hedge" for w in L.HEDGES}}
for _w in L.POST_LOWER + L.POST_UPPER + ("or so", "give or take"):
    _MODIFIERS.pop(_w, None)
#: one modifier phrase ending right before the number ("at least ", "~", "sub-")
_PRE_MOD_RE = re.compile(rf"(?:^|(?<=[\s(\"“'‘]))(?P<m>{_alt(_MODIFIERS)}){_SP}*+$|(?P<sub>\bsub-)$",
                         re.IGNORECASE)
_POST_MOD_RE = re.compile(
    rf"{_SP}*+(?P<m>{_alt(L.POST_LOWER + L.POST_UPPER + L.POST_APPROX)})\b", re.IGNORECASE)
_TREND_RE = re.compile(
    rf"\b(?:(?P<up>{_alt(L.TREND_UP)})|(?P<down>{_alt(L.TREND_DOWN)}))"
    rf"(?:{_SP}++(?:{_alt(L.TREND_GAP)}))*+{_SP}*+$", re.IGNORECASE)
_UNIT_WORD_RE = re.compile(rf"(?:{_SP}|-|{_SP}-{_SP})?(?P<u>{_alt(L.UNIT_WORDS)})\b", re.IGNORECASE)
_UNIT_SYM_RE = re.compile(rf"(?P<sp>{_SP}?|-)(?P<u>{_alt(L.UNIT_SYMBOLS)})(?![A-Za-z0-9²])")
_PER_RE = re.compile(rf"(?:{_SP}?/{_SP}?|{_SP}(?:per|an?|every|each){_SP}|-an?-|{_SP}a-)"
                     rf"(?P<p>{_alt(L.PER_WORDS)})s?\b", re.IGNORECASE)
_UNIT_BEFORE_RE = re.compile(rf"\b(?P<u>{_alt(L.UNITS_BEFORE)})(?:{_SP}|-)$", re.IGNORECASE)
_NOT_PER_RE = re.compile(rf"{_SP}+(?:earlier|ago|later|before|after|previously|on|prior)\b",
                         re.IGNORECASE)
_CURRENCY_RE = re.compile(rf"(?:^|(?<=[^A-Za-z]))(?P<c>{_alt(L.CURRENCY_PREFIXES)}){_SP}?$")
_AGE_AFTER_RE = re.compile(rf"(?:{_SP}|-)?(?:{_alt(L.AGE_SUFFIXES)})\b", re.IGNORECASE)
_VAGUE_RE = re.compile(rf"\b(?:{_alt(L.VAGUE_QUANTITIES)})\b", re.IGNORECASE)
_AGE_BEFORE_RE = re.compile(rf"\b(?:{_alt(L.AGE_CUES)}){_SP}*+$", re.IGNORECASE)
_BETWEEN_RE = re.compile(rf"\bbetween{_SP}++$", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(rf"{_SP}*+(?:-|–|—|to|to-|through|and){_SP}*+", re.IGNORECASE)

#: spans that are never quantities however they look: clock times, numeric dates, year pairs,
#: phone numbers, sports scores after a result verb
_NOT_QUANTITY_RE = re.compile(
    r"\b\d{1,2}(?::\d{2}){1,2}(?:\s?[AaPp]\.?[Mm]\b\.?)?"                # 17:22, 9:01 p.m.
    r"|\b\d{1,2}\s?(?:[ap]\.m\.|[AaPp][Mm]\b)"                              # 11 a.m., 10pm
    r"|\b\d{1,2}\s?o['’]clock\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"       # 2017-12-26, 26/12/2017
    r"|\b(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[5-9])\b"                   # 12/26 (not 1/2, 3/4)
    r"|\b(?:1[5-9]|20)\d{2}(?:/|–|-)(?:(?:1[5-9]|20)\d{2}|\d{2})\b"        # 2013/2014, 2014-15
    r"|(?<![\d+])(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)"  # phone numbers
    r"|(?:^|(?<=\n))[ \t]*\d{1,3}[.)](?=[ \t])",                          # list numbering
    re.IGNORECASE,
)
_NAMED_NUMBER_RE = re.compile(
    rf"\b(?:{L.NAMED_NUMBERS})[ \u00a0]?(?P<s>500|100|2000|600|50|30|40|225|200|60|250|1000)\b",
    re.IGNORECASE)
_SCORE_RE = re.compile(r"\b(?:won|beat|lost|drew|tied|defeated|victory|win|loss|draw|score|lead|led)"
                       r"[ \u00a0](?P<s>\d{1,2}[-–]\d{1,2})\b", re.IGNORECASE)
_YEAR_PREPS = frozenset("in since by until till from of during before after early late mid "
                        "around circa through to between and year years spring summer autumn fall "
                        "winter season fiscal fy".split())
_MEASURE_ADJ = frozenset("long tall high deep wide thick away across wingspan-long".split())
_ONE_DETERMINERS = frozenset("no any every each the this that which someone anyone no-one"
                             " everyone another".split())
_PLURAL_TAGS = ("NNS", "NNPS")
_SCALE_IN_WORDS = re.compile(r"(?:hundred|thousand|million|billion|trillion|dozen)\s*$", re.I)
#: unit words that, heading a longer noun phrase, still name things counted ("3 course meal" no;
#: "two hundred points" yes): kept as units only when written right after the number
_COUNTABLE_UNIT_WORDS = frozenset(("point", "points", "second", "real", "degree", "degrees"))


@dataclass
class _Cand:
    """A quantity under construction (mutable while rules look at it)."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Optional[float]
    kind: str
    unit: Optional[str] = None
    low: Optional[float] = None
    high: Optional[float] = None
    approximate: bool = False
    trend: Optional[str] = None
    hedges: tuple[str, ...] = ()
    bound: Optional[str] = None
    counted: Optional[tuple[int, int]] = None
    vague: bool = False
    scaled: bool = False


def find_quantities(doc: Doc) -> list[QuantityMention]:
    """Every quantity in a parsed document (en_core_web_sm or any pipeline with a parser)."""
    text = doc.text
    nums = find_numbers(text)
    vague = [m.span() for m in _VAGUE_RE.finditer(text)] if _may_be_vague(text) else []
    if not nums and not vague:
        return []
    blocked = sorted([m.span() for m in _NOT_QUANTITY_RE.finditer(text)]
                     + [m.span("s") for m in _SCORE_RE.finditer(text)]
                     + [m.span("s") for m in _NAMED_NUMBER_RE.finditer(text)])
    starts = [tok.idx for tok in doc]
    cands: list[_Cand] = []
    for n in nums:
        if _inside(n.start, n.end, blocked) or _inside(n.start, n.end, vague):
            continue
        c = _candidate(doc, starts, n)
        if c is not None:
            cands.append(c)
    for s, e in vague:
        c = _vague_candidate(doc, starts, s, e)
        if c is not None:
            cands.append(c)
    cands.sort(key=lambda c: (c.start, -c.end))
    cands = _merge_ranges(text, _drop_overlaps(cands))
    _carry_trends(text, cands)
    return [_finish(text, c) for c in cands]


# --- building one candidate ----------------------------------------------------------------------


def _candidate(doc: Doc, starts: list[int], n: NumberMention) -> Optional[_Cand]:
    text = doc.text
    c = _Cand(n.start, n.end, n.start, n.end, n.value, n.kind,
              scaled=n.value != _bare(n.surface) if n.kind == "digits"
              else n.kind == "words" and bool(_SCALE_IN_WORDS.search(n.surface)))
    cur = _CURRENCY_RE.search(text, max(0, n.start - 6), n.start)
    if cur:
        c.unit = L.CURRENCY_PREFIXES[cur.group("c")]
        c.start = cur.start()
    tok0 = _token_at(doc, starts, n.start)
    tok1 = _token_at(doc, starts, n.end - 1)
    _attach_unit(doc, starts, c, currency=bool(cur))
    ub = _UNIT_BEFORE_RE.search(text, max(0, c.start - 12), c.start)
    if ub and c.unit is None:
        c.unit = L.UNITS_BEFORE[ub.group("u").lower()]
        c.start = ub.start("u")
    if _excluded(doc, c, n, tok0, tok1):
        return None
    _attach_modifiers(text, c)
    if c.unit is None:
        c.counted = _counted(doc, starts, c, tok1)
        _counted_unit(doc, starts, c)
        if n.kind == "words" and n.surface.lower() == "one" and not _one_is_number(doc, tok0, c):
            return None
    _attach_trend(text, c)
    return c


def _counted_unit(doc: Doc, starts: list[int], c: _Cand) -> None:
    """"50 previous years", "517 rushing yards": a measure word heading the noun phrase is the
    unit, not a counted thing."""
    if c.counted is None:
        return
    head = _token_at(doc, starts, c.counted[1] - 1)
    if head is None:
        return
    unit = L.UNIT_WORDS.get(head.text.lower())
    if unit and head.text.lower() not in _COUNTABLE_UNIT_WORDS:
        c.unit, c.counted = unit, None


def _bare(surface: str) -> float:
    m = re.match(r"[-−]?[\d,]*\.?\d+", surface)
    return float(m.group().replace(",", "").replace("−", "-")) if m else 0.0


def _attach_unit(doc: Doc, starts: list[int], c: _Cand, currency: bool) -> None:
    """Read the unit written after the number ("5 km", "5km", "6.1-inch", "$3,500 a month")."""
    text = doc.text
    i = c.end
    if not currency and text.startswith("m", i) and not text[i + 1:i + 2].isalpha():
        # "37m" is metres, "2.7m sales" millions: a plural noun ahead decides
        if _plural_noun_ahead(doc, starts, i + 1):
            c.value = (c.value or 0) * 1e6
            c.end = i + 1
            c.scaled = True
            i = c.end
    elif currency and re.match(r"[mM](?:il)?(?![A-Za-z])", text[i:i + 4]):
        m = re.match(r"[mM](?:il)?", text[i:])
        c.value = (c.value or 0) * 1e6
        c.end = i + m.end()
        c.scaled = True
        i = c.end
    m = _UNIT_WORD_RE.match(text, i)
    unit = None
    if m:
        unit = L.UNIT_WORDS[m.group("u").lower()] if m.group("u").lower() in L.UNIT_WORDS else None
    ms = _UNIT_SYM_RE.match(text, i)
    if ms and (not m or ms.end() > m.end()):
        sym = ms.group("u")
        if not (ms.group("sp") and sym in L.GLUED_ONLY):
            m, unit = ms, L.UNIT_SYMBOLS[sym]
    if m and unit:
        if currency and unit in ("USD",) and c.unit:
            pass  # "$500 US": the prefix already says which dollar
        elif currency and unit not in ("USD",):
            # "$3,500 a month": keep the currency; a second currency word would be odd
            m = None
        else:
            c.unit = unit
        if m:
            c.end = m.end()
    p = _PER_RE.match(text, c.end)
    if p and c.unit and not _NOT_PER_RE.match(text, p.end()):
        c.unit = f"{c.unit}/{L.PER_WORDS[p.group('p').lower()]}"
        c.end = p.end()


def _plural_noun_ahead(doc: Doc, starts: list[int], pos: int) -> bool:
    tok = _token_at(doc, starts, pos)
    if tok is None:
        return False
    if tok.idx < pos:
        tok = tok.nbor(1) if tok.i + 1 < len(doc) else None
    for t in doc[tok.i: tok.i + 5] if tok is not None else ():
        if t.is_punct and t.text not in "-" or t.pos_ in ("VERB", "AUX", "ADP") and t.tag_ != "VBN":
            return False
        if t.text.lower() in _MEASURE_ADJ:
            return False
        if t.tag_ in _PLURAL_TAGS or t.text.lower() in L.UNIT_WORDS:
            return True
    return False


def _excluded(doc: Doc, c: _Cand, n: NumberMention, tok0, tok1) -> bool:
    """Years, dates, ages, names with numbers in them, and other numbers that are not amounts."""
    text = doc.text
    if tok0 is None:
        return True
    glued = text[c.end:c.end + 1]
    if glued.isalpha() and c.end == n.end and c.unit is None:
        return True  # "5G", "3D": a code, not an amount
    if _AGE_AFTER_RE.match(text, c.num_end) or (
            c.unit in ("years", "months", "weeks", "days") and _AGE_AFTER_RE.match(text, c.end - len("years"))
            and text[c.end:c.end + 4].lower() in ("-old", " old")):
        return True
    prev = _prev_word(doc, tok0)
    nxt = doc[tok1.i + 1] if tok1 is not None and tok1.i + 1 < len(doc) else None
    before = text[max(0, c.start - 12):c.start]
    if _AGE_BEFORE_RE.search(before):
        return True
    if prev is not None and _is_month(prev) or nxt is not None and _is_month(nxt) and c.unit is None:
        return True
    if c.unit is None and _year_like(n) and not c.scaled:
        if not _year_survives(doc, c, tok0, tok1, prev):
            return True
    if prev is not None and c.unit is None and not c.scaled:
        pl = prev.text.lower()
        if pl in L.IDENTIFIER_NOUNS or pl in ("#", "no.", "nos.") or prev.text.endswith("#"):
            return True
        if _proper_name_before(prev, tok0, n) and not _counts_plural(tok1, nxt):
            return True
    if c.unit is None and _apposed_age(doc, tok0, tok1, n):
        return True
    if c.unit is None and not c.scaled and n.kind == "digits" and n.surface.isdigit() \
            and nxt is not None and nxt.pos_ == "PROPN" and nxt.tag_ == "NNP" \
            and nxt.text[:1].isupper() and not _PRE_MOD_RE.search(text, max(0, c.start - 30), c.start):
        head = nxt
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head.tag_ == "NNP":
            return True  # "11 Pro Max", "737 Max": a model name, not a count of Maxes
    return False


def _year_like(n: NumberMention) -> bool:
    s = n.surface
    return n.kind == "digits" and s.isdigit() and len(s) == 4 and 1500 <= n.value <= 2200


def _year_survives(doc: Doc, c: _Cand, tok0, tok1, prev) -> bool:
    """A four-digit number stays an amount only when it visibly counts something."""
    text = doc.text
    if _PRE_MOD_RE.search(text, max(0, c.start - 30), c.start):
        m = _PRE_MOD_RE.search(text, max(0, c.start - 30), c.start)
        if m:  # "about 2000", "only 1500": nobody hedges a year
            return True
    if prev is not None and prev.text.lower() in _YEAR_PREPS:
        return False
    if tok0.ent_type_ == "DATE":
        return False
    head = tok1.head
    return tok1.dep_ == "nummod" and head.i > tok1.i and head.tag_ in _PLURAL_TAGS


def _is_month(tok: Token) -> bool:
    w = tok.text.lower().rstrip(".")
    if w not in L.MONTHS:
        return False
    return tok.text[0].isupper() or w not in ("may", "march")


def _prev_word(doc: Doc, tok0: Token) -> Optional[Token]:
    i = tok0.i - 1
    while i >= 0 and doc[i].text in ("$", "€", "£", "¥", "US$", "~", "-"):
        i -= 1
    return doc[i] if i >= 0 else None


def _proper_name_before(prev: Token, tok0: Token, n: NumberMention) -> bool:
    """"Boeing 737", "Windows 10", "Euro 2020": a name directly followed by a bare integer."""
    if n.kind == "words" and not n.surface[:1].isupper() or n.kind == "fraction":
        return False
    if n.kind == "digits" and not n.surface.isdigit():
        return False
    if prev.idx + len(prev.text) == tok0.idx:  # glued ("iPhone11") was dropped by the scanner
        return False
    if prev.text.islower() or not prev.is_alpha and "&" not in prev.text:
        return False
    if _is_month(prev):
        return False
    if prev.pos_ == "PROPN":
        return True
    return not prev.is_sent_start and prev.pos_ in ("NOUN", "ADJ")


def _counts_plural(tok1: Token, nxt: Optional[Token]) -> bool:
    if nxt is None:
        return False
    if tok1.dep_ == "nummod" and tok1.head.tag_ in _PLURAL_TAGS and tok1.head.i > tok1.i:
        return True
    return nxt.tag_ in _PLURAL_TAGS and nxt.is_lower


def _apposed_age(doc: Doc, tok0: Token, tok1: Token, n: NumberMention) -> bool:
    """"Smith, 42, said" and "Smith (42)": a bare integer set off after a person's name."""
    if not n.surface.isdigit() or not 0 < n.value < 125:
        return False
    i, j = tok0.i, tok1.i
    if i < 2 or j + 1 >= len(doc):
        return False
    open_, name, close = doc[i - 1].text, doc[i - 2], doc[j + 1].text
    pairs = {",": (",", ".", ";", "—", "–"), "(": (")",)}
    return open_ in pairs and close in pairs[open_] and (
        name.ent_type_ == "PERSON" or name.pos_ == "PROPN" and name.text[:1].isupper())


def _one_is_number(doc: Doc, tok: Token, c: _Cand) -> bool:
    """"one" counts something ("one hand", "one of the biggest ports"), not a pronoun
    ("one of them", "each one", "no one")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.like_num or nxt.text[:1].isdigit()):
        return False  # "one 52,000 barrel-a-day refinery": the article-like "one"
    if c.hedges or c.bound:
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text.lower() in _ONE_DETERMINERS:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.text.lower() == "of":
        for t in doc[tok.i + 2: tok.i + 8]:
            if t.pos_ == "PRON" and t.dep_ != "poss" and t.tag_ != "PRP$":
                return False
            if t.pos_ in ("NOUN", "PROPN"):
                return True
        return False
    return c.counted is not None or tok.dep_ == "nummod"


def _attach_modifiers(text: str, c: _Cand) -> None:
    """Bounds, approximators and hedges written before ("only about") or after ("or more")."""
    hedges: list[str] = []
    for _ in range(4):
        m = _PRE_MOD_RE.search(text, max(0, c.start - 30), c.start)
        if not m:
            break
        if m.group("sub"):
            word, role = "sub", "high"
        else:
            word = m.group("m")
            role = _MODIFIERS[word.lower()]
        if role == "low" and c.bound is None:
            c.bound = "low"
        elif role == "high" and c.bound is None:
            c.bound = "high"
        elif role == "approx":
            c.approximate = True
        hedges.append(word.lower())
        c.start = m.start("m") if not m.group("sub") else m.start("sub")
    pm = _POST_MOD_RE.match(text, c.end)
    if pm:
        w = pm.group("m").lower()
        if w in L.POST_LOWER:
            c.bound = c.bound or "low"
        elif w in L.POST_UPPER:
            c.bound = c.bound or "high"
        else:
            c.approximate = True
        hedges.append(w)
        c.end = pm.end()
    c.hedges = tuple(reversed(hedges[:-1] if pm else hedges)) + ((hedges[-1],) if pm else ())


def _attach_trend(text: str, c: _Cand) -> None:
    """"rose 5%", "was down 3 points", "fell by about 2%": the amount is a change.

    Counted things are not trends ("lost 3 players", "cut 300 jobs"): only measures change.
    """
    if c.counted is not None:
        return
    m = _TREND_RE.search(text, max(0, c.start - 40), c.start)
    if m:
        c.trend = "up" if m.group("up") else "down"


def _counted(doc: Doc, starts: list[int], c: _Cand, tok1: Token) -> Optional[tuple[int, int]]:
    """The counted thing's span: the noun the number modifies, with its modifiers ("200
    makeshift homes"), or the object of "of" ("hundreds of people", "1,000 of the fighters")."""
    last = _token_at(doc, starts, c.end - 1) or tok1
    if last is None:
        return None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    span = _counted_by_parse(doc, tok1, last) if tok1 is not None and tok1.i < last.i else None
    if span is not None:
        return span
    if nxt is not None and nxt.text.lower() == "of":
        pobj = [t for t in nxt.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
        if pobj and pobj[0].i - nxt.i <= 8 and not any(
                t.is_punct for t in doc[nxt.i + 1: pobj[0].i]):
            first = _first_content(doc, nxt.i + 1, pobj[0].i)
            return (first.idx, pobj[0].idx + len(pobj[0].text))
        for t in doc[nxt.i + 1: nxt.i + 8]:
            if t.pos_ == "PRON" and t.tag_ != "PRP$":
                return None
            if t.pos_ in ("NOUN", "PROPN") and (t.dep_ != "compound" or t.head.i == t.i):
                head = t if t.dep_ != "compound" else t
                while head.dep_ == "compound" and head.head.i > head.i:
                    head = head.head
                first = _first_content(doc, nxt.i + 1, head.i)
                return (first.idx, head.idx + len(head.text))
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                return None
        return None
    return _counted_by_parse(doc, last, last)


def _counted_by_parse(doc: Doc, tok: Token, last: Token) -> Optional[tuple[int, int]]:
    """The noun a number token modifies, with everything between them, if that is a plain
    noun phrase (no other numbers, no punctuation but hyphens)."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    head = tok
    for _ in range(3):
        if head.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") \
                and head.head.i > head.i and head.head.i - last.i <= 6:
            head = head.head
            if head.pos_ in ("NOUN", "PROPN") and head.dep_ != "compound":
                break
        else:
            break
    if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
        head = _plural_noun_after(doc, last)
        if head is None:
            return None
    if head.i <= last.i or any(t.is_punct and t.text not in "-–" or t.like_num
                               or any(ch.isdigit() for ch in t.text)
                               for t in doc[last.i + 1: head.i + 1]):
        return None
    if head.text.lower() in L.MONTHS or head.text.lower() in L.WEEKDAYS:
        return None
    first = _first_content(doc, last.i + 1, head.i)
    return (first.idx, head.idx + len(head.text))


def _plural_noun_after(doc: Doc, last: Token) -> Optional[Token]:
    """Positional fallback when the parse does not link number and noun ("2.4m physical copies"):
    the first plural noun after a run of adjectives and noun modifiers."""
    for t in doc[last.i + 1: last.i + 5]:
        if t.pos_ == "NOUN" and t.tag_ in _PLURAL_TAGS:
            while t.dep_ == "compound" and t.head.i > t.i and t.head.i - t.i <= 3:
                t = t.head
            return t
        if not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ in ("VBN", "VBG") or t.text == "-"):
            return None
    return None


def _first_content(doc: Doc, i: int, j: int) -> Token:
    while i < j and (doc[i].pos_ in ("DET", "PUNCT", "ADP") or doc[i].tag_ == "PRP$"
                     or doc[i].text.lower() in ("more", "other", "additional", "extra")):
        i += 1
    return doc[i]


def _vague_candidate(doc: Doc, starts: list[int], s: int, e: int) -> Optional[_Cand]:
    """"dozens of people", "hundreds", "tens of thousands": approximate, no value."""
    text = doc.text
    word = text[s:e].lower()
    if word == "scores" and not text.startswith(" of", e):
        return None
    tok = _token_at(doc, starts, e - 1)
    if tok is None or tok.pos_ == "VERB":
        return None
    c = _Cand(s, e, s, e, None, "vague", approximate=True, vague=True)
    _attach_modifiers(text, c)
    counted = _counted(doc, starts, c, tok)
    if counted is not None:
        head_text = text[counted[0]:counted[1]].lower()
        if head_text in L.UNIT_WORDS:
            c.unit = L.UNIT_WORDS[head_text]
            c.end = counted[1]
        else:
            c.counted = counted
    return c


# --- ranges and final records --------------------------------------------------------------------


def _merge_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"2,000–3,000", "between 5 and 6 million", "45% to 60%", "from $200 to $414 million"."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and _joins(text, a, b):
            scale = _trailing_scale(b) if not a.scaled and b.scaled else 1.0
            if a.value * scale > b.value:  # "$200,000 to $414 million": a is already whole
                scale = 1.0
            lo, hi = a.value * scale, b.value
            merged = _Cand(a.start, b.end, a.num_start, b.num_end, None, "range",
                           unit=b.unit or a.unit, low=min(lo, hi), high=max(lo, hi),
                           approximate=a.approximate or b.approximate,
                           trend=a.trend or b.trend, hedges=a.hedges + b.hedges,
                           counted=b.counted, scaled=b.scaled)
            bw = _BETWEEN_RE.search(text, max(0, a.start - 10), a.start)
            if bw:
                merged.start = bw.start()
                merged.hedges = ("between",) + merged.hedges
            out.append(merged)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _joins(text: str, a: _Cand, b: _Cand) -> bool:
    """Whether two neighbouring numbers are the ends of one range."""
    if a.vague or b.vague or a.value is None or b.value is None or a.bound or b.bound:
        return False
    if a.counted and a.counted != b.counted:  # one token "2,000–3,000" gives both the same noun
        return False
    if not _RANGE_JOIN_RE.fullmatch(text, a.end, b.start):
        return False
    word = text[a.end:b.start].strip(" \u00a0").lower()
    if word == "and" and not _BETWEEN_RE.search(text, max(0, a.start - 10), a.start):
        return False
    if word in ("-", "–", "—") and (a.end != a.num_end or b.start != b.num_start) \
            and not (a.unit and a.unit == b.unit):
        return False
    if a.unit and a.trend and word.startswith("to"):
        return False  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if a.unit and not (b.unit and (b.unit == a.unit or b.unit.startswith(a.unit + "/"))):
        return False
    return True


def _drop_overlaps(cands: list[_Cand]) -> list[_Cand]:
    """A number inside another quantity's unit ("1200 parts per million") is not its own."""
    out: list[_Cand] = []
    for c in cands:
        if out and c.num_start < out[-1].end:
            continue
        out.append(c)
    return out


_OR_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*or|\(|,[ \u00a0]*or[ \u00a0]+about)[ \u00a0]*", re.I)


def _carry_trends(text: str, cands: list[_Cand]) -> None:
    """"up 0.25 points, or 0.01%": the restatement changes the same way."""
    for a, b in zip(cands, cands[1:]):
        if a.trend and not b.trend and b.unit and b.counted is None \
                and _OR_RE.fullmatch(text, a.end, b.start):
            b.trend = a.trend


def _trailing_scale(c: _Cand) -> float:
    raw = c.value or 0.0
    for f in (1e12, 1e9, 1e6, 1e3, 1e2):
        if raw >= f and (raw / f) < 1000:
            return f
    return 1.0


def _finish(text: str, c: _Cand) -> QuantityMention:
    if c.kind == "range":
        value, low, high = None, c.low, c.high
    elif c.bound == "low":
        value, low, high = None, c.value, None
    elif c.bound == "high":
        value, low, high = None, None, c.value
    else:
        value, low, high = c.value, None, None
    if c.bound == "low":
        change = ">"
    elif c.bound == "high":
        change = "<"
    elif c.trend:
        change = c.trend
    elif c.approximate and c.kind != "range":
        change = "~"
    else:
        change = "="
    cs, ce = c.counted if c.counted else (None, None)
    return QuantityMention(
        start=c.start, end=c.end, surface=text[c.start:c.end], value=value, low=low, high=high,
        approximate=c.approximate, trend=c.trend, unit=c.unit,
        counted=text[cs:ce] if cs is not None else None, counted_start=cs, counted_end=ce,
        hedges=c.hedges, change=change)


# --- small helpers -------------------------------------------------------------------------------


def _token_at(doc: Doc, starts: list[int], pos: int) -> Optional[Token]:
    """The token covering character ``pos`` (binary search over token starts)."""
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return None
    return doc[i]


def _inside(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    # spans are sorted by start; a linear scan would make this quadratic on number-dense text
    i = bisect_right(spans, (s, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= s and e <= spans[i][1]


def _may_be_vague(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("dozens", "scores", "hundred", "thousand", "million", "billion",
                                  "trillion"))

