"""Every way out of ``claimledger serve`` ends cleanly (issue 18).

The bug: the web app warmed its aggregates in a daemon thread; a process that ended while that
thread was inside DuckDB aborted (``terminate called … FATAL: exception not rethrown``, exit
status 134) — one ``serve --get /`` in thirty, nearly every ``--get`` of a missing page.  These
tests run the real command line over a real ledger, many times, and stop a real server with
signals.  Exit statuses: ``--get`` 0 only on 200, else 1 (README); a server stopped by SIGTERM
or SIGINT ends with 0 (``claimledger/web/cli.py``).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import pytest

from claimledger.run.ingest import ingest
from claimledger.store.ledger import Ledger
from claimledger.web.app import close, create_app, start_warming, stop_warming
from claimledger.web.warming import Warmup

ROOT = Path(__file__).resolve().parents[1]
ABORTED = "terminate called"

TOWNS = ["Arlen", "Brisk", "Coldwater", "Dunmore", "Elsby", "Fenwick", "Garrow", "Hollin"]


def _pages() -> list[dict]:
    """Composed pages: a few towns, each counted by several people on several days, so the
    ledger has series, conflicts and revisions for the warm-up to compute."""
    pages = []
    for i, town in enumerate(TOWNS):
        for day in range(1, 5):
            n = 1000 + 150 * i + 40 * day
            pages.append({
                "url": f"https://example.org/{town.lower()}/{day}",
                "title": f"Flooding in {town}, day {day}",
                "published": f"2023-05-{day:02d}",
                "text": (
                    f"Flooding in {town}, day {day}\n\n"
                    f"About {n:,} residents of {town} were evacuated, the mayor Ada Quill said on "
                    f"Monday. \"We have opened {3 + day} shelters,\" said Tom Reyes, a spokesman "
                    f"for the Red Cross. Police said {n + 200:,} residents of {town} had left.\n\n"
                    f"The river rose {day + 2} metres overnight, according to the water agency."
                ),
            })
    return pages


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("exits")
    source = root / "floods.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in _pages()), encoding="utf-8")
    path = root / "ledger.duckdb"
    with Ledger(path) as ledger:
        ingest([str(source)], ledger)
    return path


def _cli(*args: str, **kwargs) -> list[str]:
    return [sys.executable, "-m", "claimledger", *args]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


# -- the warm-up alone --------------------------------------------------------------------------

def test_stopping_a_warmup_interrupts_its_query_and_joins_it():
    con = duckdb.connect(":memory:")
    started = threading.Event()

    def work(warmup: Warmup) -> None:
        cur = warmup.cursor(con)
        started.set()
        cur.execute("SELECT sum(hash(i)) FROM range(5000000000) t(i)").fetchall()  # minutes

    warmup = Warmup(work)
    warmup.start()
    assert started.wait(10)
    time.sleep(0.2)
    t0 = time.monotonic()
    assert warmup.stop(timeout=10)
    assert time.monotonic() - t0 < 5
    assert warmup.done()
    assert con.execute("SELECT 1").fetchone() == (1,)  # the connection itself is untouched
    con.close()


def test_an_app_without_a_server_starts_no_thread_and_closes_its_ledger(ledger_path):
    app = create_app(ledger_path)
    assert not any(t.name == "claimledger-web-warm" for t in threading.enumerate())
    ledger = app.state.reader.ledger
    close(app)
    with pytest.raises(Exception, match="closed"):
        ledger.connection  # noqa: B018


def test_a_stopped_warmup_leaves_the_app_answering(ledger_path):
    """Stopped at once or finished, the app answers the same: what was not kept is computed."""
    from fastapi.testclient import TestClient

    app = create_app(ledger_path)
    start_warming(app)
    assert stop_warming(app, timeout=30)
    assert not any(t.name == "claimledger-web-warm" for t in threading.enumerate())
    with TestClient(app, raise_server_exceptions=False) as c:  # the lifespan warms again
        assert c.get("/").status_code == 200
        assert c.get("/api/series").status_code == 200
    assert app.state.warmup is None  # the lifespan's shutdown stopped it
    close(app)


# -- serve --get, many times --------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("path, status", [("/", 0), ("/no-such-page", 1)])
def test_serve_get_exits_with_its_status_every_time(ledger_path, path, status):
    statuses = []
    for _ in range(30):
        run = subprocess.run(_cli("serve", "--db", str(ledger_path), "--get", path), env=_env(),
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert ABORTED not in run.stderr, run.stderr
        statuses.append(run.returncode)
    assert statuses == [status] * 30


# -- a real server, stopped by a signal ---------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_it_answers(url: str, process: subprocess.Popen, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read()
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                return r.status
        except urllib.error.HTTPError as e:
            return e.code
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"{url} did not answer in {timeout} s")


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("when", ["as soon as it listens", "after a page"])
def test_a_signal_stops_the_server_with_status_0(ledger_path, sig, when):
    """Stopped while warming (a 404 answers before the warm-up is done) or after serving the
    home page, the server drains, stops the background work, closes the ledger, exits 0."""
    port = _free_port()
    process = subprocess.Popen(_cli("serve", "--db", str(ledger_path), "--port", str(port)),
                               env=_env(), cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        if when == "after a page":
            assert _wait_until_it_answers(base + "/", process) == 200
        else:
            assert _wait_until_it_answers(base + "/no-such-page", process) == 404
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert ABORTED not in stderr, stderr
    assert process.returncode == 0, stderr
    assert "stopped" in stderr
