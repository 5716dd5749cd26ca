"""Conflicts, revisions and their absence across pages written for these tests, through the real
pipeline: the contradictions an analyst needs flagged, and the look-alikes that must not be."""

from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger


def ledger_of(tmp_path, *pages):
    docs = [Document(text=text, doc_ref=f"page{i}.txt", published=date, outlet=f"Outlet {i}",
                     url=f"https://outlet{i}.example/story")
            for i, (date, text) in enumerate(pages)]
    led = Ledger(tmp_path / "ledger.duckdb")
    led.add([(a.document, a.segments, a.claims) for a in analyze_documents(docs)])
    return led


def figures(conflicts):
    return sorted(tuple(sorted((c.a.value or c.a.low, c.b.value or c.b.low))) for c in conflicts)


def test_two_tolls_for_one_blast_a_day_apart_conflict(tmp_path):
    with ledger_of(tmp_path,
                   ("2021-05-03", "Police said 12 people were killed in the bombing in Kandahar on Monday."),
                   ("2021-05-04", "Hospital officials said 30 people were killed in the bombing in Kandahar."),
                   ) as led:
        assert figures(led.conflicts()) == [(12, 30)]


def test_killed_and_injured_in_one_blast_do_not_conflict(tmp_path):
    with ledger_of(tmp_path,
                   ("2021-05-03", "Police said 12 people were killed in the bombing in Kandahar on Monday."),
                   ("2021-05-04", "Hospital officials said 30 people were injured in the bombing in Kandahar."),
                   ) as led:
        assert led.conflicts() == []
        assert {s.key.predicate for s in led.series()} >= {"killed", "injured"}


def test_two_sources_on_one_page_disagreeing_conflict(tmp_path):
    text = ("The interior ministry said 5,000 people had fled the floods in Sindh province. "
            "Aid agencies said 50,000 people had fled the floods in Sindh province.")
    with ledger_of(tmp_path, ("2022-08-30", text)) as led:
        assert figures(led.conflicts()) == [(5000, 50000)]


def test_exports_for_two_different_years_do_not_conflict(tmp_path):
    with ledger_of(tmp_path,
                   ("1987-03-05", "The coffee institute said Brazil exported 9.9 mln bags of coffee in 1986."),
                   ("1987-03-06", "Traders said Brazil exported 15 mln bags of coffee in 1985."),
                   ) as led:
        assert led.conflicts() == []


def test_a_forecast_and_shipments_do_not_conflict(tmp_path):
    with ledger_of(tmp_path,
                   ("1987-03-05", "Traders said there were forecasts of 30 mln bags for Brazil's coming coffee crop."),
                   ("1987-03-06", "Exporters said only 230,000 bags of Brazil's coffee had been shipped so far."),
                   ) as led:
        assert led.conflicts() == []


def test_a_company_and_its_short_name_are_one_source(tmp_path):
    text = ("Acme Drilling Co said 780 rigs were working in the United States on Monday. "
            "Acme later said 752 rigs were working in the United States on Monday.")
    with ledger_of(tmp_path, ("1987-04-09", text)) as led:
        assert led.conflicts() == []
