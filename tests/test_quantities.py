"""Quantity mentions on sentences written for these tests (run through the real pipeline)."""
import pytest

from claimledger.extract.quantities.find import find_quantities


def quantities(nlp, text):
    doc = nlp(text)
    qs = find_quantities(doc)
    for q in qs:
        assert doc.text[q.start:q.end] == q.surface
        if q.counted_start is not None:
            assert doc.text[q.counted_start:q.counted_end] == q.counted
        if q.measured_start is not None:
            assert doc.text[q.measured_start:q.measured_end] == q.measured
    return qs


def only(nlp, text):
    qs = quantities(nlp, text)
    assert len(qs) == 1, [q.surface for q in qs]
    return qs[0]


# --- the founding example's phrases ---------------------------------------------------------------

def test_only_about_1000_isis_members(nlp):
    q = only(nlp, "Only about 1,000 ISIS members remain on the battlefield in Syria and Iraq.")
    assert (q.surface, q.value, q.approximate, q.counted, q.hedges, q.change) == (
        "Only about 1,000", 1000, True, "ISIS members", ("only", "about"), "~")


def test_less_than_3000_is_an_upper_bound(nlp):
    q = only(nlp, "Up until today, we had an estimate of less than 3,000, the colonel said.")
    assert (q.surface, q.value, q.low, q.high, q.change) == ("less than 3,000", None, None, 3000, "<")


def test_spelt_out_approximate_count(nlp):
    q = only(nlp, "They claimed that there were around twenty six Thousand ISIS members left.")
    assert (q.value, q.approximate, q.counted) == (26000, True, "ISIS members")


@pytest.mark.parametrize("text, value, counted", [
    ("It looks like only 1000 IS remain to change sides.", 1000, None),
    ("They are supporting only 1,000 terrorists in the region.", 1000, "terrorists"),
])
def test_only_is_a_hedge_not_a_bound(nlp, text, value, counted):
    q = only(nlp, text)
    assert (q.value, q.low, q.high, q.hedges[0]) == (value, None, None, "only")
    if counted:
        assert q.counted == counted


@pytest.mark.parametrize("text", [
    "Will we see a repeat of 2013/2014?",
    "The spokesman said so on December 26.",
])
def test_founding_example_non_quantities(nlp, text):
    assert quantities(nlp, text) == []


# --- values, bounds, ranges, approximation ---------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, low, high, approximate, change", [
    ("At least 45 sailors were rescued.", "At least 45", None, 45, None, False, ">"),
    ("The hall seats over 1,000 guests.", "over 1,000", None, 1000, None, False, ">"),
    ("The bridge took more than 12 years to build.", "more than 12 years", None, 12, None, False, ">"),
    ("Tickets cost up to $80 each.", "up to $80", None, None, 80, False, "<"),
    ("As many as 30 horses escaped.", "As many as 30", None, None, 30, False, "<"),
    ("The lake is roughly 9 km wide.", "roughly 9 km", 9, None, None, True, "~"),
    ("Some 300 volunteers cleaned the beach.", "Some 300", 300, None, None, True, "~"),
    ("The stone weighed nearly 70 kg.", "nearly 70 kg", 70, None, None, True, "~"),
    ("Repairs may cost between 5 and 6 million euros.", "between 5 and 6 million euros",
     None, 5e6, 6e6, False, "="),
    ("Turnout fell somewhere from 45% to 60% in the north.", "45% to 60%", None, 45, 60, False, "="),
    ("The storm left 2,000–3,000 homes without power.", "2,000–3,000", None, 2000, 3000, False, "="),
    ("The ferry carries 150 cars.", "150", 150, None, None, False, "="),
])
def test_values_and_bounds(nlp, text, surface, value, low, high, approximate, change):
    q = only(nlp, text)
    assert (q.surface, q.value, q.low, q.high, q.approximate, q.change) == (
        surface, value, low, high, approximate, change)


@pytest.mark.parametrize("text, counted", [
    ("Dozens of fishermen protested at the harbour.", "fishermen"),
    ("Hundreds of cyclists joined the ride.", "cyclists"),
    ("Tens of thousands of bees died.", "bees"),
])
def test_vague_amounts_have_no_value(nlp, text, counted):
    q = only(nlp, text)
    assert (q.value, q.low, q.high, q.approximate, q.counted) == (None, None, None, True, counted)


# --- units ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Inflation reached 7.5% in the spring.", 7.5, "percent"),
    ("The levy is 12 per cent of profit.", 12, "percent"),
    ("The council spent $2bn on roads.", 2e9, "USD"),
    ("The fine was 5 million US dollars.", 5e6, "USD"),
    ("A ticket costs €40 at the door.", 40, "EUR"),
    ("The firm paid £1,200 in fees.", 1200, "GBP"),
    ("The deal was worth 92 million yuan.", 92e6, "CNY"),
    ("The trail is 14 miles long.", 14, "mi"),
    ("The tower is 37m tall.", 37, "m"),
    ("The truck carried 12 tonnes of grain.", 12, "t"),
    ("Winds reached 120 mph on the coast.", 120, "mph"),
    ("The train runs at 300 km/h.", 300, "km/h"),
    ("The trial lasted six weeks.", 6, "weeks"),
    ("A magnitude 6.1 quake struck at dawn.", 6.1, "magnitude"),
    ("Rent is $1,500 a month.", 1500, "USD/month"),
])
def test_units(nlp, text, value, unit):
    q = only(nlp, text)
    assert (q.value, q.unit, q.counted) == (value, unit, None)


def test_million_suffix_before_a_plural_noun(nlp):
    q = only(nlp, "The album sold 2.4m physical copies.")
    assert (q.value, q.unit, q.counted) == (2.4e6, None, "physical copies")


# --- counted things -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, counted", [
    ("Rescuers found 200 makeshift homes along the river.", 200, "makeshift homes"),
    ("The club sold 1.5 million season tickets.", 1.5e6, "season tickets"),
    ("Police said 1,000 of the protesters left.", 1000, "protesters"),
    ("She owns three vintage cars.", 3, "vintage cars"),
])
def test_counted(nlp, text, value, counted):
    q = only(nlp, text)
    assert (q.value, q.counted) == (value, counted)


@pytest.mark.parametrize("text, part, whole, counted", [
    ("About 300 of the 1,200 workers were laid off.", 300, 1200, "workers"),
    ("Some 25 of Acme's 90 stores will close.", 25, 90, "stores"),
    ("Up to 3,000 of the town's 8 000 residents left.", 3000, 8000, "residents"),
])
def test_a_part_counts_the_wholes_things_not_its_number(nlp, text, part, whole, counted):
    qs = {(q.value or q.high): q for q in quantities(nlp, text)}
    assert qs[part].counted == counted and qs[whole].counted == counted


@pytest.mark.parametrize("text", [
    "The magnitude of the tremor was 5.9, the institute said.",
    "Its magnitude was 5.9.",
])
def test_a_scale_word_as_subject_is_the_numbers_unit(nlp, text):
    assert [(q.value, q.unit) for q in quantities(nlp, text)] == [(5.9, "magnitude")]


def test_percentages_have_no_counted_thing(nlp):
    assert only(nlp, "About 40% of voters stayed home.").counted is None


# --- trends ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trend", [
    ("The index rose 5% on Monday.", "up"),
    ("Shares fell by 3 points after the report.", "down"),
    ("The currency was up 2% against the euro.", "up"),
    ("Exports dropped about 4 percent last year.", "down"),
])
def test_trends(nlp, text, trend):
    q = only(nlp, text)
    assert (q.trend, q.change) == (trend, trend)


@pytest.mark.parametrize("text", [
    "The firm cut 300 jobs this year.",          # a counted thing is not a trend
    "She gave up 12 points in the final set.",  # "gave up" is not "up"
    "The price climbed to $40.",                # the level reached, not the change
])
def test_not_trends(nlp, text):
    assert all(q.trend is None for q in quantities(nlp, text))


def test_restatement_inherits_trend(nlp):
    qs = quantities(nlp, "The index was up 12 points, or 0.4%, by noon.")
    assert [(q.value, q.trend) for q in qs] == [(12, "up"), (0.4, "up")]


# --- not quantities -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The law was passed in 2019.",
    "Fashion in the 1990s was loud.",
    "The meeting is on 26 December 2017.",
    "The shop opens at 9:30 a.m. daily.",
    "The store closes at 10pm.",
    "Her son, aged 25, lives abroad.",
    "A 25-year-old man was arrested.",
    "Jane Miller, 42, runs the bakery.",
    "The 30-year-old bridge will be replaced.",
    "She finished 3rd in the race.",
    "Call 555-123-4567 for details.",
    "Flight 610 landed safely.",
    "He bought a Boeing 737 for the airline.",
    "It became a Category 5 storm overnight.",
    "The A496 was closed for hours.",
    "Rules on COVID-19 were eased.",
    "Leaders of the G7 met in June.",
    "Section 230 protects platforms.",
    "One of them said the plan would fail.",
    "No one came to the meeting.",
    "The bill passed on 12/26 after a long debate.",
])
def test_not_quantities(nlp, text):
    assert quantities(nlp, text) == [], [q.surface for q in quantities(nlp, text)]


def test_list_numbering_is_not_a_quantity(nlp):
    qs = quantities(nlp, "Steps:\n1. Mix 200 grams of flour.\n2. Bake.")
    assert [(q.value, q.unit) for q in qs] == [(200, "g")]


def test_text_without_numbers_costs_no_quantities(nlp):
    assert quantities(nlp, "Nothing to count here, only words.") == []


def test_offsets_index_the_document(nlp):
    text = "Officials said 45 people died.\n\nLater, over 1,000 residents fled."
    for q in quantities(nlp, text):
        assert text[q.start:q.end] == q.surface


# --- ages: left out by default, reported with kind "age" on request --------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("A 62 year-old farmer was found on Tuesday.", 62, "years"),
    ("The 8-month-old puppy was adopted.", 8, "months"),
    ("Volunteers aged 30 were invited.", 30, "years"),
    ("The bridge is 120 years old and needs repair.", 120, "years"),
])
def test_ages_are_kept_apart(nlp, text, value, unit):
    assert quantities(nlp, text) == []
    qs = find_quantities(nlp(text), ages=True)
    assert [(q.value, q.unit, q.kind) for q in qs] == [(value, unit, "age")]


def test_a_range_of_ages_is_an_age(nlp):
    text = "Three pupils between the ages of 12 and 15 were hurt."
    assert [q.surface for q in quantities(nlp, text)] == ["Three"]
    ages = [q for q in find_quantities(nlp(text), ages=True) if q.kind == "age"]
    assert [(q.low, q.high) for q in ages] == [(12, 15)]


def test_a_range_ending_in_an_age(nlp):
    qs = find_quantities(nlp("Fossils from a 90,000 to 120,000 year-old cave floor."), ages=True)
    assert [(q.low, q.high, q.kind) for q in qs] == [(90000, 120000, "age")]


@pytest.mark.parametrize("text, kind", [
    ("Tickets cost $40 each.", "money"), ("Sales rose 4% in May.", "percent"),
    ("The river is 300 km long.", "measure"), ("We met 25 farmers.", "count"),
    ("Dozens of farmers came.", "count"), ("Rents went up 3 percentage points.", "percent"),
])
def test_kind(nlp, text, kind):
    assert only(nlp, text).kind == kind


# --- the counted thing when the noun is left out --------------------------------------------------

@pytest.mark.parametrize("text, surface, counted", [
    ("The landslide buried a village and at least nine died.", "at least nine", "people"),
    ("Gunmen killed four and wounded 23 at the market.", "four", "people"),
    ("Gunmen killed four and wounded 23 at the market.", "23", "people"),
    ("Officials said 60 were missing after the ferry sank.", "60", "people"),
    ("Dozens were hospitalised after the leak.", "Dozens", "people"),
    ("The death toll rose to 31 on Friday.", "31", "deaths"),
])
def test_people_and_deaths_left_unsaid(nlp, text, surface, counted):
    q = next(q for q in quantities(nlp, text) if q.surface == surface)
    assert (q.counted, q.counted_start) == (counted, None)


@pytest.mark.parametrize("text", [
    "Exports rose 12 last month.", "The index lost 40 on Monday.", "Each box holds 24.",
])
def test_no_people_where_none_are_meant(nlp, text):
    assert all(q.counted is None for q in quantities(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("Lunch costs eight or nine euros here.", [("eight or nine euros", "EUR")]),  # one estimate
    ("Pick a 10- or 12-inch pan.", [("10", "in"), ("12-inch", "in")]),
])
def test_alternatives_share_the_unit(nlp, text, expected):
    assert [(q.surface, q.unit) for q in quantities(nlp, text)] == expected


def test_a_part_counts_what_the_whole_counted(nlp):
    qs = quantities(nlp, "About 3 million farms, including 400,000 in the north, were hit.")
    assert [q.counted for q in qs] == ["farms", "farms"]


# --- units -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, unit, approximate", [
    ("The wreck lay some 40\u00a0m (130\u00a0ft) down.", "130\u00a0ft", "ft", True),
    ("Wires carry 2.5 A/mm2 safely.", "2.5 A/mm2", "A/mm2", False),
    ("The tremor's magnitude was 6.2, the agency said.", "6.2", "magnitude", False),
    ("They swam 450m relays in training.", "450m", "m", False),  # (a race named "the 400m hurdles" is no amount)
    ("The app now has 400m users.", "400m", None, False),
])
def test_units_with_their_surface(nlp, text, surface, unit, approximate):
    q = next(q for q in quantities(nlp, text) if q.surface == surface)
    assert (q.unit, q.approximate) == (unit, approximate)


def test_a_bracketed_conversion_keeps_the_bound(nlp):
    qs = quantities(nlp, "The engine makes just over 200 hp (149 kW / 203 PS).")
    assert [(q.unit, q.low) for q in qs] == [("hp", 200), ("kW", 149), ("PS", 203)]


def test_index_level_beside_a_move_in_points(nlp):
    qs = quantities(nlp, "The Hang Seng fell 210.5 points to 17,402.33 on Friday.")
    assert [(q.surface, q.unit, q.trend) for q in qs] == [
        ("210.5 points", "points", "down"), ("17,402.33", "points", None)]


def test_level_then_move(nlp):
    qs = quantities(nlp, "Shanghai Composite (3120.45 down 12.30 points)")
    assert [q.trend for q in qs] == [None, "down"]


# --- what is and is not a number ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Between 1800 and 2200 workers joined the strike.", [(1800, 2200, "workers")]),
    ("The plant employs 1600 to 1900 engineers.", [(1600, 1900, "engineers")]),
    ("From 1995 to 2005 wages stalled.", []),
    ("In 2018 and 2019 farmers protested.", []),
])
def test_four_digit_ranges_of_counts(nlp, text, expected):
    assert [(q.low, q.high, q.counted) for q in quantities(nlp, text)] == expected


def test_a_place_before_a_number_is_not_a_product_name(nlp):
    q = only(nlp, "In Peru 40 died when the bus fell.")
    assert (q.value, q.counted) == (40, "people")


@pytest.mark.parametrize("text", ["For help, call 111 at any time.", "The shop is open 24/7."])
def test_phone_numbers_and_round_the_clock(nlp, text):
    assert quantities(nlp, text) == []


def test_price_pair_with_a_slash_is_a_range(nlp):
    q = only(nlp, "Analysts see the shares at $12/$15 by June.")
    assert (q.low, q.high, q.unit) == (12, 15, "USD")


# --- wire-service abbreviations: units and scales, never the thing counted -----------------------

@pytest.mark.parametrize("text, surface, value, unit", [
    ("The brewer said it earned 7.2 mln dlrs in the half-year.", "7.2 mln dlrs", 7.2e6, "USD"),
    ("Its bid values the miner at 1.4 billion dlrs.", "1.4 billion dlrs", 1.4e9, "USD"),
    ("The insurer made a pre-tax profit of 88 mln stg.", "88 mln stg", 88e6, "GBP"),
    ("Dividends rose to 31 cts a share.", "31 cts a share", 31, "cents/share"),
    ("The shipyard signed a 60 mln dlr credit with its banks.", "60 mln dlr", 60e6, "USD"),
    ("DUTCH BREWER PLANS 90 MLN DLRS BOND", "90 MLN DLRS", 90e6, "USD"),
    ("The port handled goods worth 6.3 bln guilders.", "6.3 bln guilders", 6.3e9, "NLG"),
    ("The carmaker set aside 2.5 billion marks for pensions.", "2.5 billion marks", 2.5e9, "DEM"),
    ("The ferry line was valued at 410 mln Canadian dlrs.", "410 mln Canadian dlrs", 410e6, "CAD"),
    ("Shares traded at 12,400 lire on Tuesday.", "12,400 lire", 12400, "ITL"),
    ("The refiner bought back two mln dlrs of its notes.", "two mln dlrs", 2e6, "USD"),
])
def test_reuters_money_abbreviations_are_units(nlp, text, surface, value, unit):
    q = only(nlp, text)
    assert (q.surface, q.value, q.unit, q.counted, q.kind) == (surface, value, unit, None, "money")


def test_pct_is_a_unit_and_mln_a_scale(nlp):
    qs = quantities(nlp, "The co-op sold one mln bags, 4.5 pct more than planned.")
    assert [(q.value, q.unit, q.counted) for q in qs] == [(1e6, None, "bags"), (4.5, "percent", None)]


def test_marks_after_an_unscaled_number_is_not_money(nlp):
    q = only(nlp, "The pupil scored 17 marks in the test.")
    assert (q.unit, q.counted) == (None, "marks")


@pytest.mark.parametrize("text, surface, value", [
    ("The notes pay a coupon of 9-3/8 pct.", "9-3/8 pct", 9.375),
    ("The spread is 11/16 pct over Libor.", "11/16 pct", 0.6875),
    ("The shares closed at 42-1/4.", "42-1/4", 42.25),
    ("He served 3 1/2 years in prison.", "3 1/2 years", 3.5),
])
def test_mixed_fractions_are_one_number(nlp, text, surface, value):
    q = only(nlp, text)
    assert (q.surface, q.value) == (surface, value)


def test_fractions_in_a_range(nlp):
    q = only(nlp, "The bonds carry a coupon of 6-1/4 to 6-1/2 pct.")
    assert (q.low, q.high, q.unit) == (6.25, 6.5, "percent")


@pytest.mark.parametrize("text, surface, value", [
    ("The cartel pumped 17.5 mln bpd last month.", "17.5 mln bpd", 17.5e6),
    ("Its northern wells yield about 90,000 b/d of crude.", "about 90,000 b/d", 90_000),
    ("The platform's output is 12,000 bopd.", "12,000 bopd", 12_000),
    ("The new pipeline will carry 400,000 barrels per day.", "400,000 barrels per day", 400_000),
])
def test_oil_output_abbreviations_are_a_rate_unit_not_the_counted_thing(nlp, text, surface, value):
    q = only(nlp, text)
    assert (q.surface, q.value, q.unit, q.counted) == (surface, value, "bbl/day", None)


def test_bpd_in_capitals_is_not_read_as_barrels(nlp):
    """'BPD' after a number is as often a police department; only the lower-case wire forms count."""
    q = only(nlp, "Nine BPD officers were hurt in the clashes.")
    assert (q.value, q.unit) == (9, None)


@pytest.mark.parametrize("text, low, high", [
    ("Organisers said 75-100,000 people marched through the city.", 75_000, 100_000),
    ("Between 20-30,000 fans are expected at the stadium.", 20_000, 30_000),
    ("Scores ranged from 1-10,000 points in the trial.", 1, 10_000),
    ("The club sold 2,000-3,000 tickets.", 2_000, 3_000),
])
def test_a_range_shares_the_thousands_of_its_second_end(nlp, text, low, high):
    q = [q for q in quantities(nlp, text) if q.low is not None][0]
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize("text", [
    "The cargo is for April 8-16 delivery.",
    "The talks ran from March 3 to 5 in Geneva.",
])
def test_a_span_of_days_is_not_a_count(nlp, text):
    assert quantities(nlp, text) == []


# --- what each amount measures (issue 16) ---------------------------------------------------------

@pytest.mark.parametrize("text, measured", [
    ("Hatchback sales are down 8.4 percent this year.", ["Hatchback sales"]),  # subject of the verb
    ("The Nikkei lost 210.5 points, or 0.9%, to 23,100.", ["Nikkei", "Nikkei", "Nikkei"]),
    ("The October copper contract was up 3 cents at $2.91 per pound.",
     ["October copper contract", "October copper contract"]),
    ("The Greens won 14% of the vote.", ["vote"]),  # of-phrase on the amount
    ("The jobless rate is 4.7%.", ["jobless rate"]),  # copula
    ("They bought a 20% stake in the brewer.", ["stake in the brewer"]),  # the noun the amount modifies
    ("The new battery extends the flying range by about 12 miles.", ["flying range"]),
    ("The city's budget deficit widened by $3.1 billion to $9.4 billion.",
     ["city's budget deficit", "city's budget deficit"]),
    ("Acme, which employs 4,200 people in Ohio, said profits fell 6%.", ["Acme", "profits"]),
    ("The firm said it has more than 900 clients.", ["firm"]),  # a pronoun's governing subject
    ("The bridge is 1,200 metres long.", ["bridge"]),
    ("Turnover reached 2.3 billion euros ($2.6 billion).", ["Turnover", "Turnover"]),
    ("Group revenue came to $410 million, up 7% from a year earlier.", ["Group revenue"] * 2),
    ("Gold climbed to $1,830 an ounce as the S&P 500 rose 1.2%.", ["Gold", "S&P 500"]),
    # a wire dateline is no subject
    ("LIMA, March 4 (Reuters) - Peru's copper exports fell 6% in February.", ["Peru's copper exports"]),
    ("OSLO - Norway's gas output rose 3% last year.", ["Norway's gas output"]),
    # ... nor when the parser hangs the real subject on it as an apposition
    ("BONN, March 6 - Currency in circulation rose by 1.9 billion marks in the week.",
     ["Currency in circulation"]),
    ("MADRID, March 9 - Spanish bank lending, measured in real terms, fell a provisional two pct "
     "in January.", ["Spanish bank lending"]),
    # a move hangs on the name it follows
    ("The top gainers were Harbor Mills, up 14 cents at $3.10.", ["Harbor Mills", "Harbor Mills"]),
    # a hyphenated name is one word
    ("Nasdaq e-minis fell 30 points.", ["Nasdaq e-minis"]),
])
def test_measured(nlp, text, measured):
    assert [q.measured for q in quantities(nlp, text)] == measured


@pytest.mark.parametrize("text", [
    "Twelve people died in the fire.",        # a count as subject: nothing else is measured
    "She moved back two weeks later.",        # a duration that dates, not a length
    # the one who speaks of an amount is not what it measures
    "Health officials reported 412 new cases on Monday.",
    # "it" never stands for people
    "Regional officials confirmed it had damaged 300 homes.",
])
def test_nothing_measured(nlp, text):
    assert all(q.measured is None for q in quantities(nlp, text))


# --- numbers that are not amounts, or were read wrong (issue 16) ---------------------------------

@pytest.mark.parametrize("text", [
    "The outage began at 0815 UTC on Tuesday.",
    "The airline took delivery of its first 777-8 Freighter.",
    "The carrier flies 787-9 Dreamliner jets.",
    "The Tu-154 and the B737-800 were grounded.",
    "The office moved to 4410 Cedar Ridge Road last year.",
    "Yields on 30-year bonds edged higher.",
    # a maturity names the instrument, spelt out or with a modifier between
    "Dealers bought three-month commercial bills.",
    "The central bank offered one-month certificates of deposit.",
    "Rates on seven-day repurchase agreements eased.",
    "One morning she simply left.",
    "It is one of the oldest bridges in Europe.",
])
def test_pronoun_and_identifier_numbers_are_not_quantities(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text, months", [
    ("The strike lasted three months.", 3),
    ("The ministry imposed a three-month ban on bond trading.", 3),
])
def test_a_duration_that_names_no_instrument_stays_a_quantity(nlp, text, months):
    assert [q.value for q in quantities(nlp, text) if q.unit == "months"] == [months]


def test_a_change_from_one_level_down_to_another_is_no_range(nlp):
    a, b = quantities(nlp, "The agency's budget was cut from $12 billion to $3 billion.")
    assert (a.value, b.value) == (12e9, 3e9) and a.low is None


@pytest.mark.parametrize("text, before, after", [
    ("Membership rose from 200 to 450 last year.", 200, 450),
    ("The storm pushed the number of evacuees up, increasing the official count from twelve to 40.", 12, 40),
    ("The club raised its fee from 5% to 7%.", 5, 7),
])
def test_a_rise_from_one_level_to_another_is_no_range(nlp, text, before, after):
    a, b = quantities(nlp, text)
    assert (a.value, b.value) == (before, after) and a.low is None and b.low is None


@pytest.mark.parametrize("text", [
    "Prices range from 200 to 450 dollars.",
    "The premium has climbed to about 50 dollars from 25 to 30 dollars a year ago.",
    "Staff will be cut by 5 to 10 percent, or from 5 to 10 percent of each team.",
])
def test_from_to_without_a_rise_just_before_stays_a_range(nlp, text):
    assert any(q.low is not None and q.high is not None for q in quantities(nlp, text))


def test_no_longer_than_is_an_upper_bound(nlp):
    q = only(nlp, "Visits may last no longer than 45 minutes.")
    assert (q.high, q.unit, q.change) == (45, "minutes", "<")


@pytest.mark.parametrize("text, value, unit", [
    ("The trial lasted three-and-a-half years.", 3.5, "years"),
    ("Nearly three-quarters of members backed the plan.", 0.75, None),
    ("The lake froze at minus eight degrees.", -8, "degrees"),
    ("The village has 12 500 inhabitants.", 12500, None),
    ("The museum drew 2M visitors.", 2e6, None),
    ("The fund holds A$4.5bn in assets.", 4.5e9, "AUD"),
    ("Output reached 16.6 million tonnes.", 16_600_000, "t"),
    ("The recipe needs 1½ cups of flour.", 1.5, None),
])
def test_number_forms(nlp, text, value, unit):
    q = quantities(nlp, text)[0]
    assert q.value == value and q.unit == unit


@pytest.mark.parametrize("text, surface, measured, owner", [
    # a property in the quantity's own phrase: the clause's subject (or what "its" stands for)
    ("Acme Corp said it would cut 2,000 jobs, or about 8% of its workforce.", "about 8%",
     "workforce", "Acme Corp"),
    ("Portugal can now borrow at an interest rate of 2.1%.", "2.1%", "interest rate", "Portugal"),
    ("The retailer reported a 12% rise in online sales.", "12%", "rise in online sales", "retailer"),
    ("The new sedan has a range of 300 miles.", "300 miles", "range", "new sedan"),
    # read through a verb from the subject: the subject names the thing itself, no holder
    ("Sedan sales fell 12.3 percent in March.", "12.3 percent", "Sedan sales", None),
])
def test_measured_of(nlp, text, surface, measured, owner):
    q = next(q for q in quantities(nlp, text) if q.surface == surface)
    assert (q.measured, q.measured_of) == (measured, owner)


@pytest.mark.parametrize("text, surface, measured", [
    ("Police arrested the suspect 36 minutes after the shooting.", "36 minutes", "shooting"),
    ("The village lies about 70 miles south of Boston.", "about 70 miles", "Boston"),
    ("The ferry sank 12 km off Crete.", "12 km", "Crete"),
    ("She worked for three years as an aide.", "three years", "worked"),
])
def test_offsets_measure_from_their_anchor_and_durations_their_event(nlp, text, surface, measured):
    q = next(q for q in quantities(nlp, text) if q.surface == surface)
    assert q.measured == measured


@pytest.mark.parametrize("text", [
    "It was the best film of the past 25 years.",
    "Prices rose sharply in the last six months.",
])
def test_a_time_window_measures_nothing(nlp, text):
    assert all(q.measured is None for q in quantities(nlp, text))
