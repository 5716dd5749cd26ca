"""What a cue reports — speech, belief, intention, perception, finding — from the sentence to the
ledger, its upgrade, the exports, the command line and the web.

Every sentence here is composed for the pattern it states.
"""
from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimledger import analyze
from claimledger.claims.cue_kind import cue_kind, cue_kind_of_text, surface_lemma
from claimledger.cli import app as cli_app
from claimledger.errors import LedgerError
from claimledger.model import CUE_KINDS, Claim, Document, Source
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger
from claimledger.store.schema import SCHEMA_VERSION
from claimledger.web import create_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

#: one composed sentence per kind, with the kind its statement should get
SENTENCES = {
    "speech": "Police said 40 people were hurt in the crash on Monday.",
    "belief": "The minister believes that 300 people were killed in the floods.",
    "intention": "The mayor plans to hire 200 new officers next year.",
    "perception": "Residents saw 20 tanks enter the city on Monday.",
    "finding": "A poll showed that 61 percent of voters support the new bridge.",
}
UNATTRIBUTED = "Prices rose 5 percent in May."


def _statement(text: str) -> Claim:
    return next(c for c in analyze(text) if c.kind == "statement")


@pytest.mark.parametrize("kind", CUE_KINDS)
def test_each_kind_of_cue_is_told_apart(kind):
    claim = _statement(SENTENCES[kind])
    assert claim.cue_kind == kind
    # the numbers inside take their statement's cue kind with its source
    assert {c.cue_kind for c in analyze(SENTENCES[kind]) if c.kind == "quantity"} == {kind}


def test_the_outlets_own_claims_have_no_cue_kind():
    claims = analyze(UNATTRIBUTED)
    assert claims and all(c.voice == "outlet" and c.cue_kind is None for c in claims)


def test_a_study_or_data_finds_whatever_verb_it_is_given():
    assert _statement("According to the survey, unemployment rose to 7 percent.").cue_kind == "finding"
    assert _statement("The report found that 12 hospitals had closed.").cue_kind == "finding"
    # the same evidential verb from a person is something said, and so is a body's word even
    # when its name ends like a study's
    assert _statement("The senator suggested that 12 hospitals had closed.").cue_kind == "speech"
    assert _statement("According to the Bureau of Farm Statistics, exports fell 3 percent.").cue_kind == "speech"


def test_a_particle_after_the_cue_changes_its_kind():
    assert _statement("Norway is looking to invest 20 billion dollars in wind farms.").cue_kind == "intention"


def test_weighing_an_action_is_a_plan():
    assert _statement("The city council is considering building 3 new bridges over the river.").cue_kind == "intention"
    assert cue_kind("consider", None, Source("Ann Lee")) == "belief"  # "considers it a priority"


def test_the_classifier_by_lemma():
    person, study = Source("Ann Lee"), Source("the study", kind="document")
    assert cue_kind("say", None, person) == "speech"
    assert cue_kind("frobnicate", None, person) == "speech"  # an unknown cue is speech
    assert cue_kind(None, None, person) == "speech"           # "Caddell: …" has no cue word
    assert cue_kind("think", None, person) == "belief"
    assert cue_kind("want", None, person) == "intention"
    assert cue_kind("look", "to", person) == "intention"      # "looking to expand"
    assert cue_kind("seem", None, person) == "perception"
    assert cue_kind("learn", None, person) == "finding"       # "has learned"
    assert cue_kind("show", None, study) == "finding"
    assert cue_kind("show", None, person) == "speech"
    assert cue_kind("say", None, Source("new figures", kind="unnamed")) == "finding"
    assert cue_kind("say", None, None) is None


def test_the_lemma_is_read_from_a_stored_cue_without_a_parse():
    assert [surface_lemma(w) for w in ("told", "believes", "planned", "hoping", "saw", "found", "denies")] \
        == ["tell", "believe", "plan", "hope", "see", "find", "deny"]
    assert cue_kind_of_text("talked about", Source("Ann Lee")) == "speech"
    assert cue_kind_of_text("sees", Source("Ann Lee")) == "perception"
    assert cue_kind_of_text("according to", Source("the census", kind="document")) == "finding"


def test_the_record_round_trips_the_cue_kind():
    claim = _statement(SENTENCES["belief"])
    assert claim.to_dict()["cue_kind"] == "belief"
    assert Claim.from_dict(claim.to_dict()) == claim
    old = {k: v for k, v in claim.to_dict().items() if k != "cue_kind"}  # written before the field
    assert Claim.from_dict(old).cue_kind is None


# -- the ledger -------------------------------------------------------------------------------

def _batch(texts):
    docs = [Document(text=t, doc_ref=f"page-{k}.txt", published="2024-05-06") for k, t in enumerate(texts)]
    return [(a.document, a.segments, a.claims) for a in analyze_documents(docs)]


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cue_kind") / "ledger.duckdb"
    with Ledger(path) as led:
        led.add(_batch(list(SENTENCES.values()) + [UNATTRIBUTED]))
    return str(path)


def test_the_ledger_stores_and_filters_by_cue_kind(ledger_path):
    with Ledger(ledger_path, read_only=True) as led:
        stored = dict(led.query("SELECT cue_kind, count(*) FROM claims WHERE kind = 'statement' GROUP BY 1")[1])
        assert stored == {k: 1 for k in CUE_KINDS}
        for kind in CUE_KINDS:
            found = list(led.claims(cue_kind=kind))
            assert found and all(c.cue_kind == kind for c in found)
        assert led.query("SELECT count(*) FROM claims WHERE voice = 'outlet' AND cue_kind IS NOT NULL")[1] == [(0,)]


def _as_version_5(path):
    """A ledger as version 5 wrote it: no ``cue_kind`` column, records without the field."""
    with Ledger(path) as led:
        con = led.connection
        for index in ("claims_doc_id", "claims_source_name", "claims_voice", "claims_counted"):
            con.execute(f"DROP INDEX {index}")  # DuckDB drops no column under an index
        con.execute("ALTER TABLE claims DROP COLUMN cue_kind")
        con.execute("UPDATE claims SET record = json_merge_patch(record, '{\"cue_kind\": null}')")
        con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")


def test_a_version_5_ledger_keeps_its_rows_and_gains_cue_kinds(tmp_path):
    path = tmp_path / "v5.duckdb"
    with Ledger(path) as led:
        led.add(_batch(list(SENTENCES.values()) + [UNATTRIBUTED]))
        before = led.query("SELECT claim_id, cue_kind FROM claims ORDER BY claim_id")[1]
    _as_version_5(path)
    with Ledger(path, read_only=True) as led:  # read as it is; the filter says how to upgrade
        assert len(list(led.claims())) == len(before)
        with pytest.raises(LedgerError, match="open it for writing"):
            list(led.claims(cue_kind="speech"))
    with Ledger(path) as led:
        assert led.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [(str(SCHEMA_VERSION),)]
        after = led.query("SELECT claim_id, cue_kind FROM claims ORDER BY claim_id")[1]
        assert after == before  # every row kept, each kind read back from its cue and source
        assert {c.claim_id: c.cue_kind for c in led.claims()} == dict(before)


# -- export, command line, web ------------------------------------------------------------------

def test_the_export_has_a_cue_kind_column(ledger_path):
    out = io.BytesIO()
    with Ledger(ledger_path, read_only=True) as led:
        led.export("csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert {r["cue_kind"] for r in rows if r["kind"] == "statement"} == set(CUE_KINDS)
    assert {r["cue_kind"] for r in rows if r["voice"] == "outlet"} == {""}


def test_the_cli_keeps_only_what_was_said(ledger_path):
    runner = CliRunner()
    res = runner.invoke(cli_app, ["claims", "--db", ledger_path, "--cue-kind", "speech", "--json"])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert records and {r["cue_kind"] for r in records} == {"speech"}
    assert any("Police" in r["sentence"] for r in records)
    bad = runner.invoke(cli_app, ["claims", "--db", ledger_path, "--cue-kind", "rumour"])
    assert bad.exit_code == 2


@pytest.fixture(scope="module")
def client(ledger_path):
    with TestClient(create_app(ledger_path), raise_server_exceptions=False) as c:
        yield c


def test_the_api_filters_by_cue_kind(client):
    body = client.get("/api/claims", params={"cue_kind": "finding", "per_page": 100}).json()
    assert body["total"] >= 1 and {row["cue_kind"] for row in body["items"]} == {"finding"}
    assert "cue_kind=finding" in (body["links"]["self"] or "")
    one = client.get(f"/api/claims/{body['items'][0]['claim_id']}").json()
    assert one["cue_kind"] == "finding"
    assert client.get("/api/claims", params={"cue_kind": "rumour"}).status_code == 400


def test_the_claims_page_has_a_cue_kind_filter(client):
    page = client.get("/claims", params={"cue_kind": "belief"})
    assert page.status_code == 200
    assert '<select id="cue_kind" name="cue_kind">' in page.text
    assert '<option value="belief" selected>' in page.text
    assert "believes" in page.text and "Police said" not in page.text


def test_a_claims_page_says_what_its_cue_reports(client):
    body = client.get("/api/claims", params={"cue_kind": "intention"}).json()
    page = client.get(f"/claims/{body['items'][0]['claim_id']}")
    assert page.status_code == 200
    assert '<dt>Reports</dt><dd><a href="/claims?cue_kind=intention">intention</a>' in page.text


def test_a_version_5_ledger_is_served_as_it_is(tmp_path):
    path = tmp_path / "v5web.duckdb"
    with Ledger(path) as led:
        led.add(_batch([SENTENCES["speech"]]))
    _as_version_5(path)
    with TestClient(create_app(str(path)), raise_server_exceptions=False) as c:
        assert c.get("/api/claims").json()["total"] >= 1
        assert c.get("/api/claims", params={"cue_kind": "speech"}).json()["total"] == 0  # none recorded yet
        assert c.get("/claims").status_code == 200


def test_a_state_of_mind_written_as_a_noun_is_a_belief():
    """Noun cues ("expressed confidence that …", "her concern that …") report a state of mind."""
    s = _statement("The mayor expressed confidence that 300 homes would be rebuilt by May.")
    assert s.cue_kind == "belief"
    assert cue_kind("concern", None, Source("Ann Lee")) == "belief"
