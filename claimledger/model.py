"""The data model: documents, their segments, and the claims found in them.

Everything here is a frozen dataclass so records can be hashed, compared in tests and passed
between processes (pickled for multiprocessing and Dask) without surprises.  Claims point into
their document by character offsets; the text of a span is derived, never copied by hand.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Optional

#: bumped whenever extraction output changes for the same input; stored with every claim.
#: tests/test_extractor_version.py fingerprints the claims of examples/ and fails when they change
#: while this stays the same (then bump it and record: `python -m tests.test_extractor_version --record`)
EXTRACTOR_VERSION = "claimledger.extract.v34"

SEGMENT_KINDS = ("headline", "byline", "caption", "body", "embed", "table", "comments_header", "comment",
                 "boilerplate")
VOICES = ("source", "outlet", "reader")
#: what a claim's cue reports (``Claim.cue_kind``), in the order the claim record lists them
CUE_KINDS = ("speech", "belief", "intention", "perception", "finding")


def normalise_text(text: str) -> str:
    """The form a document is hashed in: NFC, unified line ends, trailing space stripped.

    Two copies of a page that differ only in CRLF vs LF or trailing blanks are the same document.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def document_hash(text: str, title: Optional[str] = None) -> str:
    """sha256 of the normalised title and text: the document's identity in the ledger."""
    h = hashlib.sha256()
    if title:
        h.update(normalise_text(title).encode("utf-8"))
        h.update(b"\x00")
    h.update(normalise_text(text).encode("utf-8"))
    return h.hexdigest()


@dataclass(frozen=True)
class Document:
    """One input page.

    ``text`` is exactly what the reader produced (offsets index it).  For plain text it is the
    whole file, headline included; for JSONL and HTML it is the article body and the headline is
    ``title`` (a headline claim's offsets then index ``title``).
    """

    text: str
    doc_ref: str = "-"
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None  # ISO date YYYY-MM-DD
    author: Optional[str] = None
    #: reader comments the input marked up itself (HTML comment lists): (start, end, author) into
    #: ``text``, which then holds the body, and after it the comments, two blank lines apart
    comment_spans: tuple[tuple[int, int, Optional[str]], ...] = ()
    format: str = "text"
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def doc_id(self) -> str:
        return document_hash(self.text, self.title)

    def with_(self, **changes: Any) -> "Document":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Segment:
    """A structural piece of a page: headline, byline, caption, body paragraph, comment, …

    ``start``/``end`` index the document text, except for ``kind == "headline"`` of a document
    with a ``title`` (JSONL, HTML), where they index the title.  ``index`` counts segments of the
    same kind in page order; ``comment_index`` groups the paragraphs of one reader comment.
    """

    kind: str
    start: int
    end: int
    index: int = 0
    comment_index: Optional[int] = None
    author: Optional[str] = None
    in_title: bool = False


@dataclass(frozen=True)
class Quantity:
    surface: str
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    approximate: bool = False
    trend: Optional[str] = None  # "up" | "down"
    unit: Optional[str] = None
    counted: Optional[str] = None
    entity: Optional[str] = None
    #: what the count says happened to the counted things: "killed", "exported", "capacity";
    #: None when it only says they exist ("1,000 fighters remain").  extract/predicate.py
    predicate: Optional[str] = None
    #: what the number is an amount of ("sedan sales", "the Dow Jones industrial average", "the
    #: vote"), read from the parse (extract/quantities/measured.py), and its character span in
    #: the document's text; for a count, who has or does the counted things ("Ford")
    measured: Optional[str] = None
    measured_span: Optional[tuple[int, int]] = None
    #: whose property ``measured`` is ("Dell" for "5% of its workforce"), and its span
    measured_of: Optional[str] = None
    measured_of_span: Optional[tuple[int, int]] = None


@dataclass(frozen=True)
class Source:
    name: Optional[str]
    title: Optional[str] = None
    role: Optional[str] = None
    organization: Optional[str] = None
    kind: str = "person"  # person | organization | document | unnamed


@dataclass(frozen=True)
class TimeRef:
    surface: str
    value: Optional[str] = None  # TIMEX3 value: 2017-12-26, XXXX-12-26, 2017-W52, PAST_REF …
    relation: str = "at"  # at | until | since | before | after


@dataclass(frozen=True)
class SegmentRef:
    kind: str
    index: int
    author: Optional[str] = None


@dataclass(frozen=True)
class Claim:
    claim_id: str
    doc_id: str
    doc_ref: str
    kind: str  # "quantity" | "statement"
    segment: SegmentRef
    voice: str  # "source" | "outlet" | "reader"
    sentence: str
    sentence_span: tuple[int, int]
    span: tuple[int, int]
    cue_span: Optional[tuple[int, int]] = None
    source_span: Optional[tuple[int, int]] = None
    quantity: Optional[Quantity] = None
    scope: tuple[str, ...] = ()
    source: Optional[Source] = None
    cue: Optional[str] = None
    #: what the cue reports: speech | belief | intention | perception | finding ("said",
    #: "believes", "plans to", "saw", "a poll found"); None for a claim with no source
    cue_kind: Optional[str] = None
    quote: Optional[str] = None  # direct | indirect | mixed
    via: tuple[str, ...] = ()
    time: Optional[TimeRef] = None
    hedges: tuple[str, ...] = ()
    extractor: str = EXTRACTOR_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of DESIGN.md (tuples become lists)."""
        return _jsonable(dataclasses.asdict(self))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Claim":
        def tup(x):
            return tuple(x) if x is not None else None

        return cls(
            claim_id=d["claim_id"], doc_id=d["doc_id"], doc_ref=d["doc_ref"], kind=d["kind"],
            segment=SegmentRef(**d["segment"]), voice=d["voice"], sentence=d["sentence"],
            sentence_span=tup(d["sentence_span"]), span=tup(d["span"]),
            cue_span=tup(d.get("cue_span")), source_span=tup(d.get("source_span")),
            quantity=_quantity(d["quantity"]) if d.get("quantity") else None,
            scope=tuple(d.get("scope") or ()),
            source=Source(**d["source"]) if d.get("source") else None,
            cue=d.get("cue"), cue_kind=d.get("cue_kind"), quote=d.get("quote"), via=tuple(d.get("via") or ()),
            time=TimeRef(**d["time"]) if d.get("time") else None,
            hedges=tuple(d.get("hedges") or ()), extractor=d.get("extractor", EXTRACTOR_VERSION),
        )


def _quantity(d: dict[str, Any]) -> Quantity:
    span, of_span = d.get("measured_span"), d.get("measured_of_span")
    return Quantity(**{**d, "measured_span": tuple(span) if span is not None else None,
                       "measured_of_span": tuple(of_span) if of_span is not None else None})


def claim_id_for(doc_id: str, kind: str, span: tuple[int, int], segment_kind: str) -> str:
    """Stable id: the same claim in the same document always gets the same id."""
    raw = f"{doc_id}:{kind}:{segment_kind}:{span[0]}:{span[1]}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _jsonable(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x
