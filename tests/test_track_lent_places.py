"""A count that names no place takes its page's places from a nearby count of the same thing,
but not a list of places another count is spread over (track/keys.lends_places; issue 17).
Pages and sentences written for these tests."""
import datetime as dt

from claimledger.track.keys import lends_places
from claimledger.track.rows import ClaimRow
from claimledger.track.tracker import track


def _count(cid, doc, sentence, value, scope, title, start=0, predicate="idled"):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="outlet", segment_kind="body", span_start=start,
        surface=str(value), value=value, low=None, high=None, approximate=False, unit=None, counted="barges",
        entity=None, scope=scope, source_name=None, source_title=None, source_role=None,
        source_organization=None, time_value=None, time_relation="at", sentence=sentence, url=None,
        outlet="X", published=dt.date(2021, 5, 10), source_kind=None, predicate=predicate,
        span_end=start + len(str(value)), title=title, lead=sentence, measured=None, measured_of=None)


def test_a_list_of_places_is_not_lent_and_two_places_are():
    assert lends_places(("Syria", "Iraq"), "in Syria and Iraq")
    assert not lends_places(("Chile", "Peru", "Bolivia"), "in Chile, Peru and Bolivia")


def test_a_total_does_not_take_the_places_of_a_part_spread_over_a_list():
    rows = [
        _count("a", "d1", "The dockers' walkout has idled 160 barges, a union official said.", 160, None,
                "DOCKERS' STRIKE SPREADS"),
        _count("b", "d1", "He said six barges were idle abroad -- in Chile, Peru, Bolivia and Panama.", 6,
                ["Chile", "Peru", "Bolivia", "Panama"], "DOCKERS' STRIKE SPREADS", start=100),
    ]
    keys = {p.claim_id: s.key for s in track(rows).series for p in s.points}
    assert not {"Chile", "Peru"} & set(keys["a"].scope) and set(keys["b"].scope) == {"Chile", "Peru", "Bolivia", "Panama"}


def test_an_address_of_several_places_is_one_place_and_is_lent():
    assert lends_places(("El Paso", "Texas", "United States"), "A gunman killed 22 people in El Paso, Texas, United States.")
    assert not lends_places(("Chile", "Peru", "Bolivia"), "Ships lay idle in Chile, Peru and Bolivia.")
