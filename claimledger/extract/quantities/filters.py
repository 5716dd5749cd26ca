"""Numbers that look like amounts but are not: years, dates, ages, names with numbers in them
("Boeing 737", "Flight 610", "11 Pro Max"), a person's age set off after the name, and the
pronoun "one".

Each rule reads the parse only around one number, so its cost does not grow with the text.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.numbers import NumberMention
from claimledger.extract.quantities import patterns as P
from claimledger.extract.quantities.value_ages import said_age
from claimledger.lexicon import quantities as L
from claimledger.lexicon.parts import KIND_PARTS


def excluded(doc: Doc, text: str, c, n: NumberMention, tok0, tok1) -> Optional[str]:
    """Why a number is not an amount: "age" for a person's or a thing's age ("a 50-year-old
    man", "aged 25", "Smith, 42,"; the caller may keep these as ages), "other" for years, dates,
    names with numbers in them and the like; None for an amount."""
    if tok0 is None:
        return "other"
    glued = text[c.end:c.end + 1]
    if glued.isalpha() and c.end == n.end and c.unit is None:
        return "other"  # "5G", "3D": a code, not an amount
    if age_end(text, c) is not None:
        return "age"
    if c.unit is not None and _titled_name(doc, c, tok0, tok1, n):
        return "other"  # "the rapper 50 Cent", "the single One Night": a name, not an amount
    prev = _prev_word(doc, tok0)
    nxt = doc[tok1.i + 1] if tok1 is not None and tok1.i + 1 < len(doc) else None
    before = text[max(0, c.start - 12):c.start]
    if P.AGE_BEFORE_RE.search(before):
        return "age"
    if prev is not None and _is_month(prev) or nxt is not None and _is_month(nxt) and c.unit is None:
        return "other"
    if c.unit is None and _year_like(n) and not c.scaled:
        if not _year_survives(doc, text, c, tok0, tok1, prev):
            return "other"
    if prev is not None and c.unit is None and not c.scaled:
        pl = prev.text.lower()
        if pl in L.IDENTIFIER_NOUNS or pl in ("#", "no.", "nos.") or prev.text.endswith("#"):
            return "other"
        if _proper_name_before(prev, tok0, n) and not _counts_plural(tok1, nxt):
            return "other"
    if c.unit is None and prev is not None and prev.lemma_.lower() in L.DIAL_VERBS and n.surface.isdigit() \
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        return "other"  # "call 101", "dial 999": a phone number
    if c.unit is None and _inside_hyphen_chain(text, c.end):
        return "other"  # "the two-party-preferred vote": the number is part of a modifier
    if c.unit is None and c.end == n.end and n.value <= _MAX_KIND_PARTS and _KIND_PART_RE.match(text, c.end):
        return "other"  # "a four-cylinder engine", "a six-speed automatic": a kind of product
    if c.unit is None and _apposed_age(doc, tok0, tok1, n):
        return "age"
    if c.unit is None and not c.scaled and said_age(tok0, tok1, n.value, n.surface):
        return "age"  # "He was 95."
    if c.unit is None and not c.scaled and n.kind == "digits" and n.surface.isdigit() and n.value < 1000 \
            and nxt is not None and nxt.pos_ == "PROPN" and nxt.tag_ == "NNP" \
            and nxt.text[:1].isupper() and not P.PRE_MOD_RE.search(text, max(0, c.start - 30), c.start):
        head = nxt
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head.tag_ == "NNP":
            return "other"  # "11 Pro Max", "737 Max": a model name, not a count of Maxes
    return None


def _titled_name(doc: Doc, c, tok0: Token, tok1: Optional[Token], n: NumberMention) -> bool:
    """A number and a unit word written as a title mid-sentence: "50 Cent" (a singular unit
    after a number other than one), "One Night" (the number word capitalised too).  Plural
    units stay amounts ("3.35m Euros"), and so does a headline in title case ("Oil Rises 5
    Cents")."""
    if tok1 is None or c.unit in ("°C", "°F"):
        return False  # (Celsius and Fahrenheit are names, written with a capital)
    unit = next((t for t in doc[tok1.i + 1:tok1.i + 3] if t.idx + len(t.text) == c.end), None)
    tok1 = unit
    if tok1 is None or tok1.i == tok1.sent.start or not tok1.is_alpha or len(tok1.text) < 3 \
            or not (tok1.text[0].isupper() and tok1.text[1:].islower()) \
            or tok1.lower_ not in L.UNIT_WORDS:
        return False
    words = [t for t in tok1.sent if t.is_alpha and len(t.text) > 3]
    if sum(t.text[0].isupper() for t in words) * 2 > len(words):
        return False  # a headline in title case
    singular = tok1.lower_.rstrip("s") == tok1.lower_ and n.value != 1
    titled_number = tok0.i != tok0.sent.start and tok0.is_alpha and tok0.text[0].isupper()
    return singular or titled_number


def age_end(text: str, c) -> Optional[int]:
    """Where "-year-old" / " years old" ends after the number, if it is an age."""
    m = P.AGE_AFTER_RE.match(text, c.num_end)
    if m:
        return m.end()
    if c.unit in ("years", "months", "weeks", "days") and text[c.end:c.end + 4].lower() in ("-old", " old"):
        m = P.AGE_AFTER_RE.match(text, c.end - len("years"))
        if m:
            return m.end()
    return None


#: a product part after a number and a hyphen that names the product's kind ("four-cylinder")
#: (more parts than this are a capacity, an amount: "a 60,000-seater stadium", "two 500-bed prisons")
_MAX_KIND_PARTS = 12
_KIND_PART_RE = re.compile(rf"-(?:{P.alt(KIND_PARTS)})s?\b(?!-)", re.IGNORECASE)


def _inside_hyphen_chain(text: str, end: int) -> bool:
    """A number glued into a compound modifier of two or more hyphens ("a two-party-preferred
    vote", "four-wheel-drive vehicles", "a one-stop-shop"): it counts no "party" nor "wheel".
    Over the news corpus such a unit-less number occurs 9 times, none an amount; chains of
    ratios, fractions and rates ("two-for-one", "three-and-a-half") keep theirs."""
    m = P.HYPHEN_CHAIN_RE.match(text, end)
    return m is not None and not ({m.group(1).lower(), m.group(2).lower()} & L.HYPHEN_CHAIN_KEEPS)


def _year_like(n: NumberMention) -> bool:
    s = n.surface
    return n.kind == "digits" and s.isdigit() and len(s) == 4 and 1500 <= n.value <= 2200


def _year_survives(doc: Doc, text: str, c, tok0, tok1, prev) -> bool:
    """A four-digit number stays an amount only when it visibly counts something."""
    if P.PRE_MOD_RE.search(text, max(0, c.start - 30), c.start):
        m = P.PRE_MOD_RE.search(text, max(0, c.start - 30), c.start)
        if m:  # "about 2000", "only 1500": nobody hedges a year
            return True
    if (prev is None or prev.text.lower() not in L.YEAR_PREPS or prev.text.lower() == "between") \
            and _range_of_counts(doc, text, c):
        return True  # "between 1500 and 2000 people": the first end counts them too
    first = P.RANGE_PREV_RE.search(text, max(0, c.start - 40), c.start)
    if first and not P.YEAR_OPENER_RE.search(text, max(0, first.start() - 12), first.start()) \
            and tok1.i + 1 < len(doc) and doc[tok1.i + 1].tag_ in P.PLURAL_TAGS and doc[tok1.i + 1].is_lower:
        return True  # ... and the second end
    if prev is not None and prev.text.lower() in L.YEAR_PREPS:
        return False
    if tok0.ent_type_ == "DATE":
        return False
    head = tok1.head
    return tok1.dep_ == "nummod" and head.i > tok1.i and head.tag_ in P.PLURAL_TAGS


def _range_of_counts(doc: Doc, text: str, c) -> bool:
    """"1500 and 2000 people", "1800-2100 workers": the number opens a range whose other end
    is followed by a plural noun."""
    m = P.RANGE_NEXT_RE.match(text, c.end)
    if not m:
        return False
    other = doc.char_span(m.start("n"), m.end("n"), alignment_mode="expand")
    if other is None or other.end >= len(doc):
        return False
    nxt = doc[other.end]
    return nxt.tag_ in P.PLURAL_TAGS and nxt.is_lower


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
    if prev.ent_type_ in ("GPE", "LOC", "NORP") and tok0.ent_type_ != prev.ent_type_:
        return False  # "In Iraq 300 died": a place is not a product line
    if prev.pos_ == "PROPN":
        return True
    return not prev.is_sent_start and prev.pos_ in ("NOUN", "ADJ")


def _counts_plural(tok1: Token, nxt: Optional[Token]) -> bool:
    if nxt is None:
        return False
    if tok1.dep_ == "nummod" and tok1.head.tag_ in P.PLURAL_TAGS and tok1.head.i > tok1.i:
        return True
    return nxt.tag_ in P.PLURAL_TAGS and nxt.is_lower


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


def one_of_a_time(doc: Doc, c, n: NumberMention, tok0: Token, tok1: Token) -> bool:
    """"One day he left", "one morning", "at one point the index was ...": "one" picks a time,
    it does not measure one day (nor one index point)."""
    if n.kind != "words" or n.surface.lower() != "one" or c.hedges or c.bound or tok1.i + 1 >= len(doc):
        return False
    nxt = doc[tok1.i + 1].lower_
    if nxt in L.ONE_MOMENT_NOUNS and tok0.i > 0 and doc[tok0.i - 1].lower_ == "at":
        return True
    return nxt in L.ONE_TIME_NOUNS \
        and (tok0.i == 0 or doc[tok0.i - 1].pos_ in ("PUNCT", "CCONJ", "SCONJ", "ADV"))


def one_is_number(doc: Doc, tok: Token, c) -> bool:
    """"one" counts something ("one hand", "one of the biggest ports"), not a pronoun
    ("one of them", "each one", "no one")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.like_num or nxt.text[:1].isdigit()):
        return False  # "one 52,000 barrel-a-day refinery": the article-like "one"
    if c.hedges or c.bound:
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text.lower() in L.ONE_DETERMINERS:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.text.lower() == "of":
        if any(t.tag_ in ("JJS", "RBS") for t in doc[tok.i + 2: tok.i + 6]):
            return False  # "one of the largest ports": a way of saying "a", not a count
        if any(t.like_num for t in doc[tok.i + 2: tok.i + 5]):
            return False  # "one of the four candidates": "one" picks one of them; the four count
        for t in doc[tok.i + 2: tok.i + 8]:
            if t.pos_ == "PRON" and t.dep_ != "poss" and t.tag_ != "PRP$":
                return False
            if t.pos_ in ("NOUN", "PROPN"):
                return True
        return False
    return c.counted is not None or tok.dep_ == "nummod"
