"""Wire stories: the speaker after a dateline, a body named again by its last word, and a proper
name with its "of"-part, credit the figures they give (sentences composed for these tests)."""
from claimledger import analyze


def quantity_sources(text):
    return {c.quantity.surface: (c.source.name if c.source else None)
            for c in analyze(text) if c.kind == "quantity"}


def test_the_company_after_a_dateline_gives_its_figures():
    text = "OSLO, May 4 - Nordvik Timber Holdings Ltd said it plans a 250 mln crown mill over the next four years."
    got = quantity_sources(text)
    assert got.get("250 mln") == "Nordvik Timber Holdings Ltd", got


def test_a_person_after_a_dateline_gives_his_figures():
    text = ("LISBON, June 9 - Portuguese Fisheries Minister Joao Pereira said catches should rise "
            "about four pct this year, after falling nearly seven pct last year.")
    got = quantity_sources(text)
    assert got.get("nearly seven pct") == "Joao Pereira", got


def test_a_body_named_again_by_its_last_word_keeps_speaking():
    text = ("The Baltic Grain Exchange said volume rose 12 pct in May. "
            "The exchange said turnover for the month was 310 mln dlrs.")
    got = quantity_sources(text)
    assert got.get("310 mln dlrs") == "Baltic Grain Exchange", got


def test_two_bodies_ending_in_the_word_leave_the_speaker_unnamed():
    text = ("The Baltic Grain Exchange and the Oslo Timber Exchange agreed to merge. "
            "The exchange said turnover for the month was 310 mln dlrs.")
    got = quantity_sources(text)
    assert got.get("310 mln dlrs") is None, got


def test_a_thing_named_by_a_bodys_last_word_is_not_that_body():
    text = ("The Baltic Grain Exchange opened on Monday. "
            "The evidence suggested 40 traders had left.")
    got = quantity_sources(text)
    assert got.get("40") != "Baltic Grain Exchange", got


def test_a_proper_name_keeps_its_of_part_after_a_dateline():
    text = ("HALIFAX, Nova Scotia, April 2 - Bank of Nova Scotia said it raised its dividend "
            "to 45 cts a share from 40 cts.")
    got = quantity_sources(text)
    assert got.get("40 cts") == "Bank of Nova Scotia", got


def test_a_speaker_closing_the_sentence_wins_over_a_cue_with_no_speaker():
    text = "Exports are expected to rise to 4.2 billion dlrs from a projected 3.9 billion this year, Halvard Shipping said."
    got = quantity_sources(text)
    assert got.get("4.2 billion dlrs") == "Halvard Shipping", got
    assert got.get("3.9 billion") == "Halvard Shipping", got


def test_a_cue_with_no_speaker_alone_leaves_the_outlets_voice():
    text = "Exports are expected to rise to 4.2 billion dlrs this year."
    got = quantity_sources(text)
    assert got.get("4.2 billion dlrs") is None, got


def test_a_company_name_with_and_after_a_dateline_is_whole():
    text = "DENVER, May 2 - Rocky Ridge and Western Co said it will buy back 41.5 mln dlrs of bonds."
    got = quantity_sources(text)
    assert got.get("41.5 mln dlrs") == "Rocky Ridge and Western Co", got


def test_a_closing_speaker_after_a_list_gives_its_figures():
    text = ("The Malt Board published export figures on Friday. "
            "Norway 41,200 (38,950), Finland 22,310 (24,005), Latvia 9,870 (7,640), the board added.")
    got = quantity_sources(text)
    assert got.get("22,310") == "Malt Board", got


def test_a_closing_speaker_after_two_clauses_gives_their_figures():
    text = ("Trade Secretary Alma Kerr spoke in Leeds on Monday. Wool exports account for one-fifth of output, "
            "and are worth about 1.4 billion dlrs a year, Kerr said.")
    got = quantity_sources(text)
    assert got.get("about 1.4 billion dlrs a year") == "Alma Kerr", got


def test_a_relative_clause_before_the_cue_is_no_closing_speaker():
    text = "The guild does not break out May orders from its three-month average, which it put at 310.5 mln dlrs."
    got = quantity_sources(text)
    assert got.get("three-month") is None, got


def test_put_any_object_at_a_figure_is_an_estimate():
    text = ("The Fisheries Council issued its annual review. "
            "It put this season's herring catch at 41.6 mln tonnes, against 39.2 mln last season.")
    got = quantity_sources(text)
    assert got.get("41.6 mln tonnes") == "Fisheries Council", got


def test_put_a_thing_somewhere_is_no_estimate():
    text = "Workers put the crates at the back of the 14 sheds."
    got = quantity_sources(text)
    assert got.get("14") is None, got


def test_a_forecast_of_a_short_object_at_a_figure_is_the_forecasters():
    text = "Finance Minister Ola Brandt forecast inflation at slightly under three pct for the year."
    got = quantity_sources(text)
    assert got.get("under three pct") == "Ola Brandt", got


def test_a_company_is_not_the_one_its_apposition_names():
    text = ("BOSTON, May 3 - Ardent Holdings Corp, a company formed by Kessler Marlow Brandt and Co, "
            "said it bought about 41.2 mln shares of Tessin Inc.")
    got = quantity_sources(text)
    assert got.get("about 41.2 mln") == "Ardent Holdings Corp", got


def test_said_in_a_statement_that_is_the_sayers():
    text = ("The Nordic Savings Federation said in a statement that its 64 members would cover "
            "deposits up to 75,000 crowns.")
    got = quantity_sources(text)
    assert got.get("64") == "Nordic Savings Federation", got
