"""What one page says about its measured figures: two far-apart figures of one phrase are two
quantities, one exact amount of one owner under two phrases is one, and an ownerless or unplaced
figure joins the one named series of its page (track/measured_split.py,
measured_same_figure.py, measured_on_page.py; issue 17).  Rows written for these tests."""
import datetime as dt

from claimledger.track.measured_key import measured_key
from claimledger.track.rows import ClaimRow
from claimledger.track.tracker import track


def _row(cid, doc, sentence, value, measured, measured_of=None, unit="USD", time=None,
         published="2021-05-10", title="Harbour board meets", source=None, start=0):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="source" if source else "outlet",
        segment_kind="body", span_start=start, surface=str(value), value=value, low=None, high=None,
        approximate=False, unit=unit, counted=None, entity=None, scope=None, source_name=source,
        source_title=None, source_role=None, source_organization=None, time_value=time,
        time_relation="at", sentence=sentence, url=None, outlet="X",
        published=dt.date.fromisoformat(published), source_kind="person" if source else None,
        predicate=None, span_end=start + len(str(value)), title=title, lead=sentence,
        measured=measured, measured_of=measured_of)


def _series_of(rows):
    return {p.claim_id: s for s in track(rows).series for p in s.points}


def test_one_page_giving_one_phrase_two_far_apart_figures_names_two_quantities():
    """The whole (the largest) keeps the series; the part goes to a series of its own."""
    rows = [
        _row("a", "p1", "Ruritania has about 90 billion dollars in debt.", 90e9, "debt", "Ruritania"),
        _row("b", "p1", "It stopped paying interest on 55 billion dollars of debt owed to banks.", 55e9,
             "debt", "Ruritania", start=60),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_a_far_figure_for_another_time_stays_in_the_series():
    rows = [
        _row("a", "p1", "Ruritania's net income was 50 million dollars.", 50e6, "net income", "Ruritania",
             time="2021"),
        _row("b", "p1", "Ruritania's net income was 20 million dollars a year earlier.", 20e6, "net income",
             "Ruritania", time="2020", start=60),
    ]
    s = _series_of(rows)
    assert {s["a"].id, s["b"].id} != {None}  # both are placed
    assert s["a"].key.measured == s["b"].key.measured


def test_one_owner_one_exact_amount_under_two_phrases_on_a_page_is_one_quantity():
    rows = [
        _row("a", "p1", "The Harbour League kept its fixed selling price at 18 dollars a barrel.", 18.0,
             "fixed selling price", "Harbour League", unit="USD/barrel"),
        _row("b", "p1", "Members agreed to defend the 18 dollar reference price.", 18.0, "reference price",
             "Harbour League", unit="USD", start=80),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_one_sentence_giving_one_amount_twice_gives_two_things():
    sentence = "It filed to offer 250 million dollars of debentures and 250 million dollars of notes."
    rows = [
        _row("a", "p1", sentence, 250e6, "debentures", "Harbour League"),
        _row("b", "p1", sentence, 250e6, "notes", "Harbour League", start=40),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_equal_percentages_of_one_owner_are_not_joined_by_their_figure():
    rows = [
        _row("a", "p1", "Ruritania's exports rose 5 percent.", 5.0, "exports", "Ruritania", unit="percent"),
        _row("b", "p1", "Ruritania's imports rose 5 percent too.", 5.0, "imports", "Ruritania",
             unit="percent", start=50),
    ]
    s = _series_of(rows)
    assert s["a"].id != s["b"].id


def test_an_ownerless_phrase_joins_the_one_owned_series_of_its_page_that_holds_its_words():
    rows = [
        _row("a", "p1", "Ruritania's foreign debt stands at 110 billion dollars, the bank said.", 110e9,
             "foreign debt", "Ruritania", title="Figures out"),
        _row("b", "p1", "The total debt was 108 billion dollars at the end of last year.", 108e9,
             "total debt", title="Figures out", start=80),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_a_possessive_ending_or_a_figure_is_no_word_of_the_measured_thing():
    assert measured_key("'s M-1 level") == measured_key("M-1 level")
    assert measured_key("300p") == (None, None)


def test_a_far_figure_given_as_the_earlier_one_stays_in_the_series():
    sentence = "The price of tin climbed to nearly 10.00 dollars an ounce from about 5.70 dollars a month ago."
    rows = [
        _row("a", "p1", sentence, 10.0, "price of tin", "Ruritania", unit="USD/ounce"),
        _row("b", "p1", sentence, 5.7, "price of tin", "Ruritania", unit="USD/ounce", start=40),
    ]
    rows = [r._replace(surface=s) for r, s in zip(rows, ("10.00 dollars", "5.70 dollars"))]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_a_stated_revision_is_never_split_however_far_the_figures():
    sentence = "Ruritania's trade deficit was 3.3 million dollars (revised from 1.7 million) in January."
    rows = [
        _row("a", "p1", sentence, 3.3e6, "trade deficit", "Ruritania", time="2021-01"),
        _row("b", "p1", sentence, 1.7e6, "trade deficit", "Ruritania", time="2021-01", start=60),
    ]
    rows = [r._replace(surface=s) for r, s in zip(rows, ("3.3 million dollars", "1.7 million"))]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_two_pages_giving_one_owner_one_exact_amount_under_phrases_sharing_a_word_join():
    rows = [
        _row("a", "p1", "Ruritania Air's jet order is worth 1.2 billion francs.", 1.2e9,
             "jet order", "Ruritania Air", unit="CHF"),
        _row("b", "p2", "The order value is 1.2 billion francs, Ruritania Air said.", 1.2e9,
             "order value", "Ruritania Air", unit="CHF", published="2021-05-11"),
        _row("c", "p3", "Ruritania Air's fleet is worth 1.2 billion francs.", 1.2e9,
             "fleet value", "Ruritania Air", unit="CHF", published="2021-05-12"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id != s["c"].id
