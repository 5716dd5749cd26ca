"""The ledger store: round trips, idempotency, filters, atomic batches, crash consistency.

Documents and claims are built by hand from sentences written for these tests, so the store is
tested without the NLP pipeline.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from claimledger.errors import ClaimLedgerError
from claimledger.store.schema import SCHEMA_VERSION
from claimledger.model import (
    Claim,
    Document,
    Quantity,
    Segment,
    SegmentRef,
    Source,
    TimeRef,
    claim_id_for,
)
from claimledger.store.ledger import (
    Ledger,
    LedgerError,
    LedgerLocked,
    LedgerNotFound,
    NotALedger,
    QueryError,
    ReadOnlyLedger,
    SchemaTooNew,
)

ROOT = Path(__file__).resolve().parents[1]


def claim(doc: Document, words: str, *, kind: str = "quantity", voice: str = "source",
          segment: str = "body", seg_index: int = 0, author: str | None = None,
          **fields) -> Claim:
    """A claim over the first occurrence of ``words`` in ``doc`` (its sentence: the whole line)."""
    start = doc.text.index(words)
    end = start + len(words)
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line_end = len(doc.text) if line_end < 0 else line_end
    return Claim(
        claim_id=claim_id_for(doc.doc_id, kind, (start, end), segment), doc_id=doc.doc_id,
        doc_ref=doc.doc_ref, kind=kind, segment=SegmentRef(segment, seg_index, author), voice=voice,
        sentence=doc.text[line_start:line_end], sentence_span=(line_start, line_end),
        span=(start, end), **fields,
    )


def body(doc: Document) -> list[Segment]:
    return [Segment("body", 0, len(doc.text))]


# -- a small made-up corpus --------------------------------------------------------------------

REPORT = Document(
    text="The ferry carried roughly 240 passengers, harbour master Ines Baro told the Coast Gazette.\n"
         "Officials said the storm had cut power to 12,000 homes.",
    doc_ref="ferry.txt", title="Ferry passengers safe", outlet="Coast Gazette",
    published="2021-03-04", author="K. Lund", format="text", metadata={"lang": "en"},
)
BAKERY = Document(
    text="Bread prices rose 8% in the valley, the bakers' guild said on Monday.\n"
         "A reader wrote that 3 shops had closed.",
    doc_ref="bakery.txt", published="2021-03-05",
)


def report_claims(doc: Document = REPORT) -> list[Claim]:
    baro = Source("Ines Baro", title=None, role="harbour master", organization="Port Authority")
    passengers = claim(
        doc, "roughly 240", quantity=Quantity("roughly 240", 240.0, approximate=True,
                                              counted="passengers", entity="ferry"),
        scope=("Northport", "Eastbay"), source=baro, cue="told", quote="indirect",
        via=("Coast Gazette",), hedges=("roughly",),
        cue_span=(doc.text.index("told"), doc.text.index("told") + 4),
        source_span=(doc.text.index("Ines"), doc.text.index("Baro") + 4),
        time=TimeRef("Tuesday", "2021-03-02", "at"),
    )
    statement = claim(doc, "the storm had cut power to 12,000 homes", kind="statement",
                      source=Source("Officials", kind="unnamed"), cue="said")
    homes = claim(doc, "12,000", quantity=Quantity("12,000", 12000.0, counted="homes"),
                  source=Source("Officials", kind="unnamed"), cue="said")
    return [passengers, statement, homes]


def bakery_claims(doc: Document = BAKERY) -> list[Claim]:
    guild = Source("bakers' guild", kind="organization", organization="bakers' guild")
    return [
        claim(doc, "8%", quantity=Quantity("rose 8%", 8.0, trend="up", unit="percent",
                                           counted="bread prices"),
              scope=("valley",), source=guild, cue="said", time=TimeRef("Monday", "2021-03-01")),
        claim(doc, "3 shops", voice="reader", segment="comment", author="pat_r",
              quantity=Quantity("3", 3.0, low=2.0, high=4.0, counted="shops")),
    ]


def batch_of(*docs: Document) -> list[tuple[Document, list[Segment], list[Claim]]]:
    makers = {REPORT.doc_id: report_claims, BAKERY.doc_id: bakery_claims}
    return [(d, body(d), makers[d.doc_id](d)) for d in docs]


@pytest.fixture
def ledger(tmp_path):
    with Ledger(tmp_path / "test.duckdb") as led:
        yield led


def counts(led: Ledger) -> tuple[int, int, int]:
    return tuple(led.query(f"SELECT count(*) FROM {t}")[1][0][0]
                 for t in ("documents", "segments", "claims"))


# -- round trip and idempotency ----------------------------------------------------------------

def test_claims_round_trip_exactly(ledger):
    originals = report_claims() + bakery_claims()
    assert ledger.add(batch_of(REPORT, BAKERY)) == 2
    stored = {c.claim_id: c for c in ledger.claims()}
    assert stored == {c.claim_id: c for c in originals}
    for c in originals:
        assert stored[c.claim_id].to_dict() == c.to_dict()


def test_record_is_claim_to_json(ledger):
    """The stored record is byte for byte ``Claim.to_json()`` (the store serialises faster)."""
    originals = report_claims() + bakery_claims()
    ledger.add(batch_of(REPORT, BAKERY))
    stored = dict(ledger.query("SELECT claim_id, record FROM claims")[1])
    assert {c.claim_id: c.to_json() for c in originals} == stored


def test_flat_columns_mirror_the_record(ledger):
    ledger.add(batch_of(REPORT))
    cols, rows = ledger.query(
        "SELECT value, approximate, counted, scope, source_name, source_role, via, cue_start, "
        "time_value, hedges FROM claims WHERE surface = 'roughly 240'")
    assert rows == [(240.0, True, "passengers", ["Northport", "Eastbay"], "Ines Baro",
                     "harbour master", ["Coast Gazette"], REPORT.text.index("told"),
                     "2021-03-02", ["roughly"])]
    assert cols[0] == "value"


def test_adding_twice_changes_nothing(ledger):
    assert ledger.add(batch_of(REPORT)) == 1
    before = counts(ledger), list(ledger.documents())
    assert ledger.add(batch_of(REPORT)) == 0
    assert (counts(ledger), list(ledger.documents())) == before
    # a batch mixing a stored and a new document adds only the new one
    assert ledger.add(batch_of(REPORT, BAKERY)) == 1
    assert counts(ledger) == (2, 2, 5)


def test_same_document_twice_in_one_batch(ledger):
    assert ledger.add(batch_of(REPORT, REPORT, BAKERY)) == 2
    assert counts(ledger) == (2, 2, 5)


def test_repeated_claim_ids_are_stored_once(ledger):
    claims = report_claims()
    ledger.add([(REPORT, body(REPORT), claims + claims[:1])])
    assert counts(ledger) == (1, 1, 3)
    assert next(ledger.documents())["n_claims"] == 3


def test_claim_of_another_document_is_refused(ledger):
    with pytest.raises(LedgerError, match="belongs to document"):
        ledger.add([(REPORT, body(REPORT), bakery_claims())])
    assert counts(ledger) == (0, 0, 0)


def test_has_documents(ledger):
    ledger.add(batch_of(REPORT))
    assert ledger.has_documents([REPORT.doc_id, BAKERY.doc_id, REPORT.doc_id]) == {REPORT.doc_id}
    assert ledger.has_documents([]) == set()


def test_documents_segments_and_stats(ledger):
    ledger.add(batch_of(REPORT, BAKERY))
    docs = {d["doc_ref"]: d for d in ledger.documents()}
    ferry = docs["ferry.txt"]
    assert ferry["published"] == "2021-03-04" and ferry["metadata"] == {"lang": "en"}
    assert ferry["text"] == REPORT.text and ferry["n_claims"] == 3
    assert "text" not in next(ledger.documents(include_text=False))
    assert ledger.document(BAKERY.doc_id)["title"] is None
    assert ledger.document("0" * 64) is None
    assert ledger.segments(REPORT.doc_id) == body(REPORT)
    assert ledger.stats() == {
        "documents": 2, "claims": 5, "claims_by_kind": {"quantity": 4, "statement": 1},
        "claims_by_voice": {"source": 4, "reader": 1}, "sources": 3, "skipped": 0,
    }


def test_unreadable_publication_date_is_kept_aside(ledger):
    doc = Document(text="Two bridges reopened.", doc_ref="b", published="spring 2020")
    ledger.add([(doc, [], [])])
    stored = next(ledger.documents())
    assert stored["published"] is None
    assert stored["metadata"]["published_raw"] == "spring 2020"


def test_skipped_inputs_are_noted_once(ledger):
    ledger.record_skipped("broken.html", "not valid UTF-8")
    ledger.record_skipped("broken.html", "not valid UTF-8")
    ledger.record_skipped("empty.txt", "no text")
    assert [(s["input"], s["reason"]) for s in ledger.skipped()] == [
        ("broken.html", "not valid UTF-8"), ("empty.txt", "no text")]
    assert ledger.stats()["skipped"] == 2


# -- filters -----------------------------------------------------------------------------------

@pytest.mark.parametrize("filters, expected", [
    ({}, ["roughly 240", "the storm had cut power to 12,000 homes", "12,000", "8%", "3 shops"]),
    ({"subject": "PASSENGERS"}, ["roughly 240"]),          # counted, any case
    ({"subject": "ferry"}, ["roughly 240"]),               # entity
    ({"subject": "eastbay"}, ["roughly 240"]),             # scope
    ({"subject": "valley"}, ["8%"]),                       # scope and sentence
    ({"subject": "power"}, ["the storm had cut power to 12,000 homes", "12,000"]),  # sentence
    ({"source": "baro"}, ["roughly 240"]),                 # name
    ({"source": "port authority"}, ["roughly 240"]),       # organization
    ({"voice": "reader"}, ["3 shops"]),
    ({"kind": "statement"}, ["the storm had cut power to 12,000 homes"]),
    ({"doc_id": BAKERY.doc_id}, ["8%", "3 shops"]),
    ({"kind": "quantity", "source": "officials"}, ["12,000"]),
    ({"limit": 2}, ["roughly 240", "the storm had cut power to 12,000 homes"]),
    ({"subject": "tractors"}, []),
    ({"subject": "50%"}, []),                              # no LIKE wildcards
])
def test_claim_filters(tmp_path, filters, expected):
    with Ledger(tmp_path / "f.duckdb") as led:
        led.add(batch_of(REPORT))
        led.add(batch_of(BAKERY))  # a later batch: its claims come after
        found = [c.sentence[c.span[0] - c.sentence_span[0]:c.span[1] - c.sentence_span[0]]
                 for c in led.claims(**filters)]
    assert found == expected


def test_listing_while_iterating(ledger):
    ledger.add(batch_of(REPORT, BAKERY))
    seen = []
    for c in ledger.claims():
        seen.append((c.claim_id, ledger.document(c.doc_id)["doc_ref"]))
    assert len(seen) == 5


# -- transactions ------------------------------------------------------------------------------

def test_failed_batch_rolls_back(ledger, monkeypatch):
    ledger.add(batch_of(REPORT))
    real_insert = Ledger._insert

    def failing(self, table, rows):
        real_insert(self, table, rows)
        if table == "segments":  # documents and segments are written, claims not yet
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(Ledger, "_insert", failing)
    with pytest.raises(RuntimeError):
        ledger.add(batch_of(BAKERY))
    assert counts(ledger) == (1, 1, 3)
    assert ledger.has_documents([BAKERY.doc_id]) == set()
    monkeypatch.setattr(Ledger, "_insert", real_insert)
    assert ledger.add(batch_of(BAKERY)) == 1
    assert counts(ledger) == (2, 2, 5)


# -- opening -----------------------------------------------------------------------------------

def test_reopen_read_only(tmp_path):
    path = tmp_path / "ro.duckdb"
    with Ledger(path) as led:
        led.add(batch_of(REPORT, BAKERY))
        written = list(led.claims())
    with Ledger(path, read_only=True) as led:
        assert list(led.claims()) == written
        with pytest.raises(ReadOnlyLedger, match="read-only"):
            led.add(batch_of(REPORT))
        with pytest.raises(ReadOnlyLedger):
            led.record_skipped("x", "y")
        with pytest.raises(ReadOnlyLedger, match="DELETE"):
            led.query("DELETE FROM claims")
        with pytest.raises(ReadOnlyLedger):
            led.query("SELECT 1; DROP TABLE claims")
        assert led.query("SELECT count(*) AS n FROM claims WHERE voice = ?", ["reader"]) == (
            ["n"], [(1,)])
    with Ledger(path) as led:  # the schema is created once; reopening keeps the data
        assert counts(led) == (2, 2, 5)


def test_query_errors_are_ledger_errors(ledger):
    with pytest.raises(QueryError, match="failed"):
        ledger.query("SELECT no_such_column FROM claims")
    with pytest.raises(QueryError):
        ledger.query("SELEKT 1")
    with pytest.raises(QueryError, match="empty"):
        ledger.query("  ")


def test_closed_ledger(tmp_path):
    led = Ledger(tmp_path / "c.duckdb")
    led.close()
    led.close()
    with pytest.raises(LedgerError, match="closed"):
        led.stats()


def test_missing_file_read_only(tmp_path):
    with pytest.raises(LedgerNotFound, match="no ledger"):
        Ledger(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()


def test_missing_directory(tmp_path):
    with pytest.raises(LedgerError, match="does not exist"):
        Ledger(tmp_path / "no" / "such" / "dir.duckdb")


def test_other_files_are_refused(tmp_path):
    text = tmp_path / "notes.duckdb"
    text.write_text("shopping list\n")
    with pytest.raises(NotALedger, match="not a DuckDB database"):
        Ledger(text)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE orders (id INTEGER)")
    con.close()
    with pytest.raises(NotALedger, match="orders"):
        Ledger(other)
    with pytest.raises(NotALedger):
        Ledger(other, read_only=True)
    assert isinstance(NotALedger("x", "y"), ClaimLedgerError)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    with Ledger(path) as led:
        led.connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaTooNew, match="version 99"):
        Ledger(path)


def _python(code: str, *args: str, **kw) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                            stdout=subprocess.PIPE, text=True, **kw)


@pytest.mark.slow
def test_locked_by_another_process(tmp_path):
    path = tmp_path / "locked.duckdb"
    holder = _python("""
        import sys, time
        from claimledger.store.ledger import Ledger
        led = Ledger(sys.argv[1])
        print("open", flush=True)
        time.sleep(60)
    """, str(path))
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(LedgerLocked, match=r"in use by another process \(.*PID"):
            Ledger(path)
        with pytest.raises(LedgerLocked):
            Ledger(path, read_only=True)
    finally:
        holder.kill()
        holder.wait()
    with Ledger(path) as led:  # the lock dies with the process
        assert counts(led) == (0, 0, 0)


# -- crash consistency -------------------------------------------------------------------------

WRITER = """
    import sys, time
    from claimledger.model import Claim, Document, Quantity, Segment, SegmentRef, claim_id_for
    from claimledger.store.ledger import Ledger

    # a slow disk: each table's insert takes a while, so kills land inside the transaction
    real_insert = Ledger._insert
    def slow_insert(self, table, rows):
        real_insert(self, table, rows)
        time.sleep(0.02)
    Ledger._insert = slow_insert

    path, run, per_batch, per_doc = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with Ledger(path) as led:
        # checkpoint often, so kills also land while the WAL is folded into the file
        led.connection.execute("SET wal_autocheckpoint = '256KB'")
        b = 0
        while True:
            batch = []
            for d in range(per_batch):
                lines = [f"Run {run}, batch {b}, page {d}: crew {k} counted {k * 7} gulls."
                         for k in range(per_doc)]
                doc = Document(text="\\n".join(lines), doc_ref=f"{run}/{b}/{d}")
                claims, segs, pos = [], [], 0
                for k, line in enumerate(lines):
                    segs.append(Segment("body", pos, pos + len(line), index=k))
                    n = f"{k * 7}"
                    s = pos + line.rindex(n)
                    span = (s, s + len(n))
                    claims.append(Claim(
                        claim_id_for(doc.doc_id, "quantity", span, "body"), doc.doc_id,
                        doc.doc_ref, "quantity", SegmentRef("body", k), "outlet", line,
                        (pos, pos + len(line)), span,
                        quantity=Quantity(n, float(k * 7), counted="gulls")))
                    pos += len(line) + 1
                batch.append((doc, segs, claims))
            led.add(batch)
            print(b, flush=True)
            b += 1
"""


@pytest.mark.slow
def test_killed_writer_leaves_whole_documents(tmp_path):
    """SIGKILL at arbitrary moments: every stored document has all its segments and claims,
    and batches are all-or-nothing (the document count is a multiple of the batch size)."""
    path = tmp_path / "crash.duckdb"
    per_batch, per_doc = 40, 25
    committed = 0
    for run, delay in enumerate((0.0, 0.03, 0.08, 0.13, 0.31)):
        writer = _python(WRITER, str(path), str(run), str(per_batch), str(per_doc))
        try:
            last = int(writer.stdout.readline())  # at least one batch is in before the kill
            time.sleep(delay)
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
            for line in writer.stdout:
                last = int(line)
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
        committed += last + 1
        # every other run reopens read-only: listing claims right after a crashed ingest, before
        # any writer has replayed the log, must see the same whole documents
        with Ledger(path, read_only=bool(run % 2)) as led:
            _, bad = led.query("""
                SELECT d.doc_ref, d.n_claims,
                       (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS claims,
                       (SELECT count(*) FROM segments s WHERE s.doc_id = d.doc_id) AS segments
                FROM documents d
                WHERE n_claims <> ? OR claims <> ? OR segments <> ?""",
                [per_doc, per_doc, per_doc])
            assert bad == []
            docs, _, claims = counts(led)
            assert docs % per_batch == 0
            assert docs >= committed * per_batch  # every reported batch survived
            assert claims == docs * per_doc


def test_a_version_2_ledger_gains_the_predicate_column_from_its_records(tmp_path):
    path = tmp_path / "v2.duckdb"
    text = "Troops killed 1,200 fighters near the border on Monday, the army said."
    with Ledger(path) as led:
        led.add(analyze_documents_as_batch(text))
        for index in ("claims_doc_id", "claims_source_name", "claims_voice", "claims_counted"):
            led.connection.execute(f"DROP INDEX {index}")  # DuckDB drops no column under an index
        led.connection.execute("ALTER TABLE claims DROP COLUMN predicate")
        led.connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with Ledger(path, read_only=True) as led:  # read as it is: the tracker reads the record
        assert [s.key.predicate for s in led.series()] == ["killed"]
    with Ledger(path) as led:
        assert led.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [(str(SCHEMA_VERSION),)]
        assert led.query("SELECT predicate FROM claims WHERE kind = 'quantity'")[1] == [("killed",)]


def _as_version_3(path, strip_records: bool):
    """A ledger as version 3 wrote it: no ``measured`` column, and (``strip_records``) records
    without the field, as the extractor of that time wrote them."""
    with Ledger(path) as led:
        con = led.connection
        for index in ("claims_doc_id", "claims_source_name", "claims_voice", "claims_counted"):
            con.execute(f"DROP INDEX {index}")  # DuckDB drops no column under an index
        con.execute("ALTER TABLE claims DROP COLUMN measured")
        con.execute("ALTER TABLE claims DROP COLUMN measured_of")
        if strip_records:
            con.execute("UPDATE claims SET record = json_merge_patch(record, "
                        "'{\"quantity\": {\"measured\": null, \"measured_span\": null}}') "
                        "WHERE kind = 'quantity'")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")


def test_a_version_3_ledger_gains_the_measured_column_from_its_records(tmp_path):
    path = tmp_path / "v3.duckdb"
    text = "Sedan sales fell 12.3 percent in March, the company said."
    with Ledger(path) as led:
        led.add(analyze_documents_as_batch(text))
    _as_version_3(path, strip_records=False)
    with Ledger(path) as led:
        assert led.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [(str(SCHEMA_VERSION),)]
        assert led.query("SELECT measured FROM claims WHERE kind = 'quantity'")[1] == [("Sedan sales",)]
        assert [c.quantity.measured for c in led.claims() if c.quantity] == ["Sedan sales"]


def test_measured_stays_null_where_the_old_record_has_none(tmp_path):
    path = tmp_path / "v3old.duckdb"
    with Ledger(path) as led:
        led.add(analyze_documents_as_batch("Sedan sales fell 12.3 percent in March, the company said."))
    _as_version_3(path, strip_records=True)
    with Ledger(path) as led:
        assert led.query("SELECT measured FROM claims WHERE kind = 'quantity'")[1] == [(None,)]


def analyze_documents_as_batch(text):
    from claimledger.model import Document
    from claimledger.pipeline import analyze_documents
    return [(a.document, a.segments, a.claims)
            for a in analyze_documents([Document(text=text, doc_ref="army.txt", published="2020-05-04")])]


# -- the schema, written once (store/schema.py) and described in the README ---------------------

def _schema_from_ddl() -> tuple[dict[str, dict[str, str]], set[str]]:
    """Tables → {column: type} and indexes as ``table(column)``, as DuckDB reads ``schema.DDL``."""
    from claimledger.store.schema import DDL

    con = duckdb.connect()
    con.execute(DDL)
    tables: dict[str, dict[str, str]] = {}
    for table, column, dtype in con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "ORDER BY table_name, ordinal_position").fetchall():
        tables.setdefault(table, {})[column] = dtype
    indexes = set()
    for (sql,) in con.execute("SELECT sql FROM duckdb_indexes()").fetchall():
        table, column = re.search(r"ON (\w+)\s*\((.*?)\)", sql).groups()
        indexes.add(f"{table}({column.strip(chr(34))})")
    con.close()
    return tables, indexes


_COLUMN = re.compile(r"`([a-z_]+)(?: ([A-Z]+(?:\[\])?))?`")


def _schema_from_readme() -> tuple[dict[str, dict[str, str | None]], set[str], str]:
    """Tables → {column: type or None} and indexes named in the README's schema section.

    A table is a line starting with its name in backticks (``name`` or ``name(col, col TYPE)``);
    its columns are the backticked lower-case names (``name`` or ``name TYPE``) on the indented
    lines under it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The ledger (DuckDB schema)", 1)[1].split("\n## ", 1)[0]
    tables: dict[str, dict[str, str | None]] = {}
    indexes: set[str] = set()
    current = None
    for line in section.splitlines():
        header = re.match(r"`(\w+)(?:\((.*?)\))?`", line)
        if header:
            current = tables.setdefault(header.group(1), {})
            for part in filter(None, (p.strip() for p in (header.group(2) or "").split(","))):
                name, _, rest = part.partition(" ")
                current[name] = rest if rest and rest != "PK" else None
        elif line.startswith((" ", "\t")) and current is not None:
            for name, dtype in _COLUMN.findall(line):
                current[name] = dtype or current.get(name)
        else:
            current = None
        if line.startswith("Indexes:") or (indexes and line.startswith("`")):
            indexes.update(re.findall(r"`(\w+\(\w+\))`", line))
    return tables, indexes, section


def test_readme_describes_the_schema_of_the_ddl():
    """Every table, column and index of ``schema.DDL`` is in the README's schema section, with its
    type where the README gives one, and the README names nothing the DDL lacks."""
    from claimledger.store.schema import SCHEMA_VERSION

    ddl_tables, ddl_indexes = _schema_from_ddl()
    doc_tables, doc_indexes, section = _schema_from_readme()
    assert set(doc_tables) == set(ddl_tables)
    for table, columns in ddl_tables.items():
        assert set(doc_tables[table]) == set(columns), f"README vs DDL for {table}"
        for column, dtype in doc_tables[table].items():
            if dtype is not None:
                assert dtype == columns[column], f"{table}.{column}: README says {dtype}"
    assert doc_indexes == ddl_indexes
    assert f"Schema version {SCHEMA_VERSION}." in section
    assert "claimledger/store/schema.py" in section


def test_the_arrow_schemas_mirror_the_ddl():
    """Documents, segments and sources are inserted column for column from Arrow tables."""
    from claimledger.store.schema import ARROW_SCHEMAS

    ddl_tables, _ = _schema_from_ddl()
    for table in ("documents", "segments", "sources"):
        assert ARROW_SCHEMAS[table].names == list(ddl_tables[table])
