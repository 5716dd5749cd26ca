"""Revisions a page states in so many words: "the previous week's M-1 level was revised to 736.6
billion dlrs from 736.7 billion", "a 319,000 gain in January, revised down from a previously
reported 448,000 increase", "rising a revised 236,000 in February".

Such a sentence says two things the tracker cannot read from the figures alone: the figure after
"from" is the same quantity as the new one (so it joins the new one's series, however its own
words name it: "gain" and "increase"), and the new figure replaces it (a correction, whoever's
voice the page speaks in: the page reports the revision, it does not make a claim of its own).
Issue 17, point 5: "a figure the source says replaces an earlier one" is a correction.

Only the words of ``CORRECTION_WORDS`` ("revised", "previously reported", "corrected" …) make a
sentence a revision: "rose to 6.7 pct from 6.6 pct" is a change over time, not a revision, and
its "from" figure stays where its own words put it.
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Optional, Sequence

from claimledger.lexicon.tracking import CORRECTION_WORDS

#: "adjusted" says how a figure is computed far more often than that it was corrected ("a
#: seasonally adjusted 5.5 pct", "the adjusted surplus fell to 7.4 billion from 9.1 billion": 3
#: of the first 14 stated revisions on the news corpus read that way, none a revision)
#: "instead of" far more often weighs two alternatives than corrects a figure ("60 pct local
#: content, instead of an earlier planned 50 pct", "three-child families instead of two-child"):
#: 6 of 10 sampled were such (the true ones restated accounts)
NOT_A_REVISION_CUE = frozenset({"adjusted", "instead of"})
_CUE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(CORRECTION_WORDS, key=len, reverse=True)
                                      if w not in NOT_A_REVISION_CUE) + r")\b", re.IGNORECASE)
#: what stands between a new figure and the old one it replaces: "revised to X from Y",
#: "X, revised down from a previously reported Y", "117,000, previously reported at 166,000"
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_PREVIOUSLY_AT_END = re.compile(r"\b(?:previously|originally|earlier)\s+reported(?:\s+(?:at|as))?\s+(?:an?\s+)?$",
                                re.IGNORECASE)
#: at most this many words between "from" and the old figure ("from the earlier estimate of
#: 195,100", "from a previously reported 448,000"); "down 2.3 pct from a year earlier after a 2.1
#: pct drop" names another time, not the old figure
FROM_MAX_WORDS = 4
#: how close before a figure "revised" must be to say that figure is the revised one ("a revised
#: 236,000", "revised to 736.6 billion")
CUE_BEFORE_CHARS = 25


#: the old figure named as one its source gave before the new one: "from the 15.06 billion
#: figure the department reported only two days earlier", "from 1.12 estimated earlier", "from
#: the 5.87 billion dlrs projected previously", "from 0.3 pct originally reported".  Only a time
#: relative to the new figure: "reported last week", "reported in 1985" or "reported for 1986"
#: as often name the period the old figure is for (last week's stocks), a change over time
_GIVEN = r"(?:reported|announced|estimated|projected|published)"
_BEFORE_NOW = r"(?:earlier|previously|before)"
_REPORTED_EARLIER = re.compile(
    r"\s*(?:[a-z]+\s+){0,4}?(?:"
    rf"{_GIVEN}\s+(?:(?:only|just)\s+)?(?:\w+\s+(?:days?|weeks?|months?)\s+)?{_BEFORE_NOW}"
    rf"|(?:originally|previously|initially|first)\s+{_GIVEN})\b")


def states_revision(sentence: str) -> bool:
    """Whether the sentence says a figure replaces another: a correction word ("revised",
    "previously reported" …), or an old figure given as reported earlier (``_REPORTED_EARLIER``)."""
    return bool(_CUE.search(sentence) or _FIGURE_REPORTED_EARLIER.search(sentence))


#: ``_REPORTED_EARLIER`` right after a figure's last digit, anywhere in a sentence
_FIGURE_REPORTED_EARLIER = re.compile(r"(?<=\d)" + _REPORTED_EARLIER.pattern)


def _where(sentence: str, surface: str, nth: int = 0) -> Optional[int]:
    """Where the ``nth`` occurrence (from 0) of ``surface`` starts in ``sentence``."""
    i = -1
    for _ in range(nth + 1):
        i = sentence.find(surface, i + 1)
        if i < 0:
            return None
    return i


#: a figure of a sentence: its surface and where it starts in the sentence
Located = tuple[str, Optional[int]]


def located(sentence: str, figures: Sequence[tuple[str, Optional[int]]]) -> list[Located]:
    """Each figure (surface, its claim's start in the page) with where it starts in the sentence:
    the k-th figure in page order written with one surface is that surface's k-th occurrence.
    "revised to 736.6 from 736.7 …, while the average rose to 736.7" writes "736.7" twice, and
    ``sentence.find`` placed both figures at the first: both read as the replaced one."""
    order = sorted(range(len(figures)), key=lambda k: (figures[k][1] is None, figures[k][1] or 0, k))
    seen: dict[str, int] = {}
    out: list[Located] = [("", None)] * len(figures)
    for k in order:
        surface = figures[k][0]
        out[k] = (surface, _where(sentence, surface, seen.get(surface, 0)))
        seen[surface] = seen.get(surface, 0) + 1
    return out


def old_figure_of(sentence: str, new_surface: str, other_surface: str,
                  surfaces: Iterable[str] = (), values: Optional[Mapping[str, Optional[float]]] = None) -> bool:
    """``old_figure_at`` for figures each written once in the sentence (placed at their first
    occurrence)."""
    return old_figure_at(sentence, (new_surface, _where(sentence, new_surface)),
                         (other_surface, _where(sentence, other_surface)),
                         [(x, _where(sentence, x)) for x in surfaces], values)


def old_figure_at(sentence: str, new: Located, other: Located, figures: Iterable[Located] = (),
                  values: Optional[Mapping[str, Optional[float]]] = None) -> bool:
    """Whether, in a sentence that states a revision, the ``other`` figure is the one the ``new``
    figure replaces: it is the next figure after the new one (no other of the sentence's
    ``figures`` between them), "from" (or "previously", "instead of") stands between
    them, the revision cue stands just before the new figure or between the two, and the other
    figure is not itself the revised one.  "The previous week's level was revised to 734.6 from
    734.2, while the average rose to 735.0 from 733.5": 734.2 is replaced, 733.5 is last week's
    average (a change over time); "rose to 736.7 from a revised 734.6": 734.6 is not replaced.

    The cue may also follow the old figure ("from the 15.06 billion figure the department
    reported two days earlier": ``_REPORTED_EARLIER``), and a figure between the two may be the
    change from one to the other ("13.65 billion dollars, a reduction of 1.4 billion dlrs from
    the 15.06 billion figure …"), told by its value (``values``: each surface's value) being
    their difference; that change is then never the new figure itself.  Each figure is given
    with where it starts in the sentence (``located``)."""
    (new_surface, i), (other_surface, j) = new, other
    figures = list(figures)
    surfaces = [x for x, _k in figures]
    if i is None or j is None or j <= i:
        return False
    if _is_an_old_figure(sentence[max(0, i - CUE_BEFORE_CHARS - 20):i]):
        return False  # "revised down from 742 mln, … and from 733 mln a year earlier": 742 is replaced
    between = sentence[i + len(new_surface):j]
    if _unknown_figure_in(between, surfaces):
        return False  # "rose 5.1 pct and December's increased 1.5 pct, revised from 0.9 pct"
    if not (_FROM.search(between) or _PREVIOUSLY_AT_END.search(between)) \
            or not (_CUE.search(sentence, max(0, i - CUE_BEFORE_CHARS), j)
                    or _REPORTED_EARLIER.match(sentence, j + len(other_surface))):
        return False
    after_from = re.split(r"\bfrom\b", between)[-1] if _FROM.search(between) else ""
    if _REVISED_AFTER_FROM.search(after_from) or len(after_from.split()) > FROM_MAX_WORDS:
        return False
    values = values or {}
    others = [(x, k) for x, k in figures if k is not None and k not in (i, j)]
    before_new = [x for x, k in others if k < i]
    if any(_is_change(values.get(new_surface), values.get(x), values.get(other_surface)) for x in before_new):
        return False  # "8.42 billion, a reduction of 0.6 billion from 9.03 billion": 0.6 is the change
    return not any(i < k < j and not _is_change(values.get(x), values.get(new_surface), values.get(other_surface))
                   for x, k in others)


#: the words right before a figure that make it the one replaced, never the new one: "revised
#: down from 742 mln", "from a previously reported 448,000" (a figure after "from" that another
#: "from" follows — "…from 742 mln for the September quarter and from 733 mln a year earlier" —
#: was taken as replacing the 733, a year-ago figure: 1 of the 32 revisions on the news corpus)
_FROM_AT_END = re.compile(rf"\bfrom\s+((?:[a-z]+\s+){{0,{FROM_MAX_WORDS}}})$", re.IGNORECASE)


def _is_an_old_figure(before: str) -> bool:
    """Whether the text right ``before`` a figure makes it the figure a revision replaces: "from"
    just before it, with a revision cue just before the "from" ("revised down from") or between
    ("from a previously reported").  A plain "from" is a change over time, whose from-figure
    may itself be revised ("narrowed to 567 mln from 738 mln, revised down from 742 mln")."""
    m = _FROM_AT_END.search(before)
    return bool(m) and bool(_CUE.search(before[max(0, m.start() - 20):m.start()]) or _CUE.search(m.group(1)))
#: a number written in the text (a year, "19xx"/"20xx", is a time, not a figure)
_NUMBER = re.compile(r"(?<![\w.])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?")


def _unknown_figure_in(text: str, surfaces: Iterable[str]) -> bool:
    """Whether ``text`` (between a new figure and the old one) writes a number that none of the
    sentence's known figures (``surfaces``) holds: a figure the tracker placed in another series
    ("November orders rose 5.1 pct and December's increased 1.5 pct, revised upwards from a
    previously reported 0.9 pct": the 1.5 pct, in a series of its own, stood unseen between the
    5.1 and the 0.9, and 5.1 was taken as replacing 0.9: 1 of the 32 revisions on the news
    corpus).  Such a number stands between the two as another figure would."""
    known = " ".join(surfaces)
    return any(m.group(0) not in known for m in _NUMBER.finditer(text))


#: how far a change figure may be from the difference of the two figures it lies between, as a
#: share of itself: "a reduction of 1.4 billion" between 13.65 and 15.06 billion (1.41)
CHANGE_TOLERANCE = 0.05


def _is_change(change: Optional[float], new: Optional[float], old: Optional[float]) -> bool:
    """Whether ``change`` is the difference between ``new`` and ``old``, as written (rounded)."""
    if change is None or new is None or old is None or change <= 0:
        return False
    return abs(change - abs(new - old)) <= CHANGE_TOLERANCE * change


#: "from a revised 734.6": the figure after the cue is the revised one, not the one replaced
#: "from a downward revised surplus of 3.8 billion", "from a revised 734.6": after the last
#: "from" the cue describes the old figure, which is then itself the revised one
_REVISED_AFTER_FROM = re.compile(r"\b(?:revised|corrected|restated)\b", re.IGNORECASE)


def says_revised(sentence: str, surface: str, at: Optional[int] = -1) -> bool:
    """"a revised 236,000", "was revised to 736.6 billion": the cue stands just before the
    figure, so the figure is the new one even when the old one is not in the sentence.  ``at``:
    where the figure starts in the sentence (default: the surface's first occurrence)."""
    i = _where(sentence, surface) if at == -1 else at
    if i is None:
        return False
    window = sentence[max(0, i - CUE_BEFORE_CHARS):i]
    return bool(_CUE.search(window)) and not _FROM.search(window)
