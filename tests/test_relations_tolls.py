"""A running toll the page gives in its own voice, then a source's higher one for a later day on
that page: the source's update, never a conflict (a page written for these tests)."""
from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger


TOLL = [
    Document(doc_ref="t1", published="2022-02-10", outlet="Metro Wire", format="jsonl",
             title="Tower collapse in Dravograd",
             text="A residential tower collapsed in Dravograd on Monday night. "
                  "On Tuesday, with more bodies recovered, the confirmed death toll rose to 17. "
                  "On Wednesday officials said a total of 23 people had died. "
                  "Rescuers ended their search on Thursday."),
]


def test_a_source_updates_the_toll_the_page_gave_in_its_own_voice(tmp_path):
    path = tmp_path / "l.duckdb"
    with Ledger(path) as ledger:
        ledger.add([(a.document, a.segments, a.claims) for a in analyze_documents(TOLL)])
    with Ledger(path, read_only=True) as ledger:
        tracked = ledger.tracked()
    assert [(r.before.value, r.after.value, r.kind) for r in tracked.revisions] == [(17, 23, "update")]
    assert not tracked.conflicts
