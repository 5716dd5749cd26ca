"""Loads the spaCy pipeline once per process and parses text in batches.

The model is a setting (``--model``, ``CLAIMLEDGER_MODEL``); nothing is downloaded at run time.
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Iterable, Iterator, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.errors import ModelNotFound
from claimledger.settings import DEFAULT_MODELS

T = TypeVar("T")


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """The named pipeline, or the first installed default; cached so each process loads it once."""
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelNotFound(name or DEFAULT_MODELS[0])


#: the component skipped for text that cannot hold a claim, and the one that then marks sentences
LIGHT_SKIPS = "parser"
LIGHT_SENTENCES = "senter"


def has_light_pipeline(nlp: Language) -> bool:
    """Whether ``nlp`` can parse without its dependency parser and still mark sentences."""
    return LIGHT_SKIPS in nlp.pipe_names and LIGHT_SENTENCES in nlp.component_names


def parse_light_with_context(nlp: Language, items: Iterable[tuple[str, T]],
                             batch_size: int = 64) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs without the dependency parser (about half the cost): tags,
    lemmas and entities as usual, sentences from the statistical sentence splitter."""
    senter = nlp.get_pipe(LIGHT_SENTENCES)
    pairs = nlp.pipe(items, as_tuples=True, batch_size=batch_size, disable=[LIGHT_SKIPS])
    while True:
        chunk = list(itertools.islice(pairs, batch_size))
        if not chunk:
            return
        docs = senter.pipe((d for d, _ in chunk), batch_size=batch_size)
        yield from zip(docs, (c for _, c in chunk))


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Parse texts in batches (``nlp.pipe``)."""
    return nlp.pipe(texts, batch_size=batch_size)


def parse_with_context(nlp: Language, items: Iterable[tuple[str, T]], batch_size: int = 64) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs in batches, keeping each context with its Doc."""
    return nlp.pipe(items, as_tuples=True, batch_size=batch_size)
