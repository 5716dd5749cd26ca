"""Revisions a page states, and money placed by the same figure on its page (issue 17, points 5
and 6), on pages written for these tests."""
import pytest

from claimledger.model import Document
from claimledger.pipeline import analyze_documents
from claimledger.store.ledger import Ledger
from claimledger.track.revised import located, old_figure_at, old_figure_of, says_revised, states_revision

REVISED = ("The statistics office said the previous month's export volume was revised to 412.6 "
           "million tonnes from 415.3 million tonnes, while the three-month average rose to "
           "409.1 million tonnes from 405.2 million tonnes.")


def test_the_figure_after_from_in_a_revision_sentence_is_the_one_replaced():
    surfaces = ["412.6 million tonnes", "415.3 million tonnes", "409.1 million tonnes", "405.2 million tonnes"]
    assert states_revision(REVISED)
    assert old_figure_of(REVISED, surfaces[0], surfaces[1], surfaces)
    # the average's "from" is a change over time, and 412.6 does not replace the average
    assert not old_figure_of(REVISED, surfaces[2], surfaces[3], surfaces)
    assert not old_figure_of(REVISED, surfaces[0], surfaces[3], surfaces)


REPEATED = ("The previous week's reserve level was revised to 512.3 billion dlrs from 512.9 billion, "
            "while the four-week average rose to 512.9 billion dlrs from 510.1 billion.")


def test_a_surface_written_twice_is_two_figures_each_in_its_place():
    # page order gives each "512.9 billion…" figure its own occurrence, whatever its exact words
    figures = [("512.3 billion dlrs", 100), ("512.9 billion", 130), ("512.9 billion", 190), ("510.1 billion", 230)]
    at = located(REPEATED, figures)
    assert at[1][1] < at[2][1]
    assert old_figure_at(REPEATED, at[0], at[1], at)
    # the average's 512.9 is a level of its own, not the figure the revision replaces
    assert not old_figure_at(REPEATED, at[0], at[2], at)
    assert not old_figure_at(REPEATED, at[2], at[3], at)


def test_a_figure_called_revised_is_the_new_one():
    s = "Factory jobs grew 12,000 last month after a revised 20,500 in May."
    assert says_revised(s, "20,500")
    assert not says_revised(s, "12,000")
    # "rose to X from a revised Y": Y is last month's revised figure, not replaced by X
    s2 = "The index was revised and rose to 96.4 from a revised 95.1."
    assert not old_figure_of(s2, "96.4", "95.1", ["96.4", "95.1"])


def test_a_change_over_time_is_no_revision():
    assert not states_revision("Unemployment rose to 6.7 pct from 6.6 pct in January.")


PAGES = [
    Document(doc_ref="w1", published="2021-03-05", outlet="Harbour Wire", format="jsonl",
             title="Port hiring jumps",
             text="The port authority said dock employment rose 3,400 in February. "
                  "This follows a 2,100 gain in January, revised down from a previously reported "
                  "2,900 increase."),
]


@pytest.fixture(scope="module")
def tracked(tmp_path_factory):
    path = tmp_path_factory.mktemp("revised") / "l.duckdb"
    with Ledger(path) as ledger:
        ledger.add([(a.document, a.segments, a.claims) for a in analyze_documents(PAGES)])
    with Ledger(path, read_only=True) as ledger:
        yield ledger.tracked()


def test_a_stated_revision_puts_both_figures_in_one_series_and_is_a_correction(tracked):
    revisions = [(r.before.value, r.after.value, r.kind) for r in tracked.revisions]
    assert (2900, 2100, "correction") in revisions
    series_of = {p.value: s.id for s in tracked.series for p in s.points}
    assert series_of.get(2900) == series_of.get(2100) is not None
    assert not tracked.conflicts


def test_a_measured_rise_is_a_change_unless_it_gives_the_level_reached():
    from claimledger.track.rows import ClaimRow
    from claimledger.track.tracker import _trend_of_predicate

    def row(surface, sentence):
        fields = dict.fromkeys(ClaimRow._fields)
        fields.update(claim_id="c", doc_id="d", doc_ref="d", voice="outlet", surface=surface, value=1.0,
                      approximate=False, sentence=sentence, predicate="rise", measured="dock jobs")
        return ClaimRow(**fields)
    assert _trend_of_predicate(row("1,200", "Dock jobs rose 1,200 in May."), None) == "up"
    assert _trend_of_predicate(row("41,200", "Dock jobs rose to 41,200 in May."), None) is None


def test_a_stated_revision_is_kept_and_read_back(tracked):
    """The replaced figure is named by its claim id, which a kept result stores as a column like
    any other field (a tuple of numbers there made keeping fail on every ledger with a stated
    revision)."""
    from claimledger.track import stored
    back = stored.from_tables(stored.to_tables(tracked))
    assert [(r.before.claim_id, r.after.claim_id, r.kind) for r in back.revisions] == \
        [(r.before.claim_id, r.after.claim_id, r.kind) for r in tracked.revisions]
    revising = [p for s in back.series for p in s.points if p.revises]
    assert revising and all(p.revises in {q.claim_id for s in back.series for q in s.points} for p in revising)


CHANGED = ("The agency said coffee exports were 8.42 million bags in May, a cut of 0.6 million bags "
           "from the 9.03 million figure it published only a week earlier.")
CHANGED_VALUES = {"8.42 million bags": 8.42e6, "0.6 million bags": 0.6e6, "9.03 million": 9.03e6}


def test_an_old_figure_given_as_reported_earlier_is_replaced_past_the_change_between():
    surfaces = list(CHANGED_VALUES)
    assert states_revision(CHANGED)
    assert old_figure_of(CHANGED, surfaces[0], surfaces[2], surfaces, CHANGED_VALUES)
    # without the values the figure between might be another old one: nothing is replaced
    assert not old_figure_of(CHANGED, surfaces[0], surfaces[2], surfaces)
    # a figure between that is not the difference is not the change
    other = dict(CHANGED_VALUES, **{"0.6 million bags": 2.5e6})
    assert not old_figure_of(CHANGED, surfaces[0], surfaces[2], surfaces, other)


@pytest.mark.parametrize("sentence", [
    # a time that may be the old figure's own period: a change over time, not a revision
    "Analysts expect stocks to build 1.5 mln barrels from the 325 mln barrels reported last week.",
    "Sales should rise 17 pct from the 915.7 mln dlrs reported in 1986.",
    "Volume rose to 69,826,000 from the 54,232,000 reported during the same period last year.",
])
def test_an_old_figure_reported_at_a_stated_time_states_no_revision(sentence):
    assert not states_revision(sentence)


def test_estimated_earlier_and_originally_reported_say_the_old_figure_was_replaced():
    s = "The loss was increased to 29.5 mln dlrs from 21.5 mln dlrs estimated earlier."
    assert old_figure_of(s, "29.5 mln dlrs", "21.5 mln dlrs", ["29.5 mln dlrs", "21.5 mln dlrs"])
    s = "Output grew 0.5 pct in May, not 0.3 pct as first reported."
    assert states_revision(s)


CHANGE_PAGES = [
    Document(doc_ref="c1", published="2021-06-10", outlet="Harbour Wire", format="jsonl",
             title="Coffee exports cut",
             text="WASHINGTON, June 10 - The Washington Post said the agriculture department issued a "
                  "new report showing that the country's coffee exports were 8.42 billion dollars in May, "
                  "a reduction of 0.6 billion dlrs from the 9.03 billion figure the department reported "
                  "only two days earlier."),
]


def test_a_figure_reported_days_earlier_is_corrected_and_the_change_between_is_neither(tmp_path):
    path = tmp_path / "changed.duckdb"
    with Ledger(path) as ledger:
        ledger.add([(a.document, a.segments, a.claims) for a in analyze_documents(CHANGE_PAGES)])
    with Ledger(path, read_only=True) as ledger:
        tracked = ledger.tracked()
    assert [(r.before.value, r.after.value, r.kind) for r in tracked.revisions] == [(9.03e9, 8.42e9, "correction")]
    series_of = {p.value: s.id for s in tracked.series for p in s.points}
    assert series_of[9.03e9] == series_of[8.42e9] != series_of[0.6e9]
