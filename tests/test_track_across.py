"""Which series the views list by default (``Series.across``): a series spanning two pages, or
two sources on one page when its key names what the figure is of.  A page where an interviewer
and a scientist both count generic things ("one lever", "two levers") is that page's own talk,
not one quantity two sources give.  A page written for these tests, through the real pipeline."""
from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger

PAGE = Document(
    doc_ref="lab", published="2021-04-02", url="https://science.example/levers", outlet="Science Desk",
    format="jsonl", title="Rats share food, study finds",
    text="Dr Mara Vance said there was one lever in each cage.\n\n"
         "Dr Tomas Reyes said there were two levers in the cage.\n\n"
         "Police said three people died in Lagos on Monday.\n\n"
         "Hospital officials said four people died in Lagos on Monday.")


def test_a_bare_one_page_list_is_not_listed_but_a_placed_count_is(tmp_path):
    path = tmp_path / "l.duckdb"
    with Ledger(path) as led:
        led.add([(a.document, a.segments, a.claims) for a in analyze_documents([PAGE])])
    with Ledger(path, read_only=True) as led:
        every = {s.label: s for s in led.series()}
        shown = {s.label for s in led.series(across=True)}
    levers = [label for label in every if "lever" in label]
    died = [label for label in every if "Lagos" in label]
    assert levers and died, every.keys()
    assert len({p.source_key for p in every[levers[0]].points}) >= 2
    assert not set(levers) & shown and set(died) <= shown
