"""A country that reports a toll is the scope of that toll: "the next highest country, the
United Kingdom, reporting 37,542 deaths" on one page and the United States' deaths on another are
two countries' tolls, not one series (issue 17 item 8).  Rows composed for this test."""
import datetime as dt

from claimledger.track.rows import ClaimRow
from claimledger.track.tracker import track


def _toll(cid, country, value, date):
    return ClaimRow(
        claim_id=cid, doc_id="doc-" + cid, doc_ref=cid, voice="source", segment_kind="body", span_start=0,
        surface=f"{value:,}", value=value, low=None, high=None, approximate=False, unit=None,
        counted="deaths", entity=None, scope=[], source_name=country,
        source_title=None, source_role=None, source_organization=None, time_value=date,
        time_relation="at", sentence=f"The next country, {country}, reporting {value:,} deaths.",
        url=f"https://x.example/{cid}", outlet="X", published=dt.date.fromisoformat(date),
        source_kind="organization", predicate=None)


def test_tolls_reported_by_two_countries_are_two_series():
    t = track([_toll("a", "United Kingdom", 37542, "2020-05-27"), _toll("b", "China", 4634, "2020-05-28")])
    keys = {p.claim_id: s.key for s in t.series for p in s.points}
    assert keys["a"] != keys["b"]
    assert "United Kingdom" in keys["a"].scope and "China" in keys["b"].scope
