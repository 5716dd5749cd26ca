"""``ingest --dask``: a LocalCluster of two workers fills the same ledger as one process; shards
round-trip exactly; a failing shard is reported and the rest stored; a re-run skips what is in."""
from __future__ import annotations

import pytest

pytest.importorskip("dask.distributed")

from test_ingest import ledger_contents, write_corpus  # noqa: E402

from claimledger.model import Document  # noqa: E402
from claimledger.run.dask import analyse_shard, ingest_dask, read_shard, shard_id_for  # noqa: E402
from claimledger.run.ingest import analyse, ingest  # noqa: E402
from claimledger.settings import DEFAULT_SETTINGS  # noqa: E402
from claimledger.store.ledger import Ledger  # noqa: E402

pytestmark = pytest.mark.slow  # starts Dask clusters


def test_shard_file_round_trips_documents_segments_and_claims(tmp_path):
    doc = Document(text="Officials said 40 people were hurt.\n\nNobody else was.", doc_ref="a", title="Forty hurt",
                   url="https://example.org/a", published="2024-01-02", comment_spans=((20, 30, "bob"),),
                   format="jsonl", metadata={"lang": "en"})
    analysed = analyse([doc], DEFAULT_SETTINGS)
    path = tmp_path / "shard.parquet"
    path.write_bytes(analyse_shard([doc], DEFAULT_SETTINGS))
    back = read_shard(path)
    assert back == analysed  # dataclass equality: every field of documents, segments and claims
    assert back[0][0].metadata == {"lang": "en"} and back[0][0].comment_spans == ((20, 30, "bob"),)
    assert any(c.quantity and c.quantity.value == 40 for c in back[0][2])


def test_shard_ids_depend_on_content_only():
    a, b = Document(text="One.", doc_ref="x"), Document(text="Two.", doc_ref="y")
    assert shard_id_for([a, b]) == shard_id_for([Document(text="One.", doc_ref="other"), b])
    assert shard_id_for([a, b]) != shard_id_for([b, a])


def test_local_cluster_fills_the_same_ledger_as_one_process(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 10)
    with Ledger(tmp_path / "one.duckdb") as led:
        one = ingest([str(corpus)], led, batch_size=3)
    with Ledger(tmp_path / "dask.duckdb") as led:
        dist = ingest_dask([str(corpus)], led, "local", workers=2, shard_size=3)
        again = ingest_dask([str(corpus)], led, "local", workers=1, shard_size=3)
    assert dist.to_dict() == one.to_dict()
    assert ledger_contents(tmp_path / "one.duckdb") == ledger_contents(tmp_path / "dask.duckdb")
    assert (again.read, again.already, again.stored) == (10, 10, 0)
    assert not (tmp_path / "dask.duckdb.shards").exists()  # merged shard files are removed


def test_a_failing_shard_is_reported_and_the_others_stored(tmp_path, monkeypatch):
    from dask.distributed import LocalCluster

    import claimledger.run.dask as mod

    real = mod.analyse

    def fragile(docs, settings):
        if any("report 4." in d.text for d in docs):
            raise RuntimeError("worker ran out of memory")
        return real(docs, settings)

    # threads, not processes: the patched function is the one the worker calls
    monkeypatch.setattr(mod, "analyse", fragile)
    corpus = write_corpus(tmp_path / "corpus.jsonl", 6)
    failures = []
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Ledger(tmp_path / "l.duckdb") as led:
        report = ingest_dask([str(corpus)], led, cluster.scheduler_address, shard_size=2, retries=1,
                             on_shard_failed=failures.append)
        skipped = led.connection.execute("SELECT input, reason FROM skipped ORDER BY input").fetchall()
        monkeypatch.setattr(mod, "analyse", real)
        rerun = ingest_dask([str(corpus)], led, cluster.scheduler_address, shard_size=2)
    assert report.stored == 4 and len(report.failed) == 1 and failures == report.failed
    assert "RuntimeError: worker ran out of memory" in failures[0]
    assert [s[0] for s in skipped] == ["story-4", "story-5"]
    assert "worker ran out of memory" in skipped[0][1]
    assert (rerun.stored, rerun.already) == (2, 4)  # the failed shard's documents, retried


def test_a_shard_file_left_by_a_crash_is_merged_not_recomputed(tmp_path, monkeypatch):
    import claimledger.run.dask as mod

    doc = Document(text="Police said 12 people were hurt.", doc_ref="left")
    folder = tmp_path / "shards"
    folder.mkdir()
    (folder / f"shard-{shard_id_for([doc])}.parquet").write_bytes(analyse_shard([doc], DEFAULT_SETTINGS))
    monkeypatch.setattr(mod, "_client", lambda *a: pytest.fail("no cluster needed"))
    with Ledger(tmp_path / "l.duckdb") as led:
        report = ingest_dask([], led, "local", shard_dir=str(folder))
        assert led.has_documents([doc.doc_id]) == {doc.doc_id}
    assert report.stored == 1 and not folder.exists()
