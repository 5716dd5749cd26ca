"""A figure whose quantity its sentence leaves out after another source's figure ("X reported the
magnitude was 6.1; Y reported 6.4") is the same quantity, and the two can conflict (pages written
for these tests)."""
from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger

PAGES = [
    Document(doc_ref="q1", published="2023-09-14", outlet="Coast Daily", format="jsonl",
             title="Earthquake strikes off Velmora",
             text="A strong earthquake struck off the coast of Velmora on Wednesday. "
                  "The Velmora Seismic Institute reported the earthquake's magnitude was 6.1; "
                  "the United States Geological Survey reported 6.6. No tsunami warning was issued."),
]


def test_a_gapped_figure_joins_the_other_sources_series_and_conflicts(tmp_path):
    path = tmp_path / "l.duckdb"
    with Ledger(path) as ledger:
        ledger.add([(a.document, a.segments, a.claims) for a in analyze_documents(PAGES)])
    with Ledger(path, read_only=True) as ledger:
        tracked = ledger.tracked()
    series_of = {p.value: s.id for s in tracked.series for p in s.points}
    assert series_of.get(6.1) == series_of.get(6.6) is not None
    assert [(c.a.value, c.b.value) for c in tracked.conflicts] in ([(6.1, 6.6)], [(6.6, 6.1)])

