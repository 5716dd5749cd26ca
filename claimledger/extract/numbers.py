"""Numerals → values: digits with separators and scale words, and spelt-out numbers.

Text-level on purpose: one regular-expression pass over the whole text finds every numeral, so a
sentence without one costs nothing further and the quantity stage only looks at tokens around hits.
Spelt-out numbers are valued by ``text2num`` (it knows "twenty six thousand" and "two hundred and
fifty"); what it does not know ("a dozen", "half a million", "4 hundred million", "$2bn") is
handled here.  Every pattern is built from possessive/atomic pieces, so a 200,000-digit line is a
single linear scan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from text_to_num import text2num

from claimledger.lexicon.parts import SPELT_ORDINALS
from claimledger.lexicon.quantities import (
    ARTICLE_NUMBERS,
    CURRENCY_PREFIXES,
    FRACTION_DENOMINATORS,
    FRACTION_WORDS,
    NEGATIVE_WORDS,
    VULGAR_FRACTIONS,
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
)


@dataclass(frozen=True)
class NumberMention:
    """One numeral in a text: ``text[start:end] == surface`` and its value.

    ``kind`` is "digits" ("1,000", "3.5 million", "2bn"), "words" ("twenty six thousand",
    "a dozen") or "fraction" ("1/2").
    """

    start: int
    end: int
    surface: str
    value: float
    kind: str = "digits"


def _alt(words) -> str:
    """A regex alternation, longest first, so "per cent" wins over "per"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SCALE_WORD = _alt(SCALE_WORDS)
_DIGITS = (r"(?>\d{1,3}+(?:,\d{3})++(?:\.\d++)?+|(?<![\d,.])\d{1,3}+(?:[ \u00a0\u202f]\d{3}(?![\d,.]|[ \u00a0\u202f]\d))++"
           r"|\d++(?:\.\d++)?+|\.\d++)")
#: a digit numeral with an optional sign, scale words ("4 hundred million") or a glued scale
#: suffix ("3k", "2bn"; "m" is left to the quantity stage); the sign only when it cannot be the
#: dash of a range ("5-10")
_DIGIT_RE = re.compile(
    rf"(?P<sign>(?<![\w.,\-–])[-−](?=[\d.])|\b(?:minus|negative)[ \u00a0-](?=\d))?+(?P<num>{_DIGITS})"
    rf"(?P<exp>[ \u00a0]?[×xX*][ \u00a0]?10(?P<e1>(?:\^|\*\*)[-−+]?+\d{{1,3}}+|[-−]\d{{1,3}}+"
    rf"|⁻?+[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}}+)(?!\d)"
    rf"|[eE](?P<e2>[-−+]?+\d{{1,3}}+)(?![\w]))?+"
    rf"(?:(?P<suf>{_alt(SCALE_SUFFIXES)})(?![A-Za-z])"
    rf"|[ \u00a0](?P<suf2>bn|mn|tn|(?i:mlns?|blns?))\b"
    rf"|(?P<scale>(?:[ \u00a0-](?:{_SCALE_WORD})\b)++))?+"
)
_WORD = _alt(NUMBER_WORDS + list(SCALE_WORDS) + ["dozen"])
#: a run of number words joined by spaces, hyphens or "and" ("two hundred and fifty")
_WORDS_RE = re.compile(
    rf"(?:\b(?:(?:an?[ \u00a0]+)?(?P<half>half|quarter)(?:[ \u00a0]+of)?[ \u00a0]+)?+(?P<art>an?)[ \u00a0]+"
    rf"(?P<aw>{_alt(ARTICLE_NUMBERS)})\b)"
    rf"|\b(?:{_WORD})\b(?:(?:[ \u00a0-]++|[ \u00a0]++and[ \u00a0]++)(?:{_WORD})\b)*+",
    re.IGNORECASE,
)
#: "a third of the country", "a quarter of voters": an article and a denominator before "of" is
#: one share (lower case only: "a Fourth of July parade" is a name; "a third time" an ordinal)
_ARTICLE_FRACTION_RE = re.compile(
    rf"\b(?i:an?)[ \u00a0]+(?P<d>{_alt(d for d in FRACTION_DENOMINATORS if not d.endswith('s') and d != 'half')})"
    rf"(?=[ \u00a0]+(?i:of)\b)")
#: a spelt ordinal after a tens word: "the twenty-first century", "his forty-fifth birthday" (the
#: tens word is part of an ordinal, not the number 20)
_ORDINAL_AFTER = re.compile(
    rf"(?:-|[ \u00a0])(?:{_alt(SPELT_ORDINALS)})\b", re.IGNORECASE)
#: a scale word's ordinal after a spelt number: "one-hundredth of a share" (0.01), "three
#: thousandths"; otherwise the ordinal ends a name ("the one hundredth anniversary")
_SCALE_ORDINAL = re.compile(
    rf"(?P<sep>[ \u00a0-])(?P<d>{_alt(w + 'th' for w in SCALE_WORDS)})(?P<pl>s)?\b(?P<of>[ \u00a0]of\b)?",
    re.IGNORECASE)
_FRACTION_RE = re.compile(r"(?<![\d/.,])(?P<n>[1-9])/(?P<d>2|3|4|8|10|16)(?![\d/])")
#: market prices and rates in eighths, sixteenths, thirty-seconds (Reuters style): "11-5/8 pct",
#: "up 1-3/4", "13/16 pct" — a whole number, a hyphen and a proper fraction is one number, not a
#: range "11 to 5/8"
_MIXED_RE = re.compile(r"(?<![\w/.,-])(?:(?P<w>\d{1,4})(?:-|[ \u00a0](?=\d{1,2}/)))?(?P<n>\d{1,2})/(?P<d>2|4|8|16|32|64)(?![\d/])")
#: a Reuters scale abbreviation after spelt-out numbers: "one mln shares", "two bln dlrs"
_WORDS_SCALE_RE = re.compile(r"[ \u00a0](?P<s>mlns?|blns?)\b", re.IGNORECASE)
#: what may follow a spelt-out number and change it: "-and-a-half", a fraction's denominator
#: ("two-thirds", "three quarters"; "one third" and "a third" only before "of": "a third time"
#: is an ordinal)
_AND_A_HALF = re.compile(r"(?:-and-a-|[ \u00a0]and[ \u00a0]a[ \u00a0])half\b", re.IGNORECASE)
_DENOMINATOR = re.compile(rf"(?P<sep>[ \u00a0-])(?P<d>{_alt(FRACTION_DENOMINATORS)})\b(?P<of>[ \u00a0]of\b)?",
                          re.IGNORECASE)
_NEGATIVE_BEFORE = re.compile(rf"\b(?:{_alt(NEGATIVE_WORDS)})[ \u00a0-]$", re.IGNORECASE)
_VULGAR_RE = re.compile(rf"(?P<w>(?<![\d.,])\d{{1,4}}[ \u00a0]?)?(?P<f>[{''.join(VULGAR_FRACTIONS)}])")
_ORDINAL_OR_DECADE = re.compile(r"(?:st|nd|rd|th|s|’s|'s)\b")
#: words before a hyphen and digits that make a bound, a sign or a range, not a name ("sub-7",
#: "minus-130", "200,000 to-260,000")
_NOT_NAME_PREFIXES = frozenset(("sub", "minus", "under", "over", "to"))
_LAST_WORD = re.compile(r"[A-Za-z]++$")
_CODE_BEFORE = re.compile(r"\b[A-Z][A-Z0-9]++ $")
_CURRENCY_LETTERS = tuple(sorted((c for c in CURRENCY_PREFIXES if c[-1].isalpha()),
                                 key=len, reverse=True))


def _words_value(words: str) -> Optional[float]:
    """Value of a run of number words, or None when text2num cannot read it as one number."""
    w = re.sub(r"[\s\u00a0-]+", " ", words.lower()).strip()
    parts = w.split(" ")
    if parts[-1] == "dozen":  # "two dozen": text2num has no "dozen"
        head = " ".join(parts[:-1])
        if not head:
            return None  # "a baker's dozen": only "a dozen" (the article form) is twelve
        base = _words_value(head)
        return None if base is None else base * 12
    if parts[0] in SCALE_WORDS:  # "million" alone is a word, not a number ("a million" is)
        return None
    try:
        return float(text2num(" ".join(parts), "en"))
    except ValueError:
        return None


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")


def clean(v: float) -> float:
    """A value without binary noise: 16.6 million is 16600000, not 16600000.000000002 (twelve
    significant digits are more than any written number carries)."""
    return float(f"{v:.12g}")


def _digit_value(m: re.Match) -> float:
    v = float(re.sub(r"[,\s\u00a0\u202f]", "", m.group("num")))
    exp = m.group("e1") or m.group("e2")
    if exp:  # "2.998×10−8", "3e8": scientific notation
        v *= 10.0 ** int(exp.translate(_SUPERSCRIPTS).lstrip("^*+"))
    if m.group("sign"):
        v = -v
    suf = m.group("suf") or m.group("suf2")
    if suf:
        v *= SCALE_SUFFIXES.get(suf) or SCALE_SUFFIXES[suf.lower().rstrip("s")]
    if m.group("scale"):
        for w in re.split(r"[\s\u00a0-]+", m.group("scale").strip(" \u00a0-")):
            v *= SCALE_WORDS[w.lower()]
    return clean(v)


def parse_number(surface: str) -> Optional[float]:
    """The value of one numeral: "1,000", "1.5 million", "3k", "$2bn", "twenty six Thousand",
    "two hundred and fifty", "a dozen", "half a million"; None if it is not one number.

    A currency sign or code around the numeral is ignored (the unit is the quantity stage's job).
    """
    s = surface.strip()
    for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True):
        if s.startswith(c) and len(s) > len(c) and (s[len(c)].isdigit() or s[len(c)] in " .-"):
            s = s[len(c):].strip()
            break
    found = find_numbers(s)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
        return found[0].value
    return None


def find_numbers(text: str) -> list[NumberMention]:
    """Every numeral in ``text`` with its character span and value, in text order.

    Skipped here because they are never amounts: digits glued to letters before them (model
    names and codes such as "A496", "G7" — but not a currency code: "RM79", "EUR50m"), digits
    after a word and a hyphen ("COVID-19"), ordinals and decades ("3rd", "1990s").
    """
    out: list[NumberMention] = []
    for m in _DIGIT_RE.finditer(text):
        s, e = m.span()
        if _glued_to_word(text, s) or _ORDINAL_OR_DECADE.match(text, m.end("num")) and not (
                m.group("suf") or m.group("scale")) or _spaced_code(text, m):
            continue
        out.append(NumberMention(s, e, text[s:e], _digit_value(m), "digits"))
    for m in _WORDS_RE.finditer(text):
        s, e = m.span()
        if m.group("art"):
            v = ARTICLE_NUMBERS[m.group("aw").lower()]
            if m.group("half"):
                v *= FRACTION_WORDS[m.group("half").lower()]
            out.append(NumberMention(s, e, text[s:e], v, "words"))
            continue
        out.extend(w for w in (_word_forms(text, _scaled_words(text, n)) for n in _split_words(text, s, e))
                   if not _ordinal_part(text, w))
    for m in _ARTICLE_FRACTION_RE.finditer(text):
        out.append(NumberMention(m.start(), m.end(), m.group(),
                                 clean(1 / FRACTION_DENOMINATORS[m.group("d").lower()]), "words"))
    vulgar = [NumberMention(m.start(), m.end(), m.group(), VULGAR_FRACTIONS[m.group("f")]
                            + (int(m.group("w")) if m.group("w") else 0), "fraction")
              for m in _VULGAR_RE.finditer(text)]  # "½", "2½": the whole number is part of it
    if vulgar:
        taken = {n.start for n in vulgar}
        out = [n for n in out if n.start not in taken] + vulgar
    for m in _MIXED_RE.finditer(text):
        n, d = int(m.group("n")), int(m.group("d"))
        if n >= d or not m.group("w") and d in (2, 4, 8):
            continue  # "5/4" odds, "3/4" and "1/2" are left to the plain fraction rule
        v = (int(m.group("w")) if m.group("w") else 0) + n / d
        out.append(NumberMention(m.start(), m.end(), m.group(), v, "fraction"))
    for m in _FRACTION_RE.finditer(text):
        out.append(NumberMention(m.start(), m.end(), m.group(),
                                 int(m.group("n")) / int(m.group("d")), "fraction"))
    out.sort(key=lambda n: (n.start, -n.end))
    return _ratios(text, _drop_overlaps(out))


#: between the two numbers of a ratio: "one in five", "three out of four", "1 in 10"
_RATIO_LINK = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+", re.IGNORECASE)
#: what follows a ratio's second number when it is no ratio: "2 in 5 minutes", "3 in 10 days"
_AFTER_RATIO = re.compile(r"[ \u00a0]*(?:%|[A-Za-z]+)")


def _ratios(text: str, nums: list[NumberMention]) -> list[NumberMention]:
    """"One in five adults", "three out of four voters", "1 in 10": the two whole numbers are
    one fraction (0.2, 0.75, 0.1), the share of the things named after the second.  Not when
    the first is not smaller, when the second is a year ("3 in 2019") or is followed by a unit
    ("2 in 5 minutes", "won 3 in 10 years")."""
    out: list[NumberMention] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        b = nums[i + 1] if i + 1 < len(nums) else None
        if b is not None and _is_ratio(text, a, b):
            out.append(NumberMention(a.start, b.end, text[a.start:b.end], clean(a.value / b.value), "fraction"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _is_ratio(text: str, a: NumberMention, b: NumberMention) -> bool:
    if not (_RATIO_LINK.fullmatch(text, a.end, b.start) and a.kind in ("digits", "words")
            and b.kind in ("digits", "words")):
        return False
    if not (float(a.value).is_integer() and float(b.value).is_integer() and 0 < a.value < b.value):
        return False
    if b.kind == "digits" and 1800 <= b.value <= 2100 and "," not in b.surface:
        return False  # "3 in 2019"
    after = _AFTER_RATIO.match(text, b.end)
    word = after.group().strip().lower() if after else ""
    return word not in UNIT_WORDS and word not in UNIT_SYMBOLS and word != "%"


def _word_forms(text: str, n: NumberMention) -> NumberMention:
    """A spelt-out number's fraction and sign: "five-and-a-half" (5.5), "two-thirds" (0.667),
    "minus five" (-5)."""
    start, end, v = n.start, n.end, n.value
    half = _AND_A_HALF.match(text, end)
    den = _DENOMINATOR.match(text, end)
    scale_den = _SCALE_ORDINAL.match(text, end)
    if half:
        v, end = v + 0.5, half.end()
    elif scale_den:
        if not (scale_den.group("sep") == "-" or scale_den.group("pl") or scale_den.group("of")):
            return NumberMention(start, end, n.surface, 0.0, "ordinal")  # "the one hundredth anniversary"
        v, end = v / SCALE_WORDS[scale_den.group("d").lower()[:-2]], scale_den.end("d") + len(scale_den.group("pl") or "")
    elif den and 0 < v < 20 and v.is_integer() and n.surface.lower() not in SCALE_WORDS:
        d = den.group("d").lower()
        plural = d.endswith("s") and d not in ("halves",) or d == "halves"
        if den.group("sep") == "-" or plural or den.group("of"):
            v, end = v / FRACTION_DENOMINATORS[d], den.end("d")
    neg = _NEGATIVE_BEFORE.search(text, max(0, start - 10), start)
    if neg:
        v, start = -v, neg.start()
    if (start, end) == (n.start, n.end):
        return n
    return NumberMention(start, end, text[start:end], clean(v), n.kind)


def _ordinal_part(text: str, n: NumberMention) -> bool:
    """True for the tens word of a spelt ordinal ("twenty" in "twenty-first"): no number.  A
    fraction read from it ("one-fifth") has already taken the ordinal word."""
    if n.kind == "ordinal":
        return True
    return n.kind == "words" and n.value >= 20 and bool(_ORDINAL_AFTER.match(text, n.end))


def _scaled_words(text: str, n: NumberMention) -> NumberMention:
    """"one mln", "FIVE MLN": spelt-out numbers with a Reuters scale abbreviation after them."""
    m = _WORDS_SCALE_RE.match(text, n.end)
    if m is None:
        return n
    scale = SCALE_SUFFIXES[m.group("s").lower().rstrip("s")]
    return NumberMention(n.start, m.end(), text[n.start:m.end()], n.value * scale, n.kind)


def _glued_to_word(text: str, start: int) -> bool:
    """True for "A496", "G7", "COVID-19": an identifier, not an amount."""
    i = start
    if i > 1 and text[i - 1] in "-–" and text[i - 2].isalpha():
        word = _LAST_WORD.search(text, max(0, i - 12), i - 1)
        return not (word and word.group().lower() in _NOT_NAME_PREFIXES)
    if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
        return False
    if text[i - 1].isdigit():
        return False
    head = text[max(0, i - 4):i]
    if any(head.endswith(c) and (len(head) == len(c) or not head[-len(c) - 1].isalpha())
           for c in _CURRENCY_LETTERS):
        return False
    return True


def _spaced_code(text: str, m: re.Match) -> bool:
    """"COVID -19", "MH -17": a code written with a stray space before its hyphen, not a
    negative number (an acronym, a hyphen and a short integer with nothing after it)."""
    if m.group("sign") != "-" or m.end() != m.end("num") or not m.group("num").isdigit() \
            or len(m.group("num")) > 3 or text[m.end():m.end() + 1] in ("%", "°"):
        return False
    return bool(_CODE_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def _split_words(text: str, s: int, e: int) -> list[NumberMention]:
    """A run of number words as one number, or (when it is not one: "five six") as several."""
    v = _words_value(text[s:e])
    if v is not None:
        return [NumberMention(s, e, text[s:e], v, "words")]
    pieces = [(m.start() + s, m.end() + s) for m in re.finditer(r"[^\s\u00a0-]+", text[s:e])]
    out: list[NumberMention] = []
    i = 0
    while i < len(pieces):
        # longest run from piece i that reads as one number; "and" never starts or ends a run
        for j in range(min(len(pieces), i + 12), i, -1):
            a, b = pieces[i][0], pieces[j - 1][1]
            words = text[a:b].lower()
            if words.startswith("and") or words.endswith("and"):
                continue
            v = _words_value(text[a:b])
            if v is not None:
                out.append(NumberMention(a, b, text[a:b], v, "words"))
                i = j
                break
        else:
            i += 1
    return out


def _drop_overlaps(nums: list[NumberMention]) -> list[NumberMention]:
    out: list[NumberMention] = []
    for n in nums:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return out
