"""Pages of one story, and the one topic they share.

A page's topic (``keys.page_topic``: the first name its headline and lead share) stands in as
the owner of a count or a measured figure the sentence leaves without one.  Pages of one story
pick different names for it: "STRIKING BRAZILIAN SEAMEN HOLD PAY TALKS" (topic "Striking
Brazilian"), "BRAZIL SEAMEN CONTINUE STRIKE AFTER COURT DECISION" ("Court"), "BRAZIL SEAMEN SAY
STRIKE NEAR END" ("Brazil"); "Glazer makes new Man Utd approach" ("Glazer") and "Q&A: Malcolm
Glazer and Man Utd" ("Malcolm Glazer").  One story's "pay rise" then splits into one series a
page.

So pages are linked into stories — two pages at most ``STORY_DAYS`` apart (or both undated, from
one outlet) whose headlines share at least ``STORY_SHARED_WORDS`` salient words (words no more
common in the ledger's headlines than ``STORY_MAX_WORD_PAGES`` pages: "seamen" and "strike",
"man" and "utd", not "oil" or "u.s.") — and each page takes its story's topic: the name most of the
story's pages give when it found none, a full name folded into the short one the story also
gives ("Malcolm Glazer" → "Glazer").  A page in no story keeps its own topic.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable, Optional

from claimledger.lexicon.tracking import (
    EPISODE_GAP_DAYS,
    STORY_DAYS,
    STORY_MAX_WORD_PAGES,
    STORY_SHARED_WORDS,
    TOPIC_NOT_WORDS,
)
from claimledger.track.keys import singular

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]")


@lru_cache(maxsize=1 << 15)  # every view reads every page's headline again
def headline_words(title: Optional[str]) -> frozenset[str]:
    """The words of a headline that may tell its story: lower-cased, singular, three letters or
    more, not the function and headline words of ``TOPIC_NOT_WORDS``."""
    if not title:
        return frozenset()
    words = set()
    for w in _WORD.findall(title):
        w = w.lower().strip(".'’")
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if len(w) >= 3 and w not in TOPIC_NOT_WORDS:
            words.add(singular(w))
    return frozenset(words)


def stories(pages: dict[str, tuple[Optional[str], Optional[dt.date], Optional[str]]],
            topics: Optional[dict[str, Optional[str]]] = None) -> list[list[str]]:
    """Groups of doc ids that tell one story (groups of two pages or more), from each page's
    ``(title, published, outlet)``.  Two pages whose own topics differ (neither the other's
    short form) are not linked directly: Wikinews' interviews of several parties' candidates
    share "presidential", "nominee", "party", but each is about its own party."""
    topics = topics or {}
    words = {doc: headline_words(title) for doc, (title, _p, _o) in pages.items()}
    by_word: dict[str, list[str]] = defaultdict(list)
    for doc, ws in words.items():
        for w in ws:
            by_word[w].append(doc)
    parent: dict[str, str] = {}

    def root(d: str) -> str:
        while parent.get(d, d) != d:
            parent[d] = parent.get(parent[d], parent[d])
            d = parent[d]
        return d

    shared: Counter = Counter()
    for w, docs in by_word.items():
        if len(docs) < 2 or len(docs) > STORY_MAX_WORD_PAGES:
            continue
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                shared[(a, b) if a < b else (b, a)] += 1
    for (a, b), n in shared.items():
        if n >= STORY_SHARED_WORDS and _close(pages[a], pages[b]) \
                and _compatible(topics.get(a), topics.get(b)):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for d in pages:
        groups[root(d)].append(d)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def _close(a: tuple, b: tuple) -> bool:
    (_ta, pa, oa), (_tb, pb, ob) = a, b
    if pa is None or pb is None:
        return pa is None and pb is None and oa == ob
    return abs((pa - pb).days) <= STORY_DAYS


def _compatible(a: Optional[str], b: Optional[str]) -> bool:
    if a is None or b is None or a == b:
        return True
    folded = fold_names((a, b))
    return folded[a] == folded[b]


def story_topics(pages: dict[str, tuple[Optional[str], Optional[dt.date], Optional[str]]],
                 topics: dict[str, Optional[str]],
                 groups: Optional[list[list[str]]] = None) -> dict[str, Optional[str]]:
    """Each page's topic, made one across the pages of its story (``stories``): a page that
    found none takes the name most of its story's pages give, and a short name the story also
    gives is the short one ("Malcolm Glazer" → "Glazer").  A page's own topic is kept
    otherwise: a story linked through pages of no topic may hold two ("Court", "Striking
    Brazilian"), and which one is the story's the headlines do not say.  ``groups``: the
    stories, when the caller has them already."""
    out = dict(topics)
    for group in (stories(pages, topics) if groups is None else groups):
        named = [topics.get(d) for d in group if topics.get(d)]
        if not named:
            continue
        folded = fold_names(named)
        counts = Counter(folded[n] for n in named)
        # the most pages, then the longer name (a headline's run, "Striking Brazilian", over a
        # word), then any stable choice
        best = max(counts, key=lambda n: (counts[n], len(n.split()), n))
        for d in group:
            out[d] = folded[topics[d]] if topics.get(d) else best
    return out


def story_ids(pages: Iterable[str], groups: list[list[str]]) -> dict[str, str]:
    """Each page's story, named by its first page's doc id (a page in no story is its own)."""
    out = {d: d for d in pages}
    for group in groups:
        for d in group:
            out[d] = group[0]
    return out


def fold_names(names: Iterable[str]) -> dict[str, str]:
    """Each name mapped to the shortest name of the set that its words end with ("Malcolm
    Glazer" → "Glazer", "Tropical Storm Humberto" → "Humberto"); else to itself.  The short
    form is the one other pages use too: a page that only says "Glazer's bid" meets the page
    that named him in full."""
    names = set(names)
    out = {}
    for n in names:
        words = n.lower().split()
        shorter = [m for m in names if len(m.split()) < len(words)
                   and words[-len(m.split()):] == m.lower().split()]
        out[n] = min(shorter, key=lambda m: (len(m.split()), m)) if shorter else n
    return out


def topic_episodes(topics: dict[str, Optional[str]], published: dict[str, Optional[dt.date]]
                   ) -> dict[str, Optional[str]]:
    """Each page with a topic, named by its episode: the run of pages of that topic with no gap
    of more than ``EPISODE_GAP_DAYS`` between consecutive dates ("Philippines" in July and again
    in October are two earthquakes; a flood's pages on the 2nd, 5th and 20th are one).  Undated
    pages of a topic are one episode."""
    by_topic: dict[str, list[tuple]] = defaultdict(list)
    for doc, topic in topics.items():
        if topic:
            by_topic[topic].append((published.get(doc) or dt.date.min, doc))
    out: dict[str, Optional[str]] = {doc: None for doc in topics}
    for topic, pages in by_topic.items():
        pages.sort()
        start, last = None, None
        for date, doc in pages:
            if last is None or (date - last).days > EPISODE_GAP_DAYS:
                start = date
            last = date
            out[doc] = f"{topic}@{start.isoformat()}"
    return out
