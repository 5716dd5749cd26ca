"""Which time of its sentence dates a figure (``extract.period_of_figure``), on sentences written
for these tests: a time that belongs to another figure or to another event is not the figure's."""

from claimledger.pipeline import analyze

PUBLISHED = "1991-04-10"


def _time_of(text: str, surface: str):
    claims = [c for c in analyze(text, published=PUBLISHED) if c.kind == "quantity" and c.quantity.surface == surface]
    assert claims, [c.quantity.surface for c in analyze(text, published=PUBLISHED) if c.kind == "quantity"]
    t = claims[0].time
    return t.value if t else None


def test_a_time_past_another_figure_is_that_figures():
    text = "Ruritania's timber exports fell to 3.42 billion crowns in calendar 1990 from 3.61 billion in 1989."
    assert _time_of(text, "3.42 billion crowns") == "1990"
    assert _time_of(text, "3.61 billion") == "1989"


def test_the_old_side_of_a_comparison_does_not_take_the_new_sides_time():
    text = "The mill's freight bill rose in 1990 to 88.1 mln crowns from 80.4 mln crowns."
    assert _time_of(text, "88.1 mln crowns") == "1990"
    assert _time_of(text, "80.4 mln crowns") != "1990"


def test_a_time_after_a_list_of_figures_dates_them_all():
    text = "The smelter produced 310,000 tonnes of copper and 95,000 tonnes of nickel in 1990."
    assert _time_of(text, "310,000 tonnes") == "1990"
    assert _time_of(text, "95,000 tonnes") == "1990"


def test_a_time_in_a_clause_about_another_event_does_not_date_the_figure():
    text = "The fund, which was launched in August 1988, has attracted 412 mln dlrs from savers."
    assert _time_of(text, "412 mln dlrs") is None or not _time_of(text, "412 mln dlrs").startswith("1988")


def test_a_clause_about_the_figures_own_noun_dates_it():
    text = "The bank holds 52,000 ounces of gold maturing in 1992 at 380 dlrs an ounce."
    assert _time_of(text, "52,000 ounces") == "1992"


def test_a_part_of_a_year_is_that_part_not_the_year():
    import datetime as dt

    from claimledger.track.claim_time import claim_time
    text = "Profit rose to 61.2 mln crowns in the fourth quarter of 1990 from 55.0 mln crowns."
    assert _time_of(text, "61.2 mln crowns") == "1990-Q4"
    q4 = claim_time("1990-Q4", dt.date(1991, 3, 1))
    assert (q4.start, q4.end, q4.basis) == (dt.date(1990, 10, 1), dt.date(1990, 12, 31), "period")
    nine = claim_time("1990-01/1990-09", None)
    assert (nine.start, nine.end) == (dt.date(1990, 1, 1), dt.date(1990, 9, 30))
    # a level at the end of a year is a point then, not the year's total
    assert _time_of("Its debt stood at 4.1 billion crowns at the end of 1990.", "4.1 billion crowns") == "1990-12-31"


def test_a_records_since_is_no_period_and_a_bracketed_equivalent_shares_the_time():
    record = "Bond issues totalled 2.4 billion dlrs, the lowest figure since the second quarter of 1983."
    assert _time_of(record, "2.4 billion dlrs") is None
    converted = "Since 1995, revenue has fallen to just 3.1bn euros (£2.1bn) in 1999."
    assert _time_of(converted, "just 3.1bn euros") == "1999"
