"""What a user saw first on a ledger of interviews and election reports (issue 17 item 8):
"one of the four candidates" read as a count of one, the "two" of a "two-party-preferred vote"
as a count of parties, every candidate's share of the vote held by no one (so all merged), and
an interviewer's question as a claim.  Sentences composed for these tests."""
import pytest

from claimledger.extract.attribution.questions import in_direct_question
from claimledger.extract.quantities.find import find_quantities


def surfaces(nlp, text):
    return [q.surface for q in find_quantities(nlp(text))]


@pytest.mark.parametrize("text, kept", [
    ("The paper interviewed one of the three contenders in the mayoral race.", ["three"]),
    ("One of the 12 trapped miners was brought up on Sunday.", ["12"]),
    ("She was one of the ten finalists.", ["ten"]),
])
def test_one_of_the_n_things_is_a_pronoun_and_n_stays(nlp, text, kept):
    assert surfaces(nlp, text) == kept


@pytest.mark.parametrize("text, kept", [
    ("Labor took the seat with 58% of the two-party-preferred vote.", ["58%"]),
    ("The army bought four-wheel-drive trucks.", []),
    ("Her shop became a one-stop-shop for the town.", []),
])
def test_a_number_inside_a_hyphenated_modifier_counts_nothing(nlp, text, kept):
    assert surfaces(nlp, text) == kept


@pytest.mark.parametrize("text, value", [
    ("The company announced a two-for-one stock split.", 2),
    ("The flight took three-and-a-half hours.", 3.5),
])
def test_ratios_and_fractions_in_hyphen_chains_stay(nlp, text, value):
    assert [q.value for q in find_quantities(nlp(text))][:1] == [value]


@pytest.mark.parametrize("text, holder", [
    ("Maria Lopez, the state treasurer, won the primary with 41.2% of the vote.", "Maria Lopez"),
    ("Tom Baker received 12% of the vote.", "Tom Baker"),
    ("Lopez lost the runoff to Baker, securing about 45% of votes.", "Lopez"),
])
def test_a_share_of_the_vote_is_held_by_who_won_it(nlp, text, holder):
    q = next(q for q in find_quantities(nlp(text)) if q.kind == "percent")
    assert (q.measured, q.measured_of) == (q.measured, holder)
    assert q.measured.startswith("vote")


@pytest.mark.parametrize("text, asks", [
    ("What is one thing in your district that needs fixing?", True),
    ("How many of the 40 staff will keep their jobs?”", True),
    ("Twelve people were hurt, police said.", False),
])
def test_a_direct_question_claims_nothing(nlp, text, asks):
    doc = nlp(text)
    digit = next(t for t in doc if t.like_num)
    assert in_direct_question(doc, digit.idx) is asks
