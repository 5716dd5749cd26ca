#!/usr/bin/env python3
"""How long the ledger views take, as a user feels them: each a fresh process.

    python bench/views.py --db LEDGER [--repeat 3] [--series ID] [--words TEXT] [--web]
                          [--cold] [--out bench/results/views.json]

Issue 17 asks for series, timeline and conflicts under a second each on a ledger of the whole
news corpus (7,384 articles, ~91,000 claims).  For each view this runs the command line in a new
process ``--repeat`` times and reports the median wall time and the process's CPU time (user +
system: on a shared machine the wall time also counts waiting for a core, the CPU time does not;
the machine's load average is recorded beside them).  It also times, separately:

- ``import``: a fresh process importing the command line, which is what every view pays first
  (``spacy_loaded`` says whether spaCy was loaded by a view: it must not be);
- ``phases``: in one process, the parts of a view: the ledger's content hash (what a kept result
  is found by), reading and decoding the kept result, building the series a view shows, and
  tracking every claim anew (what a view cost before results were kept, and what the first view
  after an ingest costs);
- ``--cold``: a view on a copy of the ledger with no kept result (it tracks, then keeps), and the
  same view again;
- ``--web``: ``claimledger serve --get PATH`` for the home, series and conflicts pages, each a
  fresh process (the app's start-up — FastAPI, the search index — is most of it), and the same
  pages from a running server (``web_running``: what a user of ``serve`` waits for).

The ledger is opened read-only and is not changed, except that the first view on a ledger with
no kept result keeps one (run a view once beforehand, or use ``--cold`` to measure that case).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

ENV = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           COLUMNS="120")


def run(args: list[str]) -> tuple[float, float, int]:
    """Wall and CPU seconds of one fresh ``python -m claimledger ARGS`` (or ``python ARGS`` when
    the first is ``-c``), and its exit status."""
    command = [sys.executable] + (args if args[0] == "-c" else ["-m", "claimledger", *args])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=ENV, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode


def timed(args: list[str], repeat: int) -> dict:
    walls, cpus, status = [], [], 0
    for _ in range(repeat):
        wall, cpu, status = run(args)
        walls.append(wall)
        cpus.append(cpu)
    return {"command": " ".join(args), "wall_s": round(statistics.median(walls), 3),
            "cpu_s": round(statistics.median(cpus), 3), "runs": repeat, "exit": status,
            "load_average": round(os.getloadavg()[0], 2)}


def phases(db: str) -> dict:
    """The parts of a view, in one process (CPU seconds; DuckDB's hash may use several cores)."""
    from claimledger.store.ledger import Ledger
    from claimledger.track.tracker import DEFAULT_TRACK_SETTINGS

    try:
        from claimledger.store import kept
        from claimledger.track import stored
    except ImportError:  # a claimledger from before results were kept (run from its checkout)
        kept = stored = None
    out: dict[str, float] = {}

    def clock(name, fn):
        started = time.process_time()
        result = fn()
        out[name] = round(time.process_time() - started, 3)
        return result

    with Ledger(db, read_only=True) as led:
        if kept is None:
            out["kept"] = False
            return _track_anew(led, clock, out)
        con = led.connection
        content = clock("content_hash", lambda: kept.content(con))
        key = kept.result_key(stored.tracker_digest(), stored.settings_text(DEFAULT_TRACK_SETTINGS), content)
        parts = clock("read_kept_all", lambda: kept.read(con, key))
        if parts is None:
            out["kept"] = False
            return out
        out["kept"] = True
        out["kept_bytes"] = sum(len(p) for p in parts.values())
        clock("decode_kept_all", lambda: {k: stored.from_bytes(v) for k, v in parts.items()})

        def fresh():  # what a view reads first: every part but the points
            return stored.Kept(kept.read(con, key, but=stored.POINTS), lambda names: kept.read(con, key, names))

        clock("build_across_series", lambda: stored.from_tables(fresh(), stored.across))
        clock("build_conflicts", lambda: stored.from_tables(fresh(), stored.with_relations("conflicts")))
        sid = stored.series_ids(fresh()).index(led.series(across=True)[0].id)
        clock("build_one_series", lambda: stored.from_tables(fresh(), stored.at(sid)))
        clock("build_everything", lambda: stored.from_tables(fresh()))
        return _track_anew(led, clock, out)


def _track_anew(led, clock, out: dict) -> dict:
    """What every view cost before results were kept: reading the rows, tracking them."""
    import gc

    from claimledger.track.tracker import DEFAULT_TRACK_SETTINGS, PAGES_SQL, ROWS_SQL, track

    rows = clock("read_rows_sql", lambda: list(led._stream(ROWS_SQL, [])))
    pages = list(led._stream(PAGES_SQL, []))
    gc.disable()
    clock("track_anew", lambda: track(rows, DEFAULT_TRACK_SETTINGS, pages))
    gc.enable()
    out["rows"] = len(rows)
    return out


def running_server(db: str, repeat: int) -> dict:
    """What a user of a running ``serve`` waits for a page: the app built once (as the server
    does at start), each page asked for once to let its warm-up finish, then ``repeat`` times."""
    from fastapi.testclient import TestClient

    from claimledger.web.app import create_app

    out = {}
    with TestClient(create_app(db)) as client:
        for page in ("/", "/series", "/conflicts", "/api/series"):
            client.get(page)
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                status = client.get(page).status_code
                times.append(time.perf_counter() - started)
            out[page] = {"median_s": round(statistics.median(times), 3), "status": status}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a ledger, e.g. of the whole news corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--series", help="a series id for `timeline` (default: the first series listed)")
    ap.add_argument("--words", default="trade deficit United States", help="words for `timeline`")
    ap.add_argument("--web", action="store_true", help="also time `serve --get` of three pages")
    ap.add_argument("--cold", action="store_true", help="also time a view with no kept result")
    ap.add_argument("--out", default=str(HERE / "results" / "views.json"))
    args = ap.parse_args()
    db = str(Path(args.db).resolve())

    from claimledger.store.ledger import Ledger

    with Ledger(db, read_only=True) as led:
        stats = led.stats()
        sid = args.series or next(s.id for s in led.series() if s.across)  # keeps a result if none is
    result: dict = {"db": db, "documents": stats["documents"], "claims": stats["claims"],
                    "cpus": os.cpu_count(), "series_id": sid, "words": args.words}
    result["import"] = timed(["-c", "import claimledger.cli"], args.repeat)
    probe = ("import sys, runpy; sys.argv = ['claimledger', 'conflicts', '--db', %r]\n"
             "try:\n    runpy.run_module('claimledger', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "sys.stderr.write(str('spacy' in sys.modules))" % db)
    loaded = subprocess.run([sys.executable, "-c", probe], env=ENV, cwd=ROOT, capture_output=True, text=True)
    result["spacy_loaded"] = loaded.stderr.strip().splitlines()[-1:] == ["True"]
    views = [["series"], ["series", "--json"], ["series", "--all", "--json"], ["timeline", sid],
             ["timeline", sid, "--json"], ["timeline", args.words], ["conflicts"],
             ["conflicts", "--json"], ["revisions"], ["revisions", "--json"]]
    result["views"] = []
    for v in views:
        record = timed(v + ["--db", db], args.repeat)
        result["views"].append(record)
        print(f"{record['command']:<60} wall {record['wall_s']:6.3f} s  cpu {record['cpu_s']:6.3f} s  "
              f"(load {record['load_average']})", file=sys.stderr)
    result["phases"] = phases(db)
    print(json.dumps(result["phases"]), file=sys.stderr)
    if args.web:
        result["web"] = []
        for page in ("/", "/series", "/conflicts", "/api/series"):
            record = timed(["serve", "--db", db, "--get", page], args.repeat)
            result["web"].append(record)
            print(f"{record['command']:<60} wall {record['wall_s']:6.3f} s  cpu {record['cpu_s']:6.3f} s",
                  file=sys.stderr)
        result["web_running"] = running_server(db, args.repeat)
        print(json.dumps(result["web_running"]), file=sys.stderr)
    if args.cold:
        with tempfile.TemporaryDirectory() as tmp:
            copy = str(Path(tmp) / "cold.duckdb")
            shutil.copyfile(db, copy)
            import duckdb

            con = duckdb.connect(copy)
            con.execute("DELETE FROM tracked") if con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'tracked'").fetchone()[0] else None
            con.close()
            result["cold"] = {"first_view": timed(["conflicts", "--db", copy], 1),
                              "second_view": timed(["conflicts", "--db", copy], 1)}
            print(json.dumps(result["cold"]), file=sys.stderr)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(f"→ {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
