"""A measured head and its synonym from the table derived on the news corpus
(lexicon/measured_synonyms_news.tsv) name one quantity: "bid" and "offer", "bid" and
"takeover offer" meet in one series when everything else of a join holds (same owner, unit and
period, figures of one size); another owner's or a far figure stays apart.  Rows written for
these tests."""
import datetime as dt

from claimledger.lexicon.measured_synonyms import canonical_head, measured_synonyms
from claimledger.track.measured_heads import canonical_words
from claimledger.track.rows import ClaimRow
from claimledger.track.tracker import track


def _row(cid, doc, sentence, value, measured, measured_of=None, unit="USD", published="2021-05-10"):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="outlet",
        segment_kind="body", span_start=0, surface=str(value), value=value, low=None, high=None,
        approximate=False, unit=unit, counted=None, entity=None, scope=None, source_name=None,
        source_title=None, source_role=None, source_organization=None, time_value=None,
        time_relation="at", sentence=sentence, url=None, outlet="X",
        published=dt.date.fromisoformat(published), source_kind=None,
        predicate=None, span_end=len(str(value)), title="Harbour board meets", lead=sentence,
        measured=measured, measured_of=measured_of)


def _series_of(rows):
    return {p.claim_id: s for s in track(rows).series for p in s.points}


def test_the_table_maps_heads_to_a_canonical_head_that_maps_to_itself():
    table = measured_synonyms()
    assert table, "the derived table is empty"
    for head, canon in table.items():
        assert head != canon and canonical_head(canon) == canon


def test_only_the_head_is_rewritten():
    head, canon = next(iter(measured_synonyms().items()))
    assert canonical_words(f"harbour {head}") == ("harbour", canon)
    assert canonical_words(f"{head} harbour") == (head, "harbour")


def test_a_bid_and_an_offer_of_one_owner_join():
    rows = [
        _row("a", "p1", "The Harbour League's bid of 790 million dollars stands.", 790e6, "bid", "Harbour League"),
        _row("b", "p2", "The Harbour League's offer of 800 million dollars was rejected.", 800e6, "offer",
             "Harbour League", published="2021-05-14"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_a_synonym_fits_a_longer_phrase_with_the_canonical_head():
    rows = [
        _row("a", "p1", "The Harbour League's bid is 18 dollars a share.", 18.0, "bid", "Harbour League",
             unit="USD/share"),
        _row("b", "p2", "The Harbour League's takeover offer is 18 dollars a share.", 18.0, "takeover offer",
             "Harbour League", unit="USD/share", published="2021-05-14"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_another_owners_offer_stays_apart():
    rows = [
        _row("a", "p1", "The Harbour League's bid of 790 million dollars stands.", 790e6, "bid", "Harbour League"),
        _row("b", "p2", "Ruritania's offer of 800 million dollars was rejected.", 800e6, "offer", "Ruritania",
             published="2021-05-14"),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_a_far_figure_under_a_synonym_stays_apart():
    rows = [
        _row("a", "p1", "The Harbour League's bid of 790 million dollars stands.", 790e6, "bid", "Harbour League"),
        _row("b", "p2", "The Harbour League's offer of 20 million dollars was rejected.", 20e6, "offer",
             "Harbour League", published="2021-05-14"),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_a_phrase_fitting_two_lines_takes_the_one_with_its_own_head():
    """"offer" fits "takeover offer" as written and "cash bid" only through the synonym: it is the
    takeover offer's figure; before the synonym it was, and the synonym must not undo that."""
    rows = [
        _row("a", "p1", "The Harbour League rejected a 1.3 billion dollar takeover offer.", 1.3e9, "takeover offer",
             "Harbour League"),
        _row("b", "p2", "The offer valued the Harbour League at 1.35 billion dollars.", 1.35e9, "offer",
             "Harbour League", published="2021-05-14"),
        _row("c", "p3", "A rival made a cash bid of 1.4 billion dollars for the Harbour League.", 1.4e9, "cash bid",
             "Harbour League", published="2021-05-15"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id
