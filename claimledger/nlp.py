"""Loads the spaCy pipeline once per process and parses text in batches.

The model is a setting (``--model``, ``CLAIMLEDGER_MODEL``); nothing is downloaded at run time.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFound
from .settings import DEFAULT_MODELS

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


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Parse texts in batches (``nlp.pipe``)."""
    return nlp.pipe(texts, batch_size=batch_size)


def parse_with_context(nlp: Language, items: Iterable[tuple[str, T]], batch_size: int = 64) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs in batches, keeping each context with its Doc."""
    return nlp.pipe(items, as_tuples=True, batch_size=batch_size)
