"""Pages of one story share one topic; a measure that names itself belongs to no page's topic.

Pages composed for these tests (the pattern, not any benchmark's sentences)."""
import datetime as dt

from claimledger.track.measured_key import names_itself
from claimledger.track.rows import ClaimRow
from claimledger.track.stories import fold_names, headline_words, stories, story_topics
from claimledger.track.tracker import track


def _page(title, date="2021-05-03", outlet="Wire"):
    return (title, dt.date.fromisoformat(date) if date else None, outlet)


def test_headline_words_leave_function_words_out_and_fold_plurals():
    assert headline_words("Dockers hold pay talks in Freeport") == {"docker", "hold", "pay", "talk", "freeport"}


def test_pages_a_few_days_apart_sharing_headline_words_are_one_story():
    pages = {
        "a": _page("STRIKING RURITANIAN DOCKERS HOLD PAY TALKS", "2021-05-03"),
        "b": _page("TALKS FAIL TO END RURITANIAN DOCKERS' STOPPAGE", "2021-05-04"),
        "c": _page("RURITANIAN DOCKERS' STOPPAGE ENDS", "2021-07-20"),  # months later: another story
        "d": _page("FREEDONIA CUTS INTEREST RATES", "2021-05-03"),
    }
    assert stories(pages) == [["a", "b"]]


def test_undated_pages_join_only_within_one_outlet():
    pages = {"a": _page("Tycoon makes new Rovers approach", None, "Sports Desk"),
             "b": _page("Mixed reaction to Rovers approach", None, "Sports Desk"),
             "c": _page("Fans cool on Rovers approach", None, "Other Desk")}
    assert stories(pages) == [["a", "b"]]


def test_a_page_without_a_topic_takes_its_storys_and_full_names_fold_to_the_short_one():
    pages = {"a": _page("Harold Tumble makes new Rovers approach", None),
             "b": _page("Irish pair could block Rovers approach", None),
             "c": _page("Q&A: Tumble and his Rovers approach", None)}
    topics = story_topics(pages, {"a": "Harold Tumble", "b": None, "c": "Tumble"})
    assert topics == {"a": "Tumble", "b": "Tumble", "c": "Tumble"}
    assert fold_names(["Harold Tumble", "Tumble", "Rovers"]) == {
        "Harold Tumble": "Tumble", "Tumble": "Tumble", "Rovers": "Rovers"}


def test_pages_with_two_different_topics_are_not_one_story():
    """Interviews of several parties' nominees share headline words, not their subject."""
    pages = {"a": _page("Interviews: Green Unity Party presidential nominee"),
             "b": _page("Interviews: Liberty Union Party presidential nominee")}
    assert stories(pages, {"a": "Green Unity Party", "b": "Liberty Union Party"}) == []
    assert story_topics(pages, {"a": "Green Unity Party", "b": "Liberty Union Party"}) == {
        "a": "Green Unity Party", "b": "Liberty Union Party"}


def _money(cid, doc, title, sentence, value, measured, of=None, unit="pct", date="2021-05-03", trend=None):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="outlet", segment_kind="body", span_start=0,
        surface=str(value), value=value, low=None, high=None, approximate=False, unit=unit, counted=None,
        entity=None, scope=None, source_name=None, source_title=None, source_role=None,
        source_organization=None, time_value=None, time_relation="at", sentence=sentence, url=None,
        outlet="Wire", published=dt.date.fromisoformat(date), source_kind=None, predicate=None,
        span_end=len(str(value)), title=title, lead=sentence, measured=measured, measured_of=of, trend=trend)


def test_one_storys_pay_rise_is_one_series_across_its_pages():
    rows = [
        _money("a", "d1", "Harold Tumble makes new Rovers approach",
               "Harold Tumble values Rovers with a pay rise of 5 pct for players.", 5.0, "pay rise", trend="up"),
        _money("b", "d2", "Tumble's Rovers approach meets resistance",
               "Tumble offered a pay rise of 5 pct, players said.", 5.0, "pay rise"),
    ]
    by_claim = {p.claim_id: s for s in track(rows).series for p in s.points}
    assert by_claim["a"].id == by_claim["b"].id
    assert "rise rise" not in by_claim["a"].label


def test_a_measure_that_names_itself_takes_no_page_topic():
    """The Dow's fall on a page whose headline is about the President and one whose headline is
    about Wall Street is one quantity."""
    rows = [
        _money("a", "d1", "President Hollis calls economy sound",
               "President Hollis said on Monday the economy was sound after the Dow Jones industrial "
               "average fell 300 points.", 300.0, "Dow Jones industrial average", unit="points", trend="down"),
        _money("b", "d2", "Wall Street suffers worst selloff",
               "Wall Street saw the Dow Jones industrial average fall 300 points.", 300.0,
               "Dow Jones industrial average", unit="points", trend="down", date="2021-05-04"),
    ]
    by_claim = {p.claim_id: s for s in track(rows).series for p in s.points}
    assert by_claim["a"].id == by_claim["b"].id


def test_names_itself():
    assert names_itself("the Dow Jones industrial average")
    assert names_itself("M-1 money supply")
    assert not names_itself("foreign debt")
    assert not names_itself("Brazil's total foreign debt")


# --------------------------------------------------------------------------- one body's speakers

def test_an_unnamed_speaker_for_a_body_is_the_body():
    from claimledger.track.keys import body_of
    assert body_of("union officials") == body_of("a union spokesman") == body_of("union leaders") == "union"
    assert body_of("the dockers' union's leaders") == "dockers' union"
    assert body_of("oil traders") is None and body_of("trade sources") is None  # no body
    assert body_of("officials") is None and body_of("Maria Lopez") is None


def test_an_office_names_no_body():
    """"the prime minister" is one person's office, not a spokesman of a "prime"."""
    from claimledger.track.keys import body_of
    assert body_of("the prime minister") is None and body_of("home secretary") is None
    assert body_of("congressional leaders") is None and body_of("the bank's chairman") == "bank"


def _count(cid, doc, sentence, value, source, org=None, date="2021-03-05", kind="unnamed"):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="source", segment_kind="body", span_start=0,
        surface=str(value), value=value, low=None, high=None, approximate=False, unit=None,
        counted="ships", entity=None, scope=["Ruritania"], source_name=source, source_title=None,
        source_role=None, source_organization=org, time_value=None, time_relation="at",
        sentence=sentence, url=None, outlet="Wire", published=dt.date.fromisoformat(date),
        source_kind=kind, predicate="idled", span_end=len(str(value)), title="Dock strike",
        lead=sentence)


def test_one_union_under_three_names_on_three_pages_revises_its_figure():
    """"union officials", the union by its full name, and "a union spokesman" weeks later: one
    source, whose 150 → 90 ships is a revision, not a conflict."""
    rows = [
        _count("a", "d1", "The strike has idled 150 ships, union officials said.", 150, "union officials"),
        _count("b", "d2", "The strike has idled 150 ships, said Ana Ruiz of the National Dockers Union.", 150,
               "Ana Ruiz", org="National Dockers Union", kind="person", date="2021-03-06"),
        _count("c", "d3", "Only 90 ships remain idled by the strike, a union spokesman said.", 90,
               "union spokesman", date="2021-03-25"),
    ]
    tracked = track(rows)
    assert not tracked.conflicts
    assert [(r.before.claim_id, r.after.claim_id) for r in tracked.revisions] == [("a", "c")]
    assert tracked.revisions[0].source == "National Dockers Union"


# --------------------------------------------------------------------------- same amount, one story

def _amount(cid, doc, title, sentence, value, unit="USD", measured=None, date=None):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="outlet", segment_kind="body", span_start=0,
        surface=str(value), value=value, low=None, high=None, approximate=False, unit=unit, counted=None,
        entity=None, scope=None, source_name=None, source_title=None, source_role=None,
        source_organization=None, time_value=None, time_relation="at", sentence=sentence, url=None,
        outlet="Desk", published=dt.date.fromisoformat(date) if date else None, source_kind=None,
        predicate=None, span_end=len(str(value)), title=title, lead=sentence, measured=measured,
        measured_of=None, trend=None)


def test_one_amount_the_words_do_not_name_is_one_quantity_within_its_story():
    """"$4.1bn" on three undated pages of one story (one outlet) whose sentences name no
    quantity is one series; the same amount in another story is another; a page of the story that
    names the quantity with that amount gives the series its name."""
    rows = [
        _amount("a", "d1", "Norvex unit fetches $4.1bn at auction", "The unit went to Stateco for $4.1bn.", 4.1e9),
        _amount("b", "d2", "Norvex unit buyer faces loan claim", "Stateco paid $4.1bn in December.", 4.1e9),
        _amount("c", "d3", "Norvex unit buyer sued", "The $4.1bn sale price was agreed in December.", 4.1e9,
                measured="sale price"),
        _amount("d", "d4", "Harbour bridge opens to traffic", "The bridge cost $4.1bn.", 4.1e9),
    ]
    by_claim = {p.claim_id: s for s in track(rows).series for p in s.points}
    assert by_claim["a"].id == by_claim["b"].id == by_claim["c"].id
    assert by_claim["d"].id != by_claim["a"].id
    assert "sale price" in by_claim["a"].label


def test_durations_are_not_placed_by_their_amount():
    rows = [
        _amount("a", "d1", "Norvex unit fetches $4.1bn at auction", "Two days later the unit was sold.", 2.0,
                unit="days"),
        _amount("b", "d2", "Norvex unit buyer faces loan claim", "Two days after the sale Stateco bought it.", 2.0,
                unit="days"),
    ]
    assert not any(s.documents > 1 for s in track(rows).series)


def _toll(cid, doc, title, sentence, value, date):
    return ClaimRow(
        claim_id=cid, doc_id=doc, doc_ref=doc, voice="outlet", segment_kind="body", span_start=0,
        surface=str(value), value=value, low=None, high=None, approximate=False, unit=None,
        counted="people", entity=None, scope=["Ruritania"], source_name=None, source_title=None,
        source_role=None, source_organization=None, time_value=None, time_relation="at",
        sentence=sentence, url=None, outlet="Desk", published=dt.date.fromisoformat(date),
        source_kind=None, predicate="injured", span_end=len(str(value)), title=title, lead=sentence)


def test_one_places_victims_months_apart_are_two_events():
    """Two earthquakes in one country three months apart: two series; two pages on the first,
    a day apart (no headline words shared but the country), one."""
    rows = [
        _toll("a", "d1", "Earthquake injures 25 in Ruritania", "The quake in Ruritania injured 25 people.", 25,
              "2021-07-15"),
        _toll("b", "d2", "Ruritania tremor: more hurt", "In Ruritania 31 people were injured.", 31, "2021-07-16"),
        _toll("c", "d3", "Aftershocks hit Ruritania", "Aftershocks in Ruritania injured 40 people.", 40, "2021-10-22"),
    ]
    by_claim = {p.claim_id: s for s in track(rows).series for p in s.points}
    assert by_claim["a"].id == by_claim["b"].id != by_claim["c"].id


def test_a_plain_count_on_one_topic_months_apart_is_two_quantities():
    rows = [
        _toll("a", "d1", "Ruritania police stabbing", "Three officers were stabbed in Ruritania.", 3, "2021-03-01"),
        _toll("b", "d2", "Ruritania police scandal", "Two officers in Ruritania deleted the videos.", 2, "2021-09-01"),
    ]
    rows = [r._replace(counted="officers", predicate=None) for r in rows]
    by_claim = {p.claim_id: s for s in track(rows).series for p in s.points}
    assert by_claim["a"].id != by_claim["b"].id
