"""Keep hostile text from making the parse slow, without moving a single offset.

spaCy's tokenizer strips affixes one character at a time, so a long run of punctuation with no
space ("“““““…", 50,000 quote marks) costs quadratic time: 5,000 marks take 7 s, 10,000 take 29 s
here.  Such runs (and any space-free run longer than a real token, such as a URL, can be) never
hold a claim, so they are replaced by spaces of the same length before parsing: every offset into
the original text stays valid.
"""
from __future__ import annotations

import re

#: a run of punctuation/symbols this long is not prose
MAX_PUNCT_RUN = 32
#: no word, number or URL in news is longer than this
MAX_TOKEN_CHARS = 2_000

_RUN = re.compile(r"\S+")  # each space-free run is scanned once: linear in the text
_PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN},}}")


def mask_hostile(text: str) -> str:
    """``text`` with pathological runs blanked out (same length, so offsets are unchanged)."""
    if len(text) < MAX_PUNCT_RUN:
        return text
    pieces, last = [], 0
    for m in _RUN.finditer(text):
        run = m.group()
        if len(run) < MAX_PUNCT_RUN:
            continue
        masked = " " * len(run) if len(run) > MAX_TOKEN_CHARS else \
            _PUNCT_RUN.sub(lambda p: " " * len(p.group()), run)
        if masked is not run and masked != run:
            pieces += [text[last:m.start()], masked]
            last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
