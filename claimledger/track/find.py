"""Finding a series from what a user types: an id, or words such as "Daesh fighters in Iraq"."""
from __future__ import annotations

import re

from claimledger.extract.actors import alias_table, resolve_alias
from claimledger.lexicon.tracking import QUERY_STOPWORDS
from claimledger.track.keys import SeriesKey, _member, singular
from claimledger.track.points import Series
from claimledger.track.units import written_units


def find_series(series: list[Series], query: str) -> list[Series]:
    """Series matching an id (or id prefix) or a description ("Daesh fighters in Iraq and
    Syria"), best first: all of the query's words must name the series' entity, places or
    counted thing (aliases and plurals resolved)."""
    return [series[i] for i in find_keys([s.key for s in series], [len(s.points) for s in series], query)]


def find_keys(keys: list[SeriesKey], sizes: list[int], query: str) -> list[int]:
    """``find_series`` over series given by their keys and numbers of claims (what a ledger
    keeps without building every point): the positions of the matches, best first."""
    hits = find_ids([k.id for k in keys], query) if looks_like_id(query) else []
    if hits:
        return hits
    wanted = _query_terms(query.strip())
    if not wanted:
        return []
    scored = []
    for i, key in enumerate(keys):
        terms = _series_terms(key)
        if wanted <= terms:
            places = {t for t in wanted if t.startswith("place:")}
            extra = len(set(key.scope)) - len(places)
            scored.append((extra, -sizes[i], key.label, i))
    return [t[-1] for t in sorted(scored, key=lambda t: t[:3])]


def looks_like_id(query: str) -> bool:
    """Whether ``query`` may be a series id or the start of one (``find_ids``)."""
    return re.fullmatch(r"[0-9a-f]{4,10}", query.strip()) is not None


def find_ids(ids: list[str], query: str) -> list[int]:
    """The positions of the series ids ``query`` starts (``find_keys`` tries them first)."""
    q = query.strip()
    return [i for i, x in enumerate(ids) if x.startswith(q)]


_STOP = QUERY_STOPWORDS


def _query_terms(text: str) -> set[str]:
    words = [w for w in re.split(r"[\s/,;]+", text) if w]
    terms: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            hit = resolve_alias(phrase)
            if hit is not None:
                kind = alias_table().kind.get(hit)
                terms.add(("place:" if kind == "places" else "entity:") + hit)
                i += n
                break
        else:
            w = words[i].lower()
            if w not in _STOP:
                terms.add("word:" + _member(singular(w)))
            i += 1
    return terms


def _series_terms(key: SeriesKey) -> set[str]:
    terms = {"place:" + p for p in key.scope}
    if key.entity:
        terms.add("entity:" + key.entity)
    terms |= {"word:" + _member(w) for w in key.counted.split()}
    if key.unit:
        # "speed (km/h)": found by "speed" and by any unit it is written in ("mph", "km/h")
        terms |= {"word:" + singular(w.lower()) for u in written_units(key.unit) for w in u.split()}
    return terms
