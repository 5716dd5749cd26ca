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

from spacy.tokens import Doc

from claimledger.extract.numbers import NumberMention, clean, find_numbers
from claimledger.extract.quantities import patterns as P
from claimledger.extract.quantities.carried import carry_measured
from claimledger.extract.quantities.change_ends import share_change_ends
from claimledger.extract.quantities.neighbours import carry_trends, index_levels, share_units
from claimledger.extract.quantities.counted import (
    counted_span,
    implied_counted,
    token_at,
)
from claimledger.extract.quantities.owner import measured_and_owner
from claimledger.extract.quantities.parts import PART_PREFIX, parts_of_wholes
from claimledger.extract.quantities.unit_rate_over_bracket import carry_rate_over_bracket
from claimledger.extract.quantities.value_alternatives import OR_JOIN_RE, or_range
from claimledger.extract.quantities.value_names import not_a_figure
from claimledger.extract.quantities.filters import age_end, excluded, one_is_number, one_of_a_time
from claimledger.extract.tree import text_of
from claimledger.lexicon import quantities as L


@dataclass(frozen=True)
class QuantityMention:
    """A quantity as written.  Offsets are character offsets into ``doc.text``.

    ``surface`` spans the modifiers, the number and its unit ("Only about 1,000", "over 1,000",
    "45% to 60%"); the counted thing has its own span.  ``change`` is NewsQuant's label:
    "=" exact, "~" approximate, "<" upper bound, ">" lower bound, "up"/"down" a trend.
    ``kind`` says what sort of amount it is, so a consumer can keep what it wants: "money",
    "percent" (percent, percentage points, basis points), "measure" (any other unit), "count"
    (no unit: things counted, vague amounts, bare numbers) and "age" ("a 50-year-old man",
    "aged 25"), which ``find_quantities`` reports only when asked (``ages=True``).
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
    kind: str = "count"
    #: what the number is an amount of ("sedan sales" for "are down 12.3 percent") and whose
    #: property that is ("Dell" for "5% of its workforce"), with spans.  See ``measured``, ``owner``.
    #: A part of a whole amount measures "part of" the whole's words, on the whole's span (``parts``).
    measured: Optional[str] = None
    measured_start: Optional[int] = None
    measured_end: Optional[int] = None
    measured_of: Optional[str] = None
    measured_of_start: Optional[int] = None
    measured_of_end: Optional[int] = None


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
    age: bool = False
    implied: Optional[str] = None  # the counted thing when the text leaves it out ("seven died")


def find_quantities(doc: Doc, *, ages: bool = False) -> list[QuantityMention]:
    """Every quantity in a parsed document (en_core_web_sm or any pipeline with a parser).

    Ages are not amounts anyone claims, so they are left out unless ``ages`` is true; then they
    come with ``kind == "age"`` (gold sets such as NewsQuant count them as quantities).
    """
    text = text_of(doc)
    nums = find_numbers(text)
    vague = [m.span() for m in P.VAGUE_RE.finditer(text)] if _may_be_vague(text) else []
    if not nums and not vague:
        return []
    blocked = sorted([m.span() for m in P.NOT_QUANTITY_RE.finditer(text)]
                     + [m.span("s") for m in P.SCORE_RE.finditer(text)]
                     + [m.span("s") for m in P.NAMED_NUMBER_RE.finditer(text)]
                     + [m.span() for m in P.DAY_RANGE_RE.finditer(text)]
                     + [m.span() for m in P.NOT_AMOUNT_RE.finditer(text)]
                     + [m.span() for m in P.RACE_NAME_RE.finditer(text)])
    starts = doc.to_array("IDX").tolist()
    cands: list[_Cand] = []
    for n in nums:
        if _inside(n.start, n.end, blocked) or _inside(n.start, n.end, vague):
            continue
        c = _candidate(doc, text, starts, n)
        if c is not None:
            cands.append(c)
    for s, e in vague:
        c = _vague_candidate(doc, text, starts, s, e)
        if c is not None:
            cands.append(c)
    cands.sort(key=lambda c: (c.start, -c.end))
    cands = _merge_ranges(text, _drop_overlaps(cands))
    carry_trends(text, cands)
    share_units(text, cands)
    carry_rate_over_bracket(text, cands)
    share_change_ends(text, cands)
    index_levels(text, cands)
    measured = carry_measured(doc, starts, text, cands,
                              [_measured(doc, starts, c, events=False) for c in cands])
    # an amount as the subject of a verb ("16% said ...") only when nothing was carried to it
    measured = [m if m is not None else _measured(doc, starts, c) for c, m in zip(cands, measured)]
    part = parts_of_wholes(text, cands, measured)
    return [_finish(text, c, m, p) for c, m, p in zip(cands, measured, part) if ages or not c.age]


def _measured(doc: Doc, starts: list[int], c: _Cand, events: bool = True) -> Optional[tuple]:
    first, last = token_at(doc, starts, c.num_start), token_at(doc, starts, c.end - 1)
    if first is None or last is None:
        return None
    return measured_and_owner(doc, first, last, _kind(c) if not c.age else "age", c.unit, c.counted,
                              events)


# --- building one candidate ----------------------------------------------------------------------


def _candidate(doc: Doc, text: str, starts: list[int], n: NumberMention) -> Optional[_Cand]:
    c = _Cand(n.start, n.end, n.start, n.end, n.value, n.kind,
              scaled=n.value != _bare(n.surface) if n.kind == "digits"
              else n.kind == "words" and bool(P.SCALE_IN_WORDS.search(n.surface)))
    cur = P.CURRENCY_RE.search(text, max(0, n.start - 6), n.start)
    if cur:
        c.unit = L.CURRENCY_PREFIXES[cur.group("c")]
        c.start = cur.start()
    tok0 = token_at(doc, starts, n.start)
    tok1 = token_at(doc, starts, n.end - 1)
    _attach_unit(doc, text, starts, c, currency=bool(cur))
    ub = P.UNIT_BEFORE_RE.search(text, max(0, c.start - 28), c.start)
    if ub and c.unit is None:
        c.unit = L.UNITS_BEFORE[ub.group("u").lower()]
        if not ub.group("link"):
            c.start = ub.start("u")
    elif c.unit is None and tok1 is not None and tok1.dep_ in ("attr", "acomp") \
            and any(w.dep_ == "nsubj" and w.lower_ in L.UNITS_BEFORE for w in tok1.head.children):
        c.unit = L.UNITS_BEFORE[next(w.lower_ for w in tok1.head.children if w.dep_ == "nsubj"
                                     and w.lower_ in L.UNITS_BEFORE)]  # "the magnitude of the quake was 6.6"
    if c.unit is None and (P.MODEL_RE.match(text, n.start) or P.MODEL_RE.search(text, max(0, n.start - 12), n.start)
                           or _model_tail(text, n.start)) and cur is None:
        return None  # "787-9 Dreamliner", "A350-900": a model, not an amount
    why = excluded(doc, text, c, n, tok0, tok1)
    if why == "age":
        return _age(text, c)  # kept until ranges are joined ("between the ages of 14 and 18")
    if why:
        return None
    _attach_modifiers(text, c)
    if c.unit is None and not c.scaled and not_a_figure(tok0, tok1, n.value, n.surface):
        return None  # "two officials said", "the Six Nations": a count of speakers, a name
    if one_of_a_time(doc, c, n, tok0, tok1):
        return None
    if c.unit is None:
        c.counted = counted_span(doc, starts, c.end, tok1)
        _counted_unit(doc, starts, c)
        if n.kind == "words" and n.surface.lower() == "one" and not one_is_number(doc, tok0, c):
            return None
    _attach_trend(text, c)
    if c.unit is None and c.counted is None and tok1 is not None:
        c.implied = implied_counted(doc, tok1)
    return c


_DIGITS_HYPHEN_BEFORE = re.compile(r"\d++-$")


def _model_tail(text: str, start: int) -> bool:
    """The "9" of "787-9 Dreamliner": the second part of a model designation."""
    m = _DIGITS_HYPHEN_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return False
    k = m.start()
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    return bool(P.MODEL_RE.match(text, k))


def _age(text: str, c: _Cand) -> _Cand:
    """An age kept as an age: its unit, and "-year-old" in its surface."""
    end = age_end(text, c)
    if end is not None:
        word = text[c.num_end:end].lower()
        c.unit = next((u for u in ("month", "week", "day") if u in word), "year") + "s"
        c.end = max(c.end, end)
    else:
        c.unit = c.unit or "years"
    c.age = True
    _attach_modifiers(text, c)
    return c


def _counted_unit(doc: Doc, starts: list[int], c: _Cand) -> None:
    """"50 previous years", "517 rushing yards": a measure word heading the noun phrase is the
    unit, not a counted thing."""
    if c.counted is None:
        return
    head = token_at(doc, starts, c.counted[1] - 1)
    if head is None:
        return
    unit = L.UNIT_WORDS.get(head.text.lower())
    if unit and head.text.lower() not in P.COUNTABLE_UNIT_WORDS:
        c.unit, c.counted = unit, None


def _bare(surface: str) -> float:
    m = re.match(r"[-−]?[\d,]*\.?\d+", surface)
    return float(m.group().replace(",", "").replace("−", "-")) if m else 0.0


def _attach_unit(doc: Doc, text: str, starts: list[int], c: _Cand, currency: bool) -> None:
    """Read the unit written after the number ("5 km", "5km", "6.1-inch", "$3,500 a month")."""
    i = c.end
    if not currency and text.startswith("m", i) and not text[i + 1:i + 2].isalpha():
        # "37m" is metres, "2.7m sales" millions: a plural noun ahead decides
        if _plural_noun_ahead(doc, starts, i + 1) and not P.METRE_EVENT_RE.match(text, i + 1):
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
    m = P.UNIT_WORD_RE.match(text, i)
    unit = None
    if m:
        unit = L.UNIT_WORDS[m.group("u").lower()] if m.group("u").lower() in L.UNIT_WORDS else None
    ms = P.UNIT_SYM_RE.match(text, i)
    if ms and (not m or ms.end() > m.end()):
        sym = ms.group("u")
        # a bare letter after a space is a unit only when set off by a no-break space ("50\u00a0m")
        # or when a rate follows ("1.3 A/cm2"); an inch mark may be a closing quotation mark
        spaced = ms.group("sp") not in ("", "\u00a0") and sym in L.GLUED_ONLY \
            and not P.COMPOUND_UNIT_RE.match(text, ms.end())
        if not spaced and not (sym == '"' and _closes_quote(text, ms.start("u"))):
            m, unit = ms, L.UNIT_SYMBOLS[sym]
    if not m and not currency and c.scaled:  # "3.5 bln marks", "2.1 trillion won"
        m = P.SCALED_UNIT_RE.match(text, i)
        unit = L.SCALED_UNIT_WORDS[m.group("u").lower()] if m else None
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
    cu = P.COMPOUND_UNIT_RE.match(text, c.end) if c.unit and not currency else None
    if cu:  # "10 kV/cm", "1.3 A/cm2"
        c.unit = f"{c.unit}/{L.UNIT_SYMBOLS[cu.group('u')]}"
        c.end = cu.end()
    p = P.PER_RE.match(text, c.end)
    if p and c.unit and not P.NOT_PER_RE.match(text, p.end()):
        c.unit = f"{c.unit}/{L.PER_WORDS[p.group('p').lower()]}"
        c.end = p.end()


def _closes_quote(text: str, i: int) -> bool:
    """Whether the '"' at ``i`` closes a quotation opened earlier in the paragraph (an odd number
    of '"' before it), as in 'call 101", said the inspector'."""
    start = max(text.rfind("\n", max(0, i - 2000), i), i - 2000, 0)
    return text.count('"', start, i) % 2 == 1


def _plural_noun_ahead(doc: Doc, starts: list[int], pos: int) -> bool:
    tok = token_at(doc, starts, pos)
    if tok is None:
        return False
    if tok.idx < pos:
        tok = tok.nbor(1) if tok.i + 1 < len(doc) else None
    for t in doc[tok.i: tok.i + 5] if tok is not None else ():
        if t.is_punct and t.text not in "-" or t.pos_ in ("VERB", "AUX", "ADP") and t.tag_ != "VBN":
            return False
        if t.text.lower() in L.MEASURE_ADJ:
            return False
        if t.tag_ in P.PLURAL_TAGS or t.text.lower() in L.UNIT_WORDS:
            return True
    return False


def _attach_modifiers(text: str, c: _Cand) -> None:
    """Bounds, approximators and hedges written before ("only about") or after ("or more")."""
    hedges: list[str] = []
    for _ in range(4):
        m = P.PRE_MOD_RE.search(text, max(0, c.start - 30), c.start)
        if not m:
            break
        if m.group("sub"):
            word, role = "sub", "high"
        else:
            word = m.group("m")
            role = P.MODIFIERS[word.lower()]
        if role == "low" and c.bound is None:
            c.bound = "low"
        elif role == "high" and c.bound is None:
            c.bound = "high"
        elif role == "approx":
            c.approximate = True
        hedges.append(word.lower())
        c.start = m.start("m") if not m.group("sub") else m.start("sub")
    pm = P.POST_MOD_RE.match(text, c.end)
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
    m = P.TREND_RE.search(text, max(0, c.start - 40), c.start)
    if m:
        c.trend = "up" if m.group("up") else "down"
        return
    m = P.LEVEL_THEN_MOVE_RE.search(text, max(0, c.start - 16), c.start)
    if m:  # "(16369.03 up 58.06 points)": a level, then its move
        c.trend = m.group("d").lower()


def _vague_candidate(doc: Doc, text: str, starts: list[int], s: int, e: int) -> Optional[_Cand]:
    """"dozens of people", "hundreds", "tens of thousands": approximate, no value."""
    word = text[s:e].lower()
    if word == "scores" and not text.startswith(" of", e):
        return None
    tok = token_at(doc, starts, e - 1)
    if tok is None or tok.pos_ == "VERB":
        return None
    c = _Cand(s, e, s, e, None, "vague", approximate=True, vague=True)
    _attach_modifiers(text, c)
    counted = counted_span(doc, starts, c.end, tok)
    if counted is not None:
        head_text = text[counted[0]:counted[1]].lower()
        if head_text in L.UNIT_WORDS:
            c.unit = L.UNIT_WORDS[head_text]
            c.end = counted[1]
        else:
            c.counted = counted
    elif c.unit is None:
        c.implied = implied_counted(doc, tok)  # "Dozens died"
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
            if scale == 1.0 and _thousands_shared(text, a, b):
                scale = 1000.0
            lo, hi = a.value * scale, b.value
            merged = _Cand(a.start, b.end, a.num_start, b.num_end, None, "range",
                           unit=b.unit or a.unit, low=min(lo, hi), high=max(lo, hi),
                           approximate=a.approximate or b.approximate,
                           trend=a.trend or b.trend, hedges=a.hedges + b.hedges,
                           counted=b.counted, scaled=b.scaled, age=a.age or b.age,
                           implied=b.implied or a.implied)
            bw = P.BETWEEN_RE.search(text, max(0, a.start - 10), a.start)
            if bw:
                merged.start = bw.start()
                merged.hedges = ("between",) + merged.hedges
            out.append(merged)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_WHOLE_THOUSANDS = re.compile(r"\d{1,3}(?:,000)+")


def _thousands_shared(text: str, a: _Cand, b: _Cand) -> bool:
    """"75-100,000", "20-30,000 people": the first end is in the second's thousands, as "2-3
    million" shares its scale word — when that puts both ends within one order of magnitude
    ("1-10,000" stays 1 to 10,000)."""
    if not (a.value is not None and b.value is not None and a.value.is_integer() and 0 < a.value < 1000):
        return False
    if not _WHOLE_THOUSANDS.fullmatch(text, b.num_start, b.num_end):
        return False
    return b.value / 10 < a.value * 1000 <= b.value


def _joins(text: str, a: _Cand, b: _Cand) -> bool:
    """Whether two neighbouring numbers are the ends of one range."""
    if a.vague or b.vague or a.value is None or b.value is None or a.bound or b.bound:
        return False
    if a.counted and a.counted != b.counted:  # one token "2,000–3,000" gives both the same noun
        return False
    if OR_JOIN_RE.fullmatch(text, a.end, b.start):
        return or_range(text, a, b)  # "three or four years"
    if not P.RANGE_JOIN_RE.fullmatch(text, a.end, b.start):
        return False
    word = text[a.end:b.start].strip(" \u00a0").lower()
    if word == "/" and not (a.unit and a.unit in L.MONEY_UNITS and b.unit
                            and b.unit.split("/")[0] == a.unit):
        return False  # "$7/$9" is a range of prices; "24/7" and "3/4" are not ranges
    if a.age and b.unit is None and b.counted is None and (
            word != "and" or "between" in text[max(0, a.start - 25):a.start].lower()):
        return True  # "between the ages of 14 and 18": the second end is an age too
    if word == "and" and not P.BETWEEN_RE.search(text, max(0, a.start - 10), a.start):
        return False
    if word in ("-", "–", "—") and (a.end != a.num_end or b.start != b.num_start) \
            and not (a.unit and a.unit == b.unit):
        return False
    if word.startswith("to") and _scaled_end(a, b) > b.value \
            and P.FROM_CHANGE_RE.search(text, max(0, a.start - 60), a.start):
        return False  # "slashed from $47 billion to $8 billion": before and after (a range runs up)
    if word.startswith("to") and _scaled_end(a, b) < b.value \
            and P.FROM_RISE_RE.search(text, max(0, a.start - 60), a.start):
        return False  # "rose from 14 to 31": before and after, as the same words running down
    if a.unit and a.trend and word.startswith("to"):
        return False  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if a.unit and not (b.unit and (b.unit == a.unit or b.unit.startswith(a.unit + "/"))):
        return False
    return True


def _scaled_end(a: _Cand, b: _Cand) -> float:
    """The first end's value with the second's scale word when it has none ("5 to 6 million")."""
    scale = _trailing_scale(b) if not a.scaled and b.scaled else 1.0
    return a.value * scale if a.value * scale <= b.value or scale == 1.0 else a.value


def _drop_overlaps(cands: list[_Cand]) -> list[_Cand]:
    """A number inside another quantity's unit ("1200 parts per million") is not its own."""
    out: list[_Cand] = []
    for c in cands:
        if out and c.num_start < out[-1].end:
            continue
        out.append(c)
    return out


def _trailing_scale(c: _Cand) -> float:
    raw = c.value or 0.0
    for f in (1e12, 1e9, 1e6, 1e3, 1e2):
        if raw >= f and (raw / f) < 1000:
            return f
    return 1.0


def _finish(text: str, c: _Cand, measured: Optional[tuple], part: bool = False) -> QuantityMention:
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
    value, low, high = (clean(v) if v is not None else None for v in (value, low, high))
    m, o = measured if measured else (None, None)
    return QuantityMention(
        start=c.start, end=c.end, surface=text[c.start:c.end], value=value, low=low, high=high,
        approximate=c.approximate, trend=c.trend, unit=c.unit,
        counted=text[cs:ce] if cs is not None else c.implied, counted_start=cs, counted_end=ce,
        hedges=c.hedges, change=change, kind=_kind(c),
        measured=(PART_PREFIX if part else "") + text[m[0]:m[1]] if m else None,
        measured_start=m[0] if m else None,
        measured_end=m[1] if m else None, measured_of=text[o[0]:o[1]] if o else None,
        measured_of_start=o[0] if o else None, measured_of_end=o[1] if o else None)


def _kind(c: _Cand) -> str:
    if c.age:
        return "age"
    if c.unit is None:
        return "count"
    base = c.unit.split("/")[0]
    if base in L.MONEY_UNITS:
        return "money"
    return "percent" if base in ("percent", "percentage points", "bp") else "measure"


# --- small helpers -------------------------------------------------------------------------------


def _inside(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    # spans are sorted by start; a linear scan would make this quadratic on number-dense text
    i = bisect_right(spans, (s, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= s and e <= spans[i][1]


def _may_be_vague(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("dozens", "scores", "hundred", "thousand", "million", "billion",
                                  "trillion"))

