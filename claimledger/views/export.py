"""Every stored claim out of the ledger, with its series, time and page: jsonl, csv, parquet, or
JSON-LD as schema.org ``Claim`` records (https://schema.org/Claim).

Each format is one function of ``(records, out)`` in ``WRITERS``; all write bytes to a binary file
object, so stdout (``sys.stdout.buffer``) and files are treated alike.
"""
from __future__ import annotations

import csv
import io
import json
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator, Optional

from claimledger.errors import ExportError
from claimledger.track.tracker import TrackSettings

if TYPE_CHECKING:
    from claimledger.store.ledger import Ledger

#: the flat columns of csv and parquet, in order
FLAT_COLUMNS = (
    "claim_id", "doc_id", "doc_ref", "kind", "voice", "segment_kind", "segment_index",
    "segment_author", "sentence", "sentence_start", "sentence_end", "span_start", "span_end",
    "surface", "value", "low", "high", "approximate", "trend", "unit", "counted", "entity",
    "predicate", "measured", "measured_of", "scope", "source_name", "source_title", "source_role", "source_organization", "source_kind",
    "cue", "cue_kind", "quote", "via", "time_surface", "time_value", "time_relation", "hedges",
    "series_id", "series", "claim_time", "claim_time_end", "time_basis", "relay_of", "url", "outlet", "published",
    "title",
)


def records(ledger: "Ledger", settings: Optional[TrackSettings] = None) -> Iterator[dict[str, Any]]:
    """Each claim's record (``Claim.to_dict()``) with its series, claim time, relay and page."""
    tracked = ledger.tracked(settings)
    placed = {p.claim_id: (s, p) for s in tracked.series for p in s.points}
    pages = {d["doc_id"]: d for d in ledger.documents(include_text=False)}
    for claim in ledger.claims():
        rec = claim.to_dict()
        page = pages.get(claim.doc_id, {})
        series, point = placed.get(claim.claim_id, (None, None))
        rec["series_id"] = series.id if series else None
        rec["series"] = series.label if series else None
        rec["claim_time"] = point.date.isoformat() if point and point.date else None
        rec["claim_time_end"] = (point.until or point.date).isoformat() if point and point.date else None
        rec["time_basis"] = point.date_basis if point else None
        rec["relay_of"] = point.relay_of if point else None
        rec["page"] = {k: page.get(k) for k in ("url", "outlet", "published", "title")}
        yield rec


def flat(rec: dict[str, Any]) -> dict[str, Any]:
    """A record as one row of ``FLAT_COLUMNS`` (lists joined: scope by "; ", via by " > ")."""
    q, s, t, g = rec.get("quantity") or {}, rec.get("source") or {}, rec.get("time") or {}, rec["segment"]
    row = {
        "claim_id": rec["claim_id"], "doc_id": rec["doc_id"], "doc_ref": rec["doc_ref"],
        "kind": rec["kind"], "voice": rec["voice"], "segment_kind": g["kind"],
        "segment_index": g["index"], "segment_author": g["author"], "sentence": rec["sentence"],
        "sentence_start": rec["sentence_span"][0], "sentence_end": rec["sentence_span"][1],
        "span_start": rec["span"][0], "span_end": rec["span"][1],
        "surface": q.get("surface"), "value": q.get("value"), "low": q.get("low"),
        "high": q.get("high"), "approximate": q.get("approximate"), "trend": q.get("trend"),
        "unit": q.get("unit"), "counted": q.get("counted"), "entity": q.get("entity"),
        "predicate": q.get("predicate"), "measured": q.get("measured"),
        "measured_of": q.get("measured_of"), "scope": "; ".join(rec["scope"]), "source_name": s.get("name"),
        "source_title": s.get("title"), "source_role": s.get("role"),
        "source_organization": s.get("organization"), "source_kind": s.get("kind"),
        "cue": rec["cue"], "cue_kind": rec.get("cue_kind"), "quote": rec["quote"], "via": " > ".join(rec["via"]),
        "time_surface": t.get("surface"), "time_value": t.get("value"),
        "time_relation": t.get("relation"), "hedges": "; ".join(rec["hedges"]),
    }
    row.update({k: rec[k] for k in ("series_id", "series", "claim_time", "claim_time_end", "time_basis", "relay_of")})
    row.update({k: rec["page"].get(k) for k in ("url", "outlet", "published", "title")})
    return row


def write_jsonl(recs: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    n = 0
    for rec in recs:
        out.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
        n += 1
    return n


def write_csv(recs: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    w = csv.DictWriter(text, fieldnames=FLAT_COLUMNS)
    w.writeheader()
    n = 0
    for rec in recs:
        w.writerow(flat(rec))
        n += 1
    text.detach()  # leave ``out`` open for the caller
    return n


def write_parquet(recs: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"segment_index": pa.int32(), "sentence_start": pa.int32(), "sentence_end": pa.int32(),
             "span_start": pa.int32(), "span_end": pa.int32(), "value": pa.float64(),
             "low": pa.float64(), "high": pa.float64(), "approximate": pa.bool_()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])
    rows = [flat(r) for r in recs]
    for row in rows:
        for k in ("value", "low", "high"):
            if row[k] is not None:
                row[k] = float(row[k])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), out)
    return len(rows)


def write_jsonld(recs: Iterator[dict[str, Any]], out: IO[bytes]) -> int:
    """One JSON-LD document: a schema.org ``Claim`` per claim, repeats folded into their first
    appearance's ``appearance`` list."""
    claims: dict[str, dict[str, Any]] = {}
    repeats: list[dict[str, Any]] = []
    for rec in recs:
        if rec["relay_of"]:
            repeats.append(rec)
        else:
            claims[rec["claim_id"]] = _schema_claim(rec)
    for rec in repeats:
        first = claims.get(rec["relay_of"])
        work = _creative_work(rec)
        if first is not None and work not in first["appearance"]:
            first["appearance"].append(work)
    doc = {"@context": "https://schema.org", "@graph": list(claims.values())}
    out.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")
    return len(claims)


def _schema_claim(rec: dict[str, Any]) -> dict[str, Any]:
    page = _creative_work(rec)
    item: dict[str, Any] = {
        "@type": "Claim", "@id": f"urn:claimledger:claim:{rec['claim_id']}",
        "identifier": rec["claim_id"], "text": rec["sentence"],
        "datePublished": rec["page"].get("published"),
        "firstAppearance": page, "appearance": [page],
    }
    src = rec.get("source")
    if src and src.get("name"):
        author: dict[str, Any] = {"@type": "Person" if src.get("kind") == "person" else "Organization",
                                  "name": src["name"]}
        if src.get("kind") == "person":
            job = " ".join(x for x in (src.get("title"), src.get("role")) if x)
            if job:
                author["jobTitle"] = job
            if src.get("organization"):
                author["affiliation"] = {"@type": "Organization", "name": src["organization"]}
        item["author"] = author
    elif rec["page"].get("outlet"):
        item["author"] = {"@type": "Organization", "name": rec["page"]["outlet"]}
    if rec.get("series"):
        item["about"] = rec["series"]
    if rec["scope"]:
        item["spatialCoverage"] = [{"@type": "Place", "name": p} for p in rec["scope"]]
    if rec.get("claim_time"):  # schema.org: an ISO 8601 date, or an interval for a period
        start, end = rec["claim_time"], rec.get("claim_time_end") or rec["claim_time"]
        item["temporalCoverage"] = start if start == end else f"{start}/{end}"
    return {k: v for k, v in item.items() if v is not None}


def _creative_work(rec: dict[str, Any]) -> dict[str, Any]:
    page = rec["page"]
    work = {"@type": "CreativeWork", "url": page.get("url"), "name": page.get("title"),
            "datePublished": page.get("published"), "identifier": rec["doc_ref"]}
    if page.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": page["outlet"]}
    return {k: v for k, v in work.items() if v is not None}


WRITERS: dict[str, Callable[[Iterator[dict[str, Any]], IO[bytes]], int]] = {
    "jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet, "jsonld": write_jsonld,
}


def export(ledger: "Ledger", format: str, out: IO[bytes],
           settings: Optional[TrackSettings] = None) -> int:
    """Write the ledger's claims to ``out`` in ``format``; return how many records."""
    writer = WRITERS.get(format)
    if writer is None:
        raise ExportError(f"unknown export format {format!r}; choose one of {', '.join(WRITERS)}.")
    return writer(records(ledger, settings), out)
