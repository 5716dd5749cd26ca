"""Wire stories: the speaker after a dateline, a body named again by its last word, and a proper
name with its "of"-part, credit the figures they give (sentences composed for these tests)."""
import pytest

from claimledger import analyze


def quantity_sources(text):
    return {c.quantity.surface: (c.source.name if c.source else None)
            for c in analyze(text) if c.kind == "quantity"}


#: (what the case shows, text, a figure's surface, whom it is credited to; None: the outlet)
CASES = [
    ("the_company_after_a_dateline_gives_its_figures",
        "OSLO, May 4 - Nordvik Timber Holdings Ltd said it plans a 250 mln crown mill over the next four years.",
        "250 mln", "Nordvik Timber Holdings Ltd"),
    ("a_person_after_a_dateline_gives_his_figures",
        "LISBON, June 9 - Portuguese Fisheries Minister Joao Pereira said catches should rise "
        "about four pct this year, after falling nearly seven pct last year.",
        "nearly seven pct", "Joao Pereira"),
    ("a_body_named_again_by_its_last_word_keeps_speaking",
        "The Baltic Grain Exchange said volume rose 12 pct in May. "
        "The exchange said turnover for the month was 310 mln dlrs.",
        "310 mln dlrs", "Baltic Grain Exchange"),
    ("two_bodies_ending_in_the_word_leave_the_speaker_unnamed",
        "The Baltic Grain Exchange and the Oslo Timber Exchange agreed to merge. "
        "The exchange said turnover for the month was 310 mln dlrs.",
        "310 mln dlrs", None),
    ("a_proper_name_keeps_its_of_part_after_a_dateline",
        "HALIFAX, Nova Scotia, April 2 - Bank of Nova Scotia said it raised its dividend "
        "to 45 cts a share from 40 cts.",
        "40 cts", "Bank of Nova Scotia"),
    ("a_cue_with_no_speaker_alone_leaves_the_outlets_voice",
        "Exports are expected to rise to 4.2 billion dlrs this year.",
        "4.2 billion dlrs", None),
    ("a_company_name_with_and_after_a_dateline_is_whole",
        "DENVER, May 2 - Rocky Ridge and Western Co said it will buy back 41.5 mln dlrs of bonds.",
        "41.5 mln dlrs", "Rocky Ridge and Western Co"),
    ("a_closing_speaker_after_a_list_gives_its_figures",
        "The Malt Board published export figures on Friday. "
        "Norway 41,200 (38,950), Finland 22,310 (24,005), Latvia 9,870 (7,640), the board added.",
        "22,310", "Malt Board"),
    ("a_closing_speaker_after_two_clauses_gives_their_figures",
        "Trade Secretary Alma Kerr spoke in Leeds on Monday. Wool exports account for one-fifth of output, "
        "and are worth about 1.4 billion dlrs a year, Kerr said.",
        "about 1.4 billion dlrs a year", "Alma Kerr"),
    ("a_relative_clause_before_the_cue_is_no_closing_speaker",
        "The guild does not break out May orders from its three-month average, which it put at 310.5 mln dlrs.",
        "three-month", None),
    ("put_any_object_at_a_figure_is_an_estimate",
        "The Fisheries Council issued its annual review. "
        "It put this season's herring catch at 41.6 mln tonnes, against 39.2 mln last season.",
        "41.6 mln tonnes", "Fisheries Council"),
    ("put_a_thing_somewhere_is_no_estimate",
        "Workers put the crates at the back of the 14 sheds.",
        "14", None),
    ("a_forecast_of_a_short_object_at_a_figure_is_the_forecasters",
        "Finance Minister Ola Brandt forecast inflation at slightly under three pct for the year.",
        "under three pct", "Ola Brandt"),
    ("a_company_is_not_the_one_its_apposition_names",
        "BOSTON, May 3 - Ardent Holdings Corp, a company formed by Kessler Marlow Brandt and Co, "
        "said it bought about 41.2 mln shares of Tessin Inc.",
        "about 41.2 mln", "Ardent Holdings Corp"),
    ("said_in_a_statement_that_is_the_sayers",
        "The Nordic Savings Federation said in a statement that its 64 members would cover "
        "deposits up to 75,000 crowns.",
        "64", "Nordic Savings Federation"),
]


@pytest.mark.parametrize("text, surface, source", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_figure_is_credited_to_whoever_gives_it(text, surface, source):
    got = quantity_sources(text)
    assert got.get(surface) == source, got


def test_a_thing_named_by_a_bodys_last_word_is_not_that_body():
    text = ("The Baltic Grain Exchange opened on Monday. "
            "The evidence suggested 40 traders had left.")
    got = quantity_sources(text)
    assert got.get("40") != "Baltic Grain Exchange", got


def test_a_speaker_closing_the_sentence_wins_over_a_cue_with_no_speaker():
    text = "Exports are expected to rise to 4.2 billion dlrs from a projected 3.9 billion this year, Halvard Shipping said."
    got = quantity_sources(text)
    assert got.get("4.2 billion dlrs") == "Halvard Shipping", got
    assert got.get("3.9 billion") == "Halvard Shipping", got


def test_we_speaks_for_the_writer_not_the_last_body_named():
    """"we" as a cue's subject outside a quote is the writer (or the person interviewed), like
    "I": never the organisation the paragraph named last."""
    text = ("The Harbour Gazette reports that dock strikes are spreading. "
            "We see a repeat of the 1990 stoppage coming, with 4,000 dockers out.")
    seen = [c for c in analyze(text) if c.kind == "statement" and c.cue == "see"]
    assert len(seen) == 1 and (seen[0].source is None or seen[0].source.name is None), seen
