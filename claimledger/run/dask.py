"""The same pipeline over shards on a Dask distributed cluster: ``claimledger ingest --dask``.

This process reads the inputs and cuts the documents not yet stored into shards; each shard is
one task.  Workers load the spaCy model once (a worker plugin, and ``load_pipeline`` is cached per
process), analyse the shard, and send back a Parquet file.  This process keeps the file in the
shard folder, merges it into the ledger (the only writer, one transaction per shard) and removes
it.  So:

- a shard's id is the hash of its documents' ids: the same input cut the same way gives the same
  shards, and a shard file left by an interrupted run is merged on the next run, not recomputed;
- documents already in the ledger never reach a worker (a re-run skips everything stored);
- a shard that fails is retried (``retries``), then reported and its documents recorded as
  skipped — the other shards go on;
- workers need no shared filesystem and no access to the ledger: only the scheduler's address.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import logging
import os
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from claimledger.errors import ClusterError, InputError
from claimledger.model import Claim, Document, Segment
from claimledger.readers import read
from claimledger.run.ingest import (
    Analysed,
    IngestReport,
    _recorder,
    analyse,
    fresh_batches,
    store,
)
from claimledger.settings import DEFAULT_SETTINGS, Settings
from claimledger.store.ledger import Ledger

#: the cluster address that starts a LocalCluster on this machine instead
LOCAL = "local"

#: shards handed out per worker thread before waiting for one back (memory stays flat)
IN_FLIGHT_PER_THREAD = 2

SHARD_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("document", pa.string()), ("segments", pa.string()), ("claims", pa.string()),
])


def ingest_dask(paths: Iterable[str], ledger: Ledger, address: str = LOCAL, *,
                settings: Settings = DEFAULT_SETTINGS, published: Optional[str] = None,
                on_error: Optional[Callable[[InputError], None]] = None,
                on_document: Optional[Callable[[int], None]] = None,
                on_shard_failed: Optional[Callable[[str], None]] = None,
                shard_size: int = 64, workers: Optional[int] = None, retries: int = 2,
                shard_dir: Optional[str] = None) -> IngestReport:
    """Read ``paths`` here, analyse shards of ``shard_size`` documents on the cluster at
    ``address`` (``"local"``: a LocalCluster of ``workers`` processes), store the results.

    ``shard_dir`` holds shard files between their arrival and their merge (default: next to the
    ledger, ``<ledger>.shards``).  Failed shards are listed in ``report.failed`` as
    ``"shard <id>: <error>"``.
    """
    from dask.distributed import as_completed

    report = IngestReport()
    folder = Path(shard_dir or _default_shard_dir(ledger))
    for leftover in sorted(folder.glob("shard-*.parquet")):
        _merge(ledger, leftover, report)
    docs = read(paths, on_error=_recorder(ledger, report, on_error), published=published,
                max_chars=settings.max_chars)
    shards = fresh_batches(docs, ledger, report, shard_size)
    with contextlib.ExitStack() as stack:
        client = None  # started at the first shard to analyse: a re-run with nothing new needs none
        running = None
        context: dict[str, tuple[int, list[Document]]] = {}
        limit = 0

        def finish(future) -> None:
            shard_id = future.key.rsplit("-", 1)[-1]
            n_read, shard = context.pop(shard_id)
            if future.status == "error":
                _shard_failed(ledger, report, shard_id, shard, future.exception(), on_shard_failed)
            else:
                path = folder / f"shard-{shard_id}.parquet"
                _write_atomic(path, future.result())
                _merge(ledger, path, report)
            future.release()
            if on_document:
                on_document(n_read)

        for n_read, shard in shards:
            if not shard:  # everything read here is stored already
                if on_document:
                    on_document(n_read)
                continue
            shard_id = shard_id_for(shard)
            if client is None:
                client = stack.enter_context(_client(address, workers))
                client.register_plugin(ModelPlugin(settings.model))
                limit = IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
                running = as_completed()
            context[shard_id] = (n_read, shard)
            running.add(client.submit(analyse_shard, shard, settings, key=f"claimledger-shard-{shard_id}",
                                      retries=retries, pure=False))
            while running.count() >= limit:
                finish(next(running))
        for future in running or ():
            finish(future)
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return report


def shard_id_for(docs: Sequence[Document]) -> str:
    """The shard's name: a hash of its documents' ids, in order."""
    h = hashlib.sha256()
    for d in docs:
        h.update(d.doc_id.encode())
    return h.hexdigest()[:24]


def _default_shard_dir(ledger: Ledger) -> str:
    return (ledger.path if ledger.path != ":memory:" else "claimledger") + ".shards"


def _client(address: str, workers: Optional[int]):
    """A client for the scheduler at ``address``, or for a new LocalCluster (closed with it)."""
    from dask.distributed import Client, LocalCluster

    try:
        if address == LOCAL:
            from claimledger.run.ingest import default_jobs

            cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1,
                                   processes=True, dashboard_address=None, silence_logs=logging.ERROR)
            return _Closing(Client(cluster), cluster)
        return _Closing(Client(address, timeout="30s"), None)
    except (OSError, TimeoutError) as e:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address!r} ({e}). Start one with `dask scheduler` "
            f"and workers with `dask worker {address}`, or use --dask local."
        ) from e


class _Closing:
    def __init__(self, client, cluster):
        self.client, self.cluster = client, cluster

    def __enter__(self):
        return self.client

    def __exit__(self, *exc):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # dask is optional: only --dask needs it
    WorkerPlugin = object


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model when a worker starts (or joins later), once per worker process."""

    name = "claimledger-model"

    def __init__(self, model: Optional[str]):
        self.model = model

    def setup(self, worker) -> None:
        from claimledger.parse.models import load_pipeline

        load_pipeline(self.model)


# --------------------------------------------------------------------------- on the worker

def analyse_shard(docs: list[Document], settings: Settings) -> bytes:
    """Analyse one shard; its documents, segments and claims as Parquet bytes."""
    return shard_bytes(analyse(docs, settings))


def shard_bytes(analysed: Sequence[Analysed]) -> bytes:
    """One row a document; the records are JSON that round-trips exactly (``Claim.from_dict``)."""
    rows = [{
        "doc_id": doc.doc_id,
        "document": json.dumps(_document_dict(doc), ensure_ascii=False, default=str),
        "segments": json.dumps([dataclasses.asdict(s) for s in segments], ensure_ascii=False),
        "claims": json.dumps([c.to_dict() for c in claims], ensure_ascii=False),
    } for doc, segments, claims in analysed]
    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=SHARD_SCHEMA), sink, compression="zstd")
    return sink.getvalue()


def read_shard(path: str | os.PathLike) -> list[Analysed]:
    """The analysed documents of a shard file, as the store takes them."""
    out = []
    for row in pq.read_table(path).to_pylist():
        d = json.loads(row["document"])
        d["comment_spans"] = tuple(tuple(s) for s in d.get("comment_spans") or ())
        doc = Document(**d)
        segments = tuple(Segment(**s) for s in json.loads(row["segments"]))
        claims = tuple(Claim.from_dict(c) for c in json.loads(row["claims"]))
        out.append((doc, segments, claims))
    return out


def _document_dict(doc: Document) -> dict:
    return {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)}


# --------------------------------------------------------------------------- back here

def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _merge(ledger: Ledger, path: Path, report: IngestReport) -> None:
    """Store a shard file (one transaction), then remove it."""
    store(ledger, read_shard(path), report)
    path.unlink()


def _shard_failed(ledger: Ledger, report: IngestReport, shard_id: str, shard: list[Document],
                  error: BaseException, on_shard_failed: Optional[Callable[[str], None]]) -> None:
    message = f"shard {shard_id}: {type(error).__name__}: {error}"
    report.failed.append(message)
    for doc in shard:
        ledger.record_skipped(doc.doc_ref, f"analysis failed on the cluster ({type(error).__name__}: {error})")
    if on_shard_failed:
        on_shard_failed(message)

