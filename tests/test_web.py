"""The web UI and JSON API: every route through FastAPI's TestClient, the one error shape,
limits, escaping of hostile text, the read-only connection, ``serve --get``, and property-based
requests from the OpenAPI schema (schemathesis) that must never meet a 500.

Two ledgers: one ingested through the real pipeline from pages written for these tests (a flood
whose evacuee count moves and is argued over), and one built by hand whose every string is an
attack, so escaping is tested where the pipeline would not reach.
"""
from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
import schemathesis
import typer
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from claimledger.model import (
    Claim,
    Document,
    Quantity,
    Segment,
    SegmentRef,
    Source,
    claim_id_for,
)
from claimledger.run.ingest import ingest
from claimledger.store.ledger import Ledger
from claimledger.web import create_app
from claimledger.web.cli import register

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PAGES = [
    {"id": "tarn-1", "date": "2023-04-02", "outlet": "Valley Herald", "url": "https://valley.example/tarn-1",
     "title": "Floods force 2,000 residents from their homes in Tarn",
     "text": "About 2,000 residents have left their homes in Tarn Province, provincial spokesman Marco "
             "Lenz told the Valley Herald on Sunday.\n\n\"We expect the river to keep rising until "
             "Tuesday,\" Lenz said.\n\nThe river has flooded the lower town twice in ten years."},
    {"id": "tarn-2", "date": "2023-04-05", "outlet": "Coast Daily", "url": "https://coast.example/tarn-2",
     "title": "Tarn evacuation grows",
     "text": "More than 5,000 residents have now been evacuated in Tarn Province, the Red Cross said "
             "on Wednesday.\n\nProvincial spokesman Marco Lenz said 3,500 residents had left their "
             "homes.\n\nSchools in the province will stay closed this week."},
    {"id": "tarn-3", "date": "2023-04-20", "outlet": "Valley Herald", "url": "https://valley.example/tarn-3",
     "title": "Residents return to Tarn",
     "text": "Fewer than 800 residents remain outside their homes in Tarn Province, Marco Lenz told "
             "reporters on Thursday.\n\nThe government promised 40 million euros for repairs, "
             "finance minister Ada Kroll said."},
]

COMMENTED = """Tarn floods: 2,000 residents still away from home

About 2,000 residents are still away from their homes in Tarn Province, spokesman Marco Lenz told the Valley Herald on Monday.

Officials expect that repairs will cost at least 30 million euros.

Lena Ortiz


I heard from my cousin that nearly 9,000 residents left the valley last week.


The province never tells the truth about these numbers.
"""

SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("web")
    pages = root / "tarn.jsonl"
    pages.write_text("".join(json.dumps(p) + "\n" for p in PAGES), encoding="utf-8")
    (root / "commented.txt").write_text(COMMENTED, encoding="utf-8")
    path = root / "ledger.duckdb"
    with Ledger(path) as ledger:
        ingest([str(pages)], ledger)
        ingest([str(root / "commented.txt")], ledger, published="2023-04-10")
    return path


@pytest.fixture(scope="module")
def app(ledger_path):
    return create_app(ledger_path)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def ids(ledger_path):
    """Ids to visit, read straight from the ledger file."""
    with Ledger(ledger_path, read_only=True) as ledger:
        cols, rows = ledger.query(
            "SELECT claim_id, doc_id, voice, kind, surface, source_name FROM claims ORDER BY claim_id")
        claims = [dict(zip(cols, r)) for r in rows]
    return claims


def _one(ids, **match):
    return next(c for c in ids if all(c[k] == v for k, v in match.items()))


# -- every route --------------------------------------------------------------------------------

ROUTES = ["/", "/claims", "/claims?q=residents&kind=quantity", "/documents", "/sources",
          "/series", "/conflicts", "/revisions", "/api", "/api/claims", "/api/documents",
          "/api/sources", "/api/series", "/api/conflicts", "/api/revisions", "/api/openapi.json",
          "/static/style.css"]


@pytest.mark.parametrize("path", ROUTES)
def test_every_listing_answers(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    if path.startswith("/api"):
        assert r.headers["content-type"].startswith("application/json")
    elif not path.startswith("/static"):
        assert r.headers["content-type"].startswith("text/html")
        assert "<h1" in r.text


def test_each_claim_document_and_source_page(client, ids):
    for c in ids:
        for path in (f"/claims/{c['claim_id']}", f"/api/claims/{c['claim_id']}",
                     f"/documents/{c['doc_id']}", f"/api/documents/{c['doc_id']}"):
            assert client.get(path).status_code == 200, path
    for name in {c["source_name"] for c in ids if c["source_name"]}:
        assert client.get(f"/sources/{name}").status_code == 200
        body = client.get(f"/api/sources/{name}").json()
        assert body["name"] == name and body["claims"] >= 1
        assert all(x["source_name"] == name for x in body["recent_claims"])


def test_api_links_lead_to_live_resources(client):
    listing = client.get("/api/claims?per_page=100").json()
    assert listing["total"] == len(listing["items"]) > 5
    for item in listing["items"][:10]:
        for rel in ("self", "html", "document", "source"):
            link = item["links"][rel]
            if link is not None:
                assert client.get(link).status_code == 200, (rel, link)
    for series in client.get("/api/series").json()["items"]:
        assert client.get(series["links"]["self"]).status_code == 200
        assert client.get(series["links"]["html"]).status_code == 200


# -- the search ---------------------------------------------------------------------------------

def test_search_words_all_occur_in_the_sentence(client):
    items = client.get("/api/claims", params={"q": "RESIDENTS tarn", "per_page": 100}).json()["items"]
    assert items and all("residents" in i["sentence"].lower() and "tarn" in i["sentence"].lower()
                         for i in items)
    assert client.get("/api/claims", params={"q": "zeppelin"}).json()["total"] == 0


@pytest.mark.parametrize("field,value", [("kind", "quantity"), ("kind", "statement"),
                                         ("voice", "reader"), ("voice", "source")])
def test_search_filters_match_exactly(client, field, value):
    body = client.get("/api/claims", params={field: value, "per_page": 100}).json()
    assert body["total"] >= 1 and all(i[field] == value for i in body["items"])


def test_search_by_source_organisation_and_dates(client):
    lenz = client.get("/api/claims", params={"source": "lenz", "per_page": 100}).json()["items"]
    assert lenz and {i["source_name"] for i in lenz} == {"Marco Lenz"}
    early = client.get("/api/claims", params={"date_to": "2023-04-03", "per_page": 100}).json()["items"]
    assert early and all(i["published"] <= "2023-04-03" for i in early)
    window = client.get("/api/claims", params={"date_from": "2023-04-04", "date_to": "2023-04-10",
                                               "per_page": 100}).json()["items"]
    assert {i["published"] for i in window} <= {"2023-04-05", "2023-04-10"} and window
    assert client.get("/api/claims", params={"organization": "no such body"}).json()["total"] == 0


def test_pages_split_the_results_without_overlap(client):
    total = client.get("/api/claims").json()["total"]
    seen = []
    url = "/api/claims?per_page=3"
    while url:
        body = client.get(url).json()
        seen += [i["claim_id"] for i in body["items"]]
        url = body["links"]["next"]
    assert len(seen) == len(set(seen)) == total


@pytest.mark.parametrize("params", [
    {}, {"q": "residents"}, {"q": "Tarn residents", "kind": "quantity"}, {"voice": "reader"},
    {"source": "LENZ", "date_from": "2023-04-03"}, {"organization": "cross"},
    {"date_to": "2023-04-05", "kind": "statement"},
])
def test_search_index_answers_as_the_ledger_does(app, params):
    """The in-memory search index and the plain query over the ledger agree, page by page."""
    from claimledger.web.params import _date
    from claimledger.web.queries import ClaimFilter, Reader

    reader = app.state.reader
    reader.warm()
    plain = Reader(reader.ledger)
    f = ClaimFilter(**{k: _date(k, v) if k.startswith("date") else v for k, v in params.items()})
    for page in (1, 2):
        a, b = reader.search(f, page, 3), plain.search(f, page, 3)
        assert a.total == b.total
        assert [r["claim_id"] for r in a.items] == [r["claim_id"] for r in b.items]
        assert a.items == b.items


def test_html_search_form_sends_empty_fields(client):
    r = client.get("/claims?q=&kind=&voice=&source=&organization=&date_from=&date_to=")
    assert r.status_code == 200
    assert 'name="q"' in r.text and '<label for="q">' in r.text


def test_series_filter_keeps_the_series_claims(client):
    series = client.get("/api/series").json()["items"][0]
    body = client.get("/api/claims", params={"series": series["series_id"], "per_page": 100}).json()
    assert body["total"] == series["claims"]


# -- the pages ----------------------------------------------------------------------------------

def test_claim_page_highlights_number_counted_cue_and_speaker(client, ids):
    c = _one(ids, surface="About 2,000", voice="source")
    html = client.get(f"/claims/{c['claim_id']}").text
    assert '<span class="part-number ">About 2,000</span>' in html
    assert '<span class="part-counted ">residents</span>' in html
    assert re.search(r'<span class="part-cue ">told</span>', html)
    assert "Marco Lenz</span>" in html and "part-speaker" in html
    assert "Valley Herald" in html  # the via chain and the page


def test_claim_page_lists_other_pages_with_the_same_claim(client, ids):
    first = _one(ids, surface="About 2,000", voice="source")
    record = client.get(f"/api/claims/{first['claim_id']}").json()
    others = record["same_claim"]
    assert others and all(o["doc_id"] != first["doc_id"] and o["value"] == 2000 for o in others)
    assert others[0]["claim_id"] in client.get(f"/claims/{first['claim_id']}").text


def test_document_page_marks_every_claim_and_tells_voices_apart(client, ids):
    doc_id = _one(ids, voice="reader")["doc_id"]
    html = client.get(f"/documents/{doc_id}").text
    for c in ids:
        if c["doc_id"] == doc_id:
            assert f'href="/claims/{c["claim_id"]}"' in html
    assert 'class="claim v-reader"' in html and 'class="claim v-source"' in html
    assert "seg-comment" in html and "seg-headline" in html


def test_series_page_draws_a_point_per_dated_claim_linked_to_it(client):
    series = client.get("/api/series").json()["items"][0]
    record = client.get(f"/api/series/{series['series_id']}").json()
    html = client.get(f"/series/{series['series_id']}").text
    svg = html[html.index("<svg class=\"timeline\""):html.index("</svg>")]
    dated = [p for p in record["points"]["items"] if p["date"]]
    assert svg.count('<a class="point"') == len(dated) > 0
    for p in dated:
        assert f'href="/claims/{p["claim_id"]}"' in svg


def test_source_page_shows_the_sources_revisions(client):
    record = client.get("/api/sources/Marco Lenz").json()
    assert record["revisions"], "Lenz moved from 3,500 to fewer than 800"
    for r in record["revisions"]:
        assert "Marco Lenz" in (r["before"]["source"], r["after"]["source"])
    html = client.get("/sources/Marco Lenz").text
    assert "Revisions over time" in html and record["revisions"][0]["after"]["claim_id"] in html


def test_reader_claims_have_their_own_lane(client):
    for s in client.get("/api/series?per_page=100&all=true").json()["items"]:
        record = client.get(f"/api/series/{s['series_id']}").json()
        if any(p["voice"] == "reader" and p["date"] for p in record["points"]["items"]):
            html = client.get(f"/series/{s['series_id']}").text
            assert 'aria-label="reader comments"' in html
            return
    pytest.fail("no series holds a dated reader claim")


def test_headings_labels_and_skip_link(client):
    for path in ("/", "/claims", "/documents", "/sources", "/series"):
        html = client.get(path).text
        assert html.count("<h1") == 1 and '<html lang="en">' in html
        assert '<a class="skip" href="#main">' in html and '<main id="main"' in html
        for input_id in re.findall(r'<(?:input|select) id="([^"]+)"', html):
            assert f'<label for="{input_id}">' in html, (path, input_id)


def test_every_asset_ships_with_the_package(client):
    for path in ("/", "/claims", "/series", "/documents"):
        html = client.get(path).text
        assets = re.findall(r'<(?:link|script|img)\b[^>]*\b(?:href|src)="([^"]*)"', html)
        assert assets and all(a.startswith("/") or a.startswith("data:") for a in assets), assets
        for a in assets:
            if a.startswith("/"):
                assert client.get(a).status_code == 200


# -- errors and limits --------------------------------------------------------------------------

def _assert_error(r, status):
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "title", "message", "details"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize("path,status", [
    ("/api/claims/nope", 404), ("/api/documents/nope", 404), ("/api/sources/Nobody", 404),
    ("/api/series/nope", 404), ("/api/nowhere", 404),
    ("/api/claims?per_page=0", 400), ("/api/claims?per_page=101", 400), ("/api/claims?page=0", 400),
    ("/api/claims?page=99999999999999999999", 400), ("/api/claims?kind=fish", 400),
    ("/api/claims?voice=mine", 400), ("/api/claims?date_from=2023-02-30", 400),
    ("/api/claims?date_from=yesterday", 400), ("/api/claims?q=" + "a" * 201, 400),
    ("/api/claims?series=nope", 404), ("/api/claims/" + "f" * 65, 400),
])
def test_one_error_shape(client, path, status):
    _assert_error(client.get(path), status)


def test_overlong_address_is_refused(client):
    _assert_error(client.get("/api/claims?q=" + "x" * 3000), 414)


def test_writes_are_not_allowed(client):
    _assert_error(client.post("/api/claims", json={}), 405)
    _assert_error(client.delete("/api/claims"), 405)


def test_html_errors_are_pages_without_tracebacks(client):
    r = client.get("/claims/does-not-exist")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "<h1>404 Not Found</h1>" in r.text


def test_a_crash_is_a_500_in_the_error_shape_without_details(ledger_path, monkeypatch):
    from claimledger.web.queries import Reader

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal state /etc/passwd")

    monkeypatch.setattr(Reader, "search", broken)
    with TestClient(create_app(ledger_path), raise_server_exceptions=False) as c:
        for path in ("/api/claims", "/claims"):
            r = c.get(path)
            assert r.status_code == 500
            assert "secret" not in r.text and "Traceback" not in r.text
        _assert_error(c.get("/api/claims"), 500)


def test_security_headers(client):
    h = client.get("/").headers
    assert "script-src 'self'" in h["content-security-policy"]
    assert h["x-content-type-options"] == "nosniff"


def test_the_ledger_is_opened_read_only(app):
    ledger = app.state.reader.ledger
    assert ledger.read_only
    with pytest.raises(Exception, match="read-only"):
        ledger.connection.execute("CREATE TABLE intruder (a INTEGER)")


# -- hostile text -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    """A ledger whose title, text, comment author, source and address are all attacks."""
    text = (f"Exactly 70 guards {SCRIPT} were hired, said {IMG} on Monday.\n\n"
            f"{IMG} wrote that 12 {SCRIPT} came.")
    doc = Document(text=text, doc_ref=f"evil{SCRIPT}", title=f"Guards {SCRIPT} {IMG}",
                   url="javascript:alert(1)", outlet=f"Outlet {IMG}", published="2024-01-02",
                   format="jsonl")
    first_end = text.index("\n\n")
    second = first_end + 2
    segs = [Segment("headline", 0, len(doc.title), in_title=True), Segment("body", 0, first_end),
            Segment("comment", second, len(text), 0, 0, IMG)]

    def make(words, surface, value, voice, segment, author=None):
        s = text.index(words)
        span = (s, s + len(words))
        sent = (0, first_end) if segment == "body" else (second, len(text))
        return Claim(
            claim_id=claim_id_for(doc.doc_id, "quantity", span, segment), doc_id=doc.doc_id,
            doc_ref=doc.doc_ref, kind="quantity", segment=SegmentRef(segment, 0, author),
            voice=voice, sentence=text[sent[0]:sent[1]], sentence_span=sent, span=span,
            source_span=(text.index(IMG), text.index(IMG) + len(IMG)),
            quantity=Quantity(surface=surface, value=value, counted=f"guards {SCRIPT}"),
            scope=(IMG,), source=Source(name=IMG, title=SCRIPT, role=SCRIPT, organization=IMG),
            cue=SCRIPT, via=(IMG,),
        )

    claims = [make("Exactly 70 guards", "Exactly 70", 70, "source", "body"),
              make("12 " + SCRIPT, "12", 12, "reader", "comment", author=IMG)]
    path = tmp_path_factory.mktemp("hostile") / "evil.duckdb"
    with Ledger(path) as ledger:
        ledger.add([(doc, segs, claims)])
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c, doc, claims


def test_hostile_strings_are_escaped_everywhere(hostile_client):
    c, doc, claims = hostile_client
    paths = ["/", "/claims", "/claims?q=guards", "/documents", "/sources",
             f"/documents/{doc.doc_id}", f"/sources/{IMG}", "/series", "/conflicts", "/revisions"]
    paths += [f"/claims/{x.claim_id}" for x in claims]
    paths += [f"/series/{s['series_id']}" for s in c.get("/api/series").json()["items"]]
    for path in paths:
        r = c.get(path)
        assert r.status_code == 200, path
        assert "<script>" not in r.text, path
        assert "<img" not in r.text, path
        assert "javascript:" not in r.text, path
    page = c.get(f"/documents/{doc.doc_id}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page  # the comment author, as text


def test_hostile_strings_stay_strings_in_json(hostile_client):
    c, doc, claims = hostile_client
    record = c.get(f"/api/claims/{claims[0].claim_id}").json()
    assert record["source"]["name"] == IMG and record["cue"] == SCRIPT
    assert c.get(f"/api/claims/{claims[0].claim_id}").headers["content-type"].startswith("application/json")


def test_hostile_error_messages_are_escaped(hostile_client):
    c, *_ = hostile_client
    r = c.get(f"/claims/{'<script>'}")
    assert r.status_code == 404 and "<script>" not in r.text


# -- serve --------------------------------------------------------------------------------------

@pytest.fixture
def cli():
    app = typer.Typer()
    register(app)

    @app.command()
    def other() -> None:  # a second command keeps typer from collapsing the app to ``serve``
        pass

    return app


def test_serve_get_prints_one_response(cli, ledger_path):
    res = CliRunner().invoke(cli, ["serve", "--db", str(ledger_path), "--get", "/api/claims?per_page=2"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)["items"]) == 2


@pytest.mark.parametrize("path", ["/api/claims/nope", "/api/claims?per_page=0"])
def test_serve_get_fails_unless_200(cli, ledger_path, path):
    res = CliRunner().invoke(cli, ["serve", "--db", str(ledger_path), "--get", path])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["error"]["status"] in (400, 404)


def test_serve_missing_ledger_is_one_line(cli, tmp_path):
    res = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb"), "--get", "/"])
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "no ledger" in res.stderr


def test_serve_binds_localhost_by_default(cli):
    import inspect

    from claimledger.web.cli import serve

    assert inspect.signature(serve).parameters["host"].default.default == "127.0.0.1"


# -- property-based: no request from the schema may crash the server -----------------------------

def _operations(app):
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def test_schema_covers_every_route(app):
    paths = {op.path for op in _operations(app)}
    assert {"/api/claims", "/api/claims/{claim_id}", "/api/documents/{doc_id}", "/api/sources",
            "/api/series/{series_id}", "/api/conflicts", "/claims", "/documents/{doc_id}"} <= paths


@pytest.mark.slow
def test_no_request_from_the_schema_is_a_server_error(app):
    """Hypothesis draws requests (valid and not) for every operation in the OpenAPI schema;
    none may answer 5xx, and every API error must be in the one shape."""
    modes = {schemathesis.GenerationMode.POSITIVE: 25, schemathesis.GenerationMode.NEGATIVE: 15}
    for op, (mode, examples) in itertools.product(_operations(app), modes.items()):
        if mode is schemathesis.GenerationMode.NEGATIVE and not list(op.iter_parameters()):
            continue  # nothing to get wrong

        @given(case=op.as_strategy(generation_mode=mode))
        @settings(max_examples=examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call()
            assert response.status_code < 500, (case.path, case.path_parameters, case.query,
                                                response.text[:300])
            if response.status_code >= 400 and case.path.startswith("/api"):
                assert set(response.json()["error"]) == {"status", "title", "message", "details"}

        check()


def test_counts_on_pages_take_the_number_of_their_count():
    """'1 source', '2 sources': the home, series and claim pages write counts as a reader would."""
    from claimledger.web.format import counted

    assert counted(1, "source") == "1 source"
    assert counted(2, "source") == "2 sources"
    assert counted(1200, "claim") == "1,200 claims"


def test_series_lists_say_how_many_pages_each_series_spans(client):
    """Series are ordered by the pages they span, so the home and series pages show that count."""
    items = client.get("/api/series").json()["items"]
    assert items
    top = items[0]
    listing = client.get("/series").text
    assert '<th scope="col">Pages</th>' in listing
    assert f'>{top["label"]}</a></td><td class="num">{top["documents"]}</td>' in listing.replace("&#39;", "'")
    pages = "1 page" if top["documents"] == 1 else f'{top["documents"]} pages'
    assert f'{top["label"]}</a> — {pages}, ' in client.get("/").text.replace("&#39;", "'")
