"""The per-document ``sources`` table: a speaker is one source across the article, however often
and however it is named; stored with the claims, idempotently, and upgraded into older ledgers.
Texts written for these tests."""
from __future__ import annotations

import json

import pytest

from claimledger import analyze
from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger
from claimledger.store.schema import SCHEMA_VERSION
from claimledger.store.sources import document_sources

TEXT = ("Army Col. John Smith, a spokesman for the Northern Brigade, said 40 soldiers had been wounded.\n\n"
        "Smith said the convoy had been hit twice near the river. He added that 12 trucks were destroyed.\n\n"
        "Local officials said the road would stay closed until Friday.")


def test_a_person_named_three_ways_is_one_source_with_three_mentions():
    found = document_sources(analyze(TEXT))
    people = [s for s in found if s.kind == "person"]
    assert len(people) == 1
    smith = people[0]
    assert (smith.name, smith.title, smith.role, smith.organization) == (
        "John Smith", "Army Col.", "spokesman", "Northern Brigade")
    assert smith.mentions == 3 and smith.statements == 3
    assert smith.quantities == 2  # 40 soldiers, 12 trucks
    assert smith.first_start == 0
    assert [s.name for s in found] == ["John Smith", "local officials"]


def test_a_surname_used_before_the_full_name_joins_it():
    from claimledger.model import Claim, SegmentRef, Source
    doc = Document(text="Baro said A. Ines Baro said B.")
    def st(words, name, at):
        s = doc.text.index(words)
        return Claim(f"c{s}", doc.doc_id, None, "statement", SegmentRef("body", 0), "source", doc.text,
                     (0, len(doc.text)), (s, s + 1), source=Source(name, kind="person"),
                     source_span=(at, at + len(name)), cue="said")
    found = document_sources([st("A", "Baro", 0), st("B", "Ines Baro", doc.text.index("Ines"))])
    assert [(s.name, s.mentions, s.names) for s in found] == [("Ines Baro", 2, ("Baro",))]


def test_the_outlets_voice_and_readers_are_no_sources():
    text = "Prices rose 4% in May.\n\nOfficials said the rise would slow."
    assert [s.name for s in document_sources(analyze(text))] == ["officials"]


def _analysed(text: str, ref: str):
    a = next(analyze_documents([Document(text=text, doc_ref=ref)]))
    return a.document, list(a.segments), list(a.claims)


def test_the_ledger_stores_sources_once_and_lists_them(tmp_path):
    batch = [_analysed(TEXT, "smith.txt")]
    with Ledger(tmp_path / "s.duckdb") as led:
        assert led.add(batch) == 1
        assert led.add(batch) == 0  # idempotent: no second copy of the sources either
        rows = led.sources()
        assert [(r["name"], r["mentions"]) for r in rows] == [("John Smith", 3), ("local officials", 1)]
        assert led.query("SELECT count(*) FROM sources")[1] == [(2,)]
        doc_id = batch[0][0].doc_id
        assert led.sources(doc_id) == rows and led.sources("no-such-doc") == []
        assert rows[0]["doc_id"] == doc_id and rows[0]["organization"] == "Northern Brigade"


def test_a_failed_batch_leaves_no_sources(tmp_path, monkeypatch):
    real = Ledger._insert

    def failing(self, table, rows):
        real(self, table, rows)
        if table == "sources":
            raise RuntimeError("disk on fire")

    with Ledger(tmp_path / "f.duckdb") as led:
        monkeypatch.setattr(Ledger, "_insert", failing)
        with pytest.raises(RuntimeError):
            led.add([_analysed(TEXT, "smith.txt")])
        monkeypatch.setattr(Ledger, "_insert", real)
        assert led.query("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sources)")[1] == [(0, 0)]


def test_a_version_1_ledger_is_read_as_it_is_and_upgraded_when_written(tmp_path):
    path = tmp_path / "v1.duckdb"
    with Ledger(path) as led:
        led.add([_analysed(TEXT, "smith.txt")])
        expected = led.sources()
        led.connection.execute("DROP TABLE sources")
        led.connection.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with Ledger(path, read_only=True) as led:
        assert led.sources() == expected  # computed from the claims
    with Ledger(path) as led:
        assert led.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [(str(SCHEMA_VERSION),)]
        assert led.sources() == expected


def test_cli_lists_sources(tmp_path):
    from typer.testing import CliRunner

    from claimledger.cli import app

    path = tmp_path / "cli.duckdb"
    with Ledger(path) as led:
        led.add([_analysed(TEXT, "smith.txt")])
    res = CliRunner().invoke(app, ["sources", "--db", str(path), "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows[0]["name"] == "John Smith" and rows[0]["mentions"] == 3
    res = CliRunner().invoke(app, ["sources", "--db", str(path)])
    assert res.exit_code == 0 and "John Smith" in res.stdout


def test_a_dateline_is_not_part_of_the_speakers_name():
    from claimledger.model import Document
    from claimledger.pipeline import analyze_documents
    text = ("TULSA, Okla., March 17 - Prairie Pipe Fittings Inc said 344 members of the machinists "
            "union went on strike at its plant.")
    (a,) = analyze_documents([Document(text=text, doc_ref="pipe.txt")])
    assert {c.source.name for c in a.claims if c.source} == {"Prairie Pipe Fittings Inc"}


def test_names_compare_without_case_diacritics_or_punctuation():
    from claimledger.extract.names import (
        alias_key,
        fold,
        fold_words,
        rejoined,
        written_words,
    )
    assert fold("Brudziński") == fold("BRUDZINSKI") == "brudzinski"
    assert fold_words("Col. Jan Brudziński") == ["col", "jan", "brudzinski"]
    assert written_words("US-led Corp. of AT&T") == ("us-led", "corp", "of", "at&t")
    assert alias_key("the Islamic State's") == "islamic state"
    assert rejoined("us - led  coalition") == "us-led coalition"


def test_a_generic_name_joins_the_speaker_the_tracker_takes_it_for():
    """The sources table and the tracker read one page-level coreference (claims/coreference.py)."""
    from claimledger.claims.coreference import page_speakers
    from claimledger.model import Claim, SegmentRef, Source
    from claimledger.track.keys import source_key
    doc = Document(text="The Northland Development Bank said A. The bank said B. The United States "
                        "Trade Agency said C. The United States said D.")

    def st(words, name, kind):
        s = doc.text.index(f"said {words}.") + 5
        return Claim(f"c{s}", doc.doc_id, None, "statement", SegmentRef("body", 0), "source", doc.text,
                     (0, len(doc.text)), (s, s + 1), source=Source(name, kind=kind),
                     source_span=(s - 5, s - 1), cue="said")
    claims = [st("A", "Northland Development Bank", "organization"), st("B", "bank", "unnamed"),
              st("C", "United States Trade Agency", "organization"), st("D", "United States", "organization")]
    found = document_sources(claims)
    # a country speaking is its government, not a short form of a body named after it
    assert [(s.name, s.mentions, s.names) for s in found] == [
        ("Northland Development Bank", 2, ("bank",)), ("United States Trade Agency", 1, ()),
        ("United States", 1, ())]
    page = page_speakers((c.source.name, c.source.kind, None) for c in claims)
    assert source_key("bank", None, "source", None, None, "d", page, "unnamed") == "Northland Development Bank"
