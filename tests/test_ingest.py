"""Ingest: the pre-filter, parallel workers, resuming, and the ledger being the same whichever way
it was filled.  The corpus is a handful of short articles written for these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.model import Document
from claimledger.parse.prefilter import may_hold_claim
from claimledger.pipeline import analyze_documents
from claimledger.run.ingest import IngestReport, default_jobs, fresh_batches, ingest
from claimledger.settings import Settings
from claimledger.store.ledger import Ledger

PARAGRAPHS = [
    "The council approved a budget of $4.2 million on Tuesday, Mayor Ann Ruiz told reporters.",
    "Ann Ruiz, the mayor of Eastfield, opened the new bridge over the river.",
    "“We expect about 3,000 cars a day to cross it,” Ruiz said.",
    "Police said at least 12 people were hurt in the crash near the station.",
    "The weather stayed calm through the weekend.",
    "According to the health ministry, more than 150 cases were reported last week.",
]


def write_corpus(path: Path, n: int) -> Path:
    """``n`` distinct articles mixing the paragraphs above (some repeat across articles)."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = "\n\n".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(4))
            fh.write(json.dumps({"id": f"story-{i}", "title": f"Officials say {i + 2} roads closed",
                                 "text": body + f"\n\nThis was report {i}.", "date": "2024-03-05"}) + "\n")
    return path


def ledger_contents(path: Path) -> tuple:
    """Everything stored except the time of ingest, in a fixed order."""
    with Ledger(path, read_only=True) as led:
        con = led.connection
        return (
            con.execute("SELECT claim_id, record FROM claims ORDER BY claim_id").fetchall(),
            con.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").fetchall(),
            con.execute("SELECT * FROM segments ORDER BY doc_id, kind, idx").fetchall(),
        )


@pytest.mark.parametrize("text, expected", [
    ("Jane Doe, the mayor, opened the bridge.", False),
    ("The weather stayed calm.", False),
    ("The address was wrong and the station closed.", False),  # "add", "state" only as whole forms
    ("He said no.", True),
    ("She told the court she admitted nothing.", True),
    ("Dozens were hurt.", True),
    ("Two people left.", True),
    ("Half a million people live there.", True),
    ("It started at 5pm.", True),
    ("“Go home now.”", True),
    ('He called it "a disgrace".', True),
    ("According to the police, the road is closed.", True),
    ("The ministry estimated the damage.", True),
])
def test_prefilter_finds_what_can_hold_a_claim(text, expected):
    assert may_hold_claim(text) is expected


def test_prefilter_is_linear_on_hostile_text():
    import time

    t0 = time.perf_counter()
    assert not may_hold_claim("sai" * 200_000 + "x")
    assert time.perf_counter() - t0 < 1.0


def test_prefilter_keeps_the_claims_and_the_speakers_named_before():
    # the second paragraph names the speaker but can hold no claim: it skips the parser, and the
    # quote after it still resolves "Ruiz" to the full name; the role found by the parse is lost,
    # which is why the pre-filter is off by default
    doc = Document(text="The bridge opened on Monday.\n\nAnn Ruiz, the mayor of Eastfield, cut the ribbon.\n\n"
                        "“We expect about 3,000 cars a day,” Ruiz said.", doc_ref="ruiz")
    full = next(analyze_documents([doc], settings=Settings(prefilter=False))).claims
    light = next(analyze_documents([doc], settings=Settings(prefilter=True))).claims

    def key(c):
        return c.claim_id, c.span, c.kind, c.quantity, c.source.name if c.source else None, c.cue

    assert [key(c) for c in light] == [key(c) for c in full]
    assert [c.source.role for c in full] == ["mayor", "mayor"]
    assert [c.source.role for c in light] == [None, None]
    assert Settings().prefilter is False


def test_fresh_batches_skip_stored_and_repeated_documents():
    docs = [Document(text=f"Paragraph {i}.", doc_ref=str(i)) for i in range(5)]
    with Ledger(":memory:") as led:
        led.add([(docs[0], (), ())])
        report = IngestReport()
        batches = list(fresh_batches(docs + [docs[3]], led, report, batch_size=2))
    assert [n for n, _ in batches] == [2, 2, 2]
    assert [[d.doc_ref for d in b] for _, b in batches] == [["1"], ["2", "3"], ["4"]]
    assert (report.read, report.already) == (6, 2)


def test_default_jobs_is_the_cores_we_may_use():
    assert default_jobs() >= 1


@pytest.mark.slow
def test_two_processes_fill_the_same_ledger_as_one(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 12)
    reports = {}
    for jobs in (1, 2):
        with Ledger(tmp_path / f"jobs{jobs}.duckdb") as led:
            reports[jobs] = ingest([str(corpus)], led, jobs=jobs, batch_size=3)
    assert reports[1].to_dict() == reports[2].to_dict()
    assert reports[2].stored == 12 and reports[2].claims > 12
    assert ledger_contents(tmp_path / "jobs1.duckdb") == ledger_contents(tmp_path / "jobs2.duckdb")


def test_ingest_resumes_where_it_stopped(tmp_path, monkeypatch):
    import claimledger.run.ingest as mod

    corpus = write_corpus(tmp_path / "corpus.jsonl", 6)
    first = tmp_path / "first.jsonl"
    first.write_text("".join(corpus.read_text().splitlines(keepends=True)[:2]))
    real, analysed = mod.analyse, []

    def counting(docs, settings):
        analysed.extend(d.doc_ref for d in docs)
        return real(docs, settings)

    with Ledger(tmp_path / "l.duckdb") as led:
        ingest([str(first)], led, batch_size=2)
        monkeypatch.setattr(mod, "analyse", counting)
        again = ingest([str(corpus)], led, batch_size=2)
    assert (again.read, again.already, again.stored) == (6, 2, 4)
    assert analysed == ["story-2", "story-3", "story-4", "story-5"]  # stored ones are not analysed again


@pytest.mark.slow
def test_worker_processes_end_when_the_ingest_is_killed(tmp_path):
    """A parent killed outright runs no clean-up; its workers must not parse on, orphaned."""
    import json
    import signal
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    src = tmp_path / "many.jsonl"
    line = {"title": "Floods", "text": "About 2,000 residents have left their homes, officials said. " * 40}
    src.write_text("\n".join(json.dumps(dict(line, id=f"d{i}")) for i in range(4000)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "claimledger", "ingest", str(src), "--db",
                             str(tmp_path / "l.duckdb"), "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.5)
            workers = [c for c in psutil.Process(proc.pid).children(recursive=True)
                       if "spawn_main" in " ".join(c.cmdline())]
        assert len(workers) >= 2, "the ingest started no worker processes"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        gone, alive = psutil.wait_procs(workers, timeout=15)
        assert not alive, f"workers still running after the parent died: {[p.pid for p in alive]}"
    finally:
        if proc.poll() is None:
            proc.kill()
