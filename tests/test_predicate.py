"""A count's predicate — what it says happened to the counted things — on sentences written for
these tests, through the real spaCy pipeline."""
import pytest

from claimledger.extract.predicate import predicate_of
from claimledger.extract.quantities.find import find_quantities


def predicates(nlp, text):
    doc = nlp(text)
    return {q.surface: predicate_of(doc, q.start, q.counted_end or q.end) for q in find_quantities(doc)}


@pytest.mark.parametrize("text", [
    "Only about 1,000 fighters remain in the province, a spokesman said.",
    "The rebel group has about 3,000 fighters in the north.",
    "There are fewer than 3,000 militants left in the valley.",
    "Up to 3,000 fighters are still in the mountains.",
    "The alliance estimated 1,000 fighters in the region.",
    "Officials put the number of fighters at 3,000.",
    "The army said the number of fighters had dropped to 1,000.",
    "Police counted 5,000 protesters in the square.",
    "The 1,000 fighters remaining in the city are surrounded.",
    "Rebel fighters number about 1,000 in the north.",
])
def test_saying_the_things_exist_gives_no_predicate(nlp, text):
    assert set(predicates(nlp, text).values()) == {None}


@pytest.mark.parametrize("text, surface, expected", [
    ("Government troops killed 1,200 rebels in the battle.", "1,200", "killed"),
    ("The army said 438 rebels were taken prisoner.", "438", "captured"),
    ("At least 12 people were killed and 40 injured in the blast.", "At least 12", "killed"),
    ("At least 12 people were killed and 40 injured in the blast.", "40", "injured"),
    ("The death toll rose to 45 on Tuesday.", "45", "killed"),
    ("Officials put the death toll at 45.", "45", "killed"),
    ("Police arrested 35 protesters outside the embassy.", "35", "captured"),
    ("About 20,000 people fled their homes after the floods.", "About 20,000", "displaced"),
    ("The storm left 300 families homeless.", "300", "displaced"),
    ("Another 56 miners were trapped underground for a day.", "Another 56", "trap"),
    ("The cooperative exported 250,000 tonnes of cocoa last season.", "250,000 tonnes", "exported"),
    ("Exports of 9.9 mln bags were recorded last year.", "9.9 mln", "exported"),
    ("Only 230,000 bags had been shipped by the end of the month.", "Only 230,000", "shipped"),
    ("The port has a loading capacity of around 100,000 bags a day.", "around 100,000", "capacity"),
    ("Traders heard forecasts of 30 mln bags for the next crop.", "30 mln", "forecast"),
    ("Export registrations totalled around 5.5 mln bags.", "around 5.5 mln", "registration"),
    ("Car output was 160,000 cars last week.", "160,000", "produced"),
    ("The dealer sold 1,500 cars in the model year.", "1,500", "sold"),
    ("Regional sales totalled 500 cars in the model year.", "500", "sold"),
    ("The walkout has idled 160 ships in various ports.", "160", "idled"),
    ("The affected areas include eight districts in the north.", "eight", "include"),
])
def test_the_predicate_is_read_from_the_parse(nlp, text, surface, expected):
    assert predicates(nlp, text)[surface] == expected


def test_a_headline_credit_line_is_not_a_predicate(nlp):
    assert set(predicates(nlp, "About 1,000 rebels remain in the hills: army spokesman").values()) == {None}
    assert set(predicates(nlp, "Army: rebels down to 1,000 fighters").values()) == {None}


def test_a_part_of_a_group_reads_the_group_verb(nlp):
    assert predicates(nlp, "The rebels said 80 of their fighters had been killed.")["80"] == "killed"


def test_a_known_set_does_not_take_what_it_does_as_its_predicate(nlp):
    assert predicates(nlp, "The union said the six big banks sent a letter to the lender.")["six"] is None
    assert predicates(nlp, "None of the four big banks has a branch on the island.")["four"] is None
    assert predicates(nlp, "Its 65 members are honouring the picket lines.")["65"] is None
    assert predicates(nlp, "The two men were killed on the road.")["two"] == "killed"
    assert predicates(nlp, "Forty members went on strike on Monday.")["Forty"] == "go"


@pytest.mark.parametrize("text, surface, expected", [
    ("About 2,000 residents have left their homes in the valley.", "About 2,000", "displaced"),
    ("Fewer than 800 residents remain outside their homes.", "Fewer than 800", "displaced"),
    ("About 2,000 residents are still away from their homes.", "About 2,000", "displaced"),
    ("Some 300 families lost their houses in the fire.", "Some 300", "displaced"),
    ("More than 5,000 residents have been evacuated.", "More than 5,000", "displaced"),
    ("About 500 residents returned to their homes on Friday.", "About 500", "return"),
])
def test_people_out_of_their_homes_are_displaced_however_it_is_said(nlp, text, surface, expected):
    assert predicates(nlp, text)[surface] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("More than 100,000 people are believed to have been killed in the region.", "More than 100,000", "killed"),
    ("About 2,000 fighters are thought to remain in the hills.", "About 2,000", None),
    ("Some 20 people are feared dead after the landslide.", "Some 20", "killed"),
    ("More than 100,000 people are thought to have downloaded the game.", "More than 100,000", "download"),
])
def test_hearsay_verbs_pass_the_count_to_the_verb_they_introduce(nlp, text, surface, expected):
    assert predicates(nlp, text)[surface] == expected


@pytest.mark.parametrize("text, surface", [
    ("The dockers, who say they have made idle 158 barges, held talks.", "158"),
    ("The strike has made an estimated 160 barges idle.", "an estimated 160"),
    ("The dockers said that 80 barges were strike-bound.", "80"),
    ("Six barges lay idle in the northern ports.", "Six"),
])
def test_things_kept_from_working_are_idled_however_it_is_said(nlp, text, surface):
    """Issue 17, point 4: a predicate is read as its meaning, not its verb."""
    assert predicates(nlp, text)[surface] == "idled"


def test_an_adjective_after_the_number_is_no_predicate_and_a_destination_is_not_idle(nlp):
    assert predicates(nlp, "The yard made 158 new barges last year.")["158"] == "make"
    assert predicates(nlp, "Some 40 barges bound for Rotterdam were delayed.")["Some 40"] != "idled"


def test_whose_reckoning_a_total_is_says_nothing_happened(nlp):
    found = predicates(nlp, "Later the count gave him a total by the league's reckoning of 279 points "
                            "to the rival's 214, or 290 points by the board's reckoning.")
    assert found["279 points"] is None and found["290 points"] is None


@pytest.mark.parametrize("text, surface", [
    ("The blockade has cut fuel and food and made an estimated 90 trawlers idle.", "an estimated 90"),
    ("The storm made some 40 ferries idle for a week.", "some 40"),
])
def test_a_small_clause_after_an_estimate_is_still_read(nlp, text, surface):
    """"made an estimated 160 ships idle": the parser hangs the noun on the adjective as a
    noun-phrase adverb after "an estimated"; it is the same small clause."""
    assert predicates(nlp, text)[surface] == "idled"


def test_a_verb_of_choosing_passes_its_subject_on_and_a_wish_does_not(nlp):
    found = predicates(nlp, "After the ruling, 12,000 dockers decided to remain on strike.")
    assert found["12,000"] is None  # they remain: the strikers exist
    assert predicates(nlp, "The union said 300 nurses voted to strike on Monday.")["300"] == "strike"
    assert predicates(nlp, "A poll found 200 tenants wanted to stay.")["200"] == "want"
