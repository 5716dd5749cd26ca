"""Whose a measured figure is when its sentence names no owner, and which unit it is in when
its page repeats it without its "per" (track/keys.page_names, sentence_topic, _headline_credit;
track/tracker._per_unit_on_page; issue 17).  Pages and sentences written for these tests."""
import datetime as dt

from claimledger.track.keys import page_names, page_topic, sentence_topic
from claimledger.track.rows import ClaimRow
from claimledger.track.tracker import track


def _row(cid, doc, sentence, value, measured, measured_of=None, unit="USD", title="Harbour board meets",
         lead=None, start=0, published="2021-05-10"):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="outlet", segment_kind="body", span_start=start,
        surface=str(value), value=value, low=None, high=None, approximate=False, unit=unit, counted=None,
        entity=None, scope=None, source_name=None, source_title=None, source_role=None,
        source_organization=None, time_value=None, time_relation="at", sentence=sentence, url=None,
        outlet="X", published=dt.date.fromisoformat(published), source_kind=None, predicate=None,
        span_end=start + len(str(value)), title=title, lead=lead or sentence, measured=measured,
        measured_of=measured_of)


def _series_of(rows):
    return {p.claim_id: s for s in track(rows).series for p in s.points}


def test_every_name_a_headline_shares_with_its_lead_in_headline_order():
    names = page_names("Tariff board warns Ruritania over Freedonia deal",
                       "The board said Ruritania and Freedonia had signed the deal.")
    assert [canonical for _form, canonical in names] == ["Ruritania", "Freedonia"]
    assert page_topic("Tariff board warns Ruritania over Freedonia deal",
                      "The board said Ruritania and Freedonia had signed the deal.") == "Ruritania"


def test_a_figures_sentence_naming_one_of_them_says_which_it_is_about():
    names = (("Ruritania", "Ruritania"), ("Freedonia", "Freedonia"))
    assert sentence_topic("Freedonia's debt stood at 12 billion dollars.", names) == "Freedonia"
    assert sentence_topic("Both Ruritania and Freedonia owe 12 billion dollars.", names) is None
    assert sentence_topic("The debt stood at 12 billion dollars.", names) is None


def test_the_wires_credit_after_a_dash_is_not_the_topic():
    assert page_topic("Harbour fees seen steady - Lantern", "Lantern said the Harbour fees would hold.") == "Harbour"


def test_an_ownerless_figure_belongs_to_the_headline_name_its_sentence_writes():
    lead = "The Harbour League said Freedonia would pay its share."
    rows = [
        _row("a", "p1", "Freedonia's debt to the league is 4.2 billion dollars, the league said.", 4.2e9, "debt",
             title="Harbour League presses Freedonia on debt", lead=lead),
        _row("b", "p2", "Freedonia owes 4.4 billion dollars in debt.", 4.4e9, "debt", "Freedonia",
             title="Freedonia talks", lead="Freedonia began talks.", published="2021-05-12"),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id


def test_a_bare_currency_repeat_takes_the_per_its_page_gives_that_amount():
    rows = [
        _row("a", "p1", "The League kept its price at 23 dollars a barrel.", 23.0, "price", "Harbour League",
             unit="USD/barrel"),
        _row("b", "p1", "It will defend the 23 dollar price all year.", 23.0, "price", "Harbour League",
             start=80),
    ]
    s = _series_of(rows)
    assert s["a"].id == s["b"].id
