"""Finding a series from what a user types: an id, or words such as "Daesh fighters in Iraq"."""
from __future__ import annotations

import re

from claimledger.extract.actors import alias_table, resolve_alias
from claimledger.lexicon.tracking import QUERY_STOPWORDS
from claimledger.track.keys import SeriesKey, _member, singular
from claimledger.track.points import Series


def find_series(series: list[Series], query: str) -> list[Series]:
    """Series matching an id (or id prefix) or a description ("Daesh fighters in Iraq and
    Syria"), best first: all of the query's words must name the series' entity, places or
    counted thing (aliases and plurals resolved)."""
    q = query.strip()
    if re.fullmatch(r"[0-9a-f]{4,10}", q):
        hits = [s for s in series if s.id.startswith(q)]
        if hits:
            return hits
    wanted = _query_terms(q)
    if not wanted:
        return []
    scored = []
    for s in series:
        terms = _series_terms(s.key)
        if wanted <= terms:
            places = {t for t in wanted if t.startswith("place:")}
            extra = len(set(s.key.scope)) - len(places)
            scored.append((extra, -len(s.points), s.label, s))
    return [t[-1] for t in sorted(scored, key=lambda t: t[:3])]


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
        terms |= {"word:" + singular(w.lower()) for w in key.unit.split()}
    return terms
