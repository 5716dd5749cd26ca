"""The ledger commands through typer's runner: series, timeline, conflicts, revisions, export, query,
and their tables fitted to the width."""
import io
import json
import re

import pyarrow.parquet as pq
import pytest
from rich.cells import cell_len
from test_track import PAGES, analysed
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.cli.ledger import SERIES_COLUMNS, SOURCE_COLUMNS
from claimledger.store.ledger import Ledger


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli_ledger") / "ledger.duckdb"
    with Ledger(path) as ledger:
        ledger.add(analysed(PAGES))
    return str(path)


@pytest.fixture()
def runner():
    return CliRunner()


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_series_json(runner, db):
    res = runner.invoke(app, ["series", "--db", db, "--json", "--all"])
    assert res.exit_code == 0, res.output
    recs = jsonl(res.stdout)
    labels = {r["label"]: r for r in recs}
    iraq = labels["ISIS members in Iraq, Syria"]
    assert iraq["key"] == {"counted": "member", "entity": "ISIS", "scope": ["Iraq", "Syria"], "unit": None,
                           "predicate": None, "measured": None, "page": None,
                           "topic": None, "period": None}
    assert iraq["latest"]["value"] == 3000 and iraq["latest"]["source_key"] == "US-led coalition"
    assert all({"claim_id", "value", "low", "high", "approximate", "source", "sentence", "url", "date"}
               <= set(p) for p in iraq["points"])
    assert "ISIS members in Libya" in labels
    assert iraq["members"] == [p["claim_id"] for p in iraq["points"]]


def test_series_lists_by_default_only_series_across_documents_or_sources(runner, db):
    """A series on one page from one source is that page's own list: shown with --all only."""
    every = {r["label"]: r for r in jsonl(runner.invoke(app, ["series", "--db", db, "--json", "--all"]).stdout)}
    shown = {r["label"]: r for r in jsonl(runner.invoke(app, ["series", "--db", db, "--json"]).stdout)}
    assert set(shown) < set(every)
    assert all(r["documents"] >= 2 or len({p["source_key"] for p in r["points"]}) >= 2 for r in shown.values())
    assert "ISIS members in Iraq, Syria" in shown and "ISIS members in Libya" not in shown


def test_timeline_json_gives_each_member_with_its_place_and_time(runner, db):
    res = runner.invoke(app, ["timeline", "ISIS members in Iraq and Syria", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    for r in jsonl(res.stdout):
        assert {"claim_id", "doc_ref", "span", "value", "source", "time"} <= set(r)
        start, end = r["span"]
        assert 0 <= start < end and r["time"]["relation"] in ("at", "until", "before", "since", "after")


def test_series_table(runner, db):
    res = runner.invoke(app, ["series", "--db", db, "--min-claims", "2"])
    assert res.exit_code == 0
    assert "ISIS members in Iraq, Syria" in res.stdout and "Libya" not in res.stdout


def test_series_table_says_how_many_pages_each_series_spans(runner, db):
    """The table is ordered by pages spanned, so it shows that count beside the claims."""
    found = {r["label"]: r for r in jsonl(runner.invoke(app, ["series", "--db", db, "--json"]).stdout)}
    res = runner.invoke(app, ["series", "--db", db, "--wide"])
    assert res.exit_code == 0 and "pages" in res.stdout.splitlines()[1]
    row = next(line for line in res.stdout.splitlines() if "ISIS members in Iraq, Syria" in line)
    cells = [c.strip() for c in row.split("│") if c.strip()]
    iraq = found["ISIS members in Iraq, Syria"]
    assert cells[2:4] == [str(iraq["documents"]), str(iraq["claims"])]


def test_timeline_json_in_time_order(runner, db):
    res = runner.invoke(app, ["timeline", "Daesh militants in Syria/Iraq", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    dates = [r["date"] for r in jsonl(res.stdout)]
    assert dates == sorted(dates) and len(dates) >= 8


@pytest.mark.slow
@pytest.mark.parametrize("ext, magic", [("png", b"\x89PNG"), ("html", b"<!DOCTYPE html>")])
def test_timeline_chart_files(runner, db, tmp_path, ext, magic):
    out = tmp_path / f"chart.{ext}"
    res = runner.invoke(app, ["timeline", "IS fighters in Iraq and Syria", "--db", db, "--out", str(out)])
    assert res.exit_code == 0, res.output
    data = out.read_bytes()
    assert data.startswith(magic)
    assert "John Harmon" in res.stdout or "US-led coalition" in res.stdout
    if ext == "html":  # everything inline: opens offline, nothing from a CDN
        assert b'<script src="http' not in data and b"SOHR" in data


def test_timeline_unknown_series_is_one_line(runner, db):
    res = runner.invoke(app, ["timeline", "ISIS members in Narnia", "--db", db])
    assert res.exit_code == 1
    assert res.stderr.count("\n") == 1 and "no series matches" in res.stderr


def test_timeline_bad_chart_extension(runner, db, tmp_path):
    res = runner.invoke(app, ["timeline", "ISIS in Libya", "--db", db, "--out", str(tmp_path / "c.gif")])
    assert res.exit_code == 1 and ".png" in res.stderr


def test_conflicts_and_revisions_json(runner, db):
    res = runner.invoke(app, ["conflicts", "--db", db, "--json"])
    assert res.exit_code == 0
    [c] = jsonl(res.stdout)
    assert {c["a"]["value"], c["b"]["value"]} == {1000, 5000}
    res = runner.invoke(app, ["conflicts", "--db", db, "--json", "--window", "5"])
    assert res.exit_code == 0 and jsonl(res.stdout) == []
    # the relay window is its own setting: with none, the pages relaying a figure are each a
    # claim of their own, and each copy of the 1,000 disagrees with the 5,000
    res = runner.invoke(app, ["conflicts", "--db", db, "--json", "--relay-days", "0"])
    assert res.exit_code == 0 and len(jsonl(res.stdout)) > 1
    res = runner.invoke(app, ["revisions", "--db", db, "--json"])
    assert res.exit_code == 0
    [r] = jsonl(res.stdout)
    assert (r["source"], r["before"]["value"], r["after"]["value"]) == ("US-led coalition", 1000, 3000)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "jsonld"])
def test_export_to_stdout(runner, db, fmt):
    res = runner.invoke(app, ["export", "--format", fmt, "--db", db])
    assert res.exit_code == 0, res.output
    with Ledger(db, read_only=True) as ledger:
        n_claims = ledger.stats()["claims"]
    if fmt == "jsonl":
        recs = jsonl(res.stdout)
        assert len(recs) == n_claims
        assert any(r["series"] == "ISIS members in Iraq, Syria" and r["relay_of"] for r in recs)
    elif fmt == "csv":
        assert res.stdout.splitlines()[0].startswith("claim_id,doc_id")
    else:
        doc = json.loads(res.stdout)
        assert doc["@context"] == "https://schema.org"
        relayed = [c for c in doc["@graph"] if len(c["appearance"]) >= 3]
        assert len(relayed) == 1
        claim = relayed[0]
        assert claim["@type"] == "Claim" and claim["firstAppearance"]["url"].endswith("isis-1000")
        assert claim["author"] == {"@type": "Person", "name": "John Harmon",
                                   "jobTitle": "Army Col. spokesman",
                                   "affiliation": {"@type": "Organization", "name": "US-led coalition"}}
        assert {a["url"] for a in claim["appearance"]} >= {"https://gulfwire.example/news/4411",
                                                           "https://dailyreport.example/daesh"}


def test_export_parquet_file(runner, db, tmp_path):
    out = tmp_path / "claims.parquet"
    res = runner.invoke(app, ["export", "--format", "parquet", "--out", str(out), "--db", db])
    assert res.exit_code == 0, res.output
    table = pq.read_table(io.BytesIO(out.read_bytes()))
    assert "series_id" in table.column_names and table.num_rows > 10


def test_export_bad_format_is_usage_error(runner, db):
    res = runner.invoke(app, ["export", "--format", "xml", "--db", db])
    assert res.exit_code == 2


def test_query_reads_and_refuses_writes(runner, db):
    res = runner.invoke(app, ["query", "SELECT doc_ref, published FROM documents ORDER BY doc_ref LIMIT 2", "--db", db, "--json"])
    assert res.exit_code == 0
    assert jsonl(res.stdout) == [{"doc_ref": "p1", "published": "2017-12-27"},
                                 {"doc_ref": "p2", "published": "2017-12-28"}]
    res = runner.invoke(app, ["query", "DELETE FROM claims", "--db", db])
    assert res.exit_code == 1 and "read-only" in res.stderr
    res = runner.invoke(app, ["query", "SELEC nonsense", "--db", db])
    assert res.exit_code == 1 and res.stderr.count("\n") == 1


def test_missing_ledger(runner, tmp_path):
    res = runner.invoke(app, ["series", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1 and "no ledger" in res.stderr


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("command, whole", [
    (("series", "--all"), ("ISIS members in Iraq, Syria", "ISIS members in Libya", "US-led coalition")),
    (("sources",), ("John Harmon", "spokesman", "US-led coalition", "Africa Command")),
])
def test_ledger_tables_fit_the_width(runner, db, command, whole, width):
    res = runner.invoke(app, [*command, "--db", db], env={"COLUMNS": str(width)})
    assert res.exit_code == 0, res.output
    assert max(cell_len(line) for line in res.stdout.splitlines()) <= width
    for phrase in whole:
        assert phrase in res.stdout
    data = runner.invoke(app, [*command, "--db", db, "--json"]).stdout
    fragments = set(re.findall(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9…])", res.stdout)) - set(re.findall(r"[A-Za-z]+", data))
    assert fragments <= set(" ".join(c.name for c in (SERIES_COLUMNS + SOURCE_COLUMNS)).split()), fragments


@pytest.mark.parametrize("command, columns", [("series", SERIES_COLUMNS), ("sources", SOURCE_COLUMNS)])
def test_ledger_tables_wide_show_every_column(runner, db, command, columns):
    res = runner.invoke(app, [command, "--db", db, "--wide"], env={"COLUMNS": "40"})
    assert res.exit_code == 0 and "left out" not in res.stderr
    header = res.stdout.splitlines()[1]
    assert all(c.name in header for c in columns)


def test_ledger_tables_name_what_they_left_out(runner, db):
    res = runner.invoke(app, ["sources", "--db", db], env={"COLUMNS": "80"})
    assert "left out to fit 80 columns" in res.stderr and "kind" in res.stderr
    assert "kind" not in res.stdout.splitlines()[1]
