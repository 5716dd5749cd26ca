"""A question asserts nothing: a quantity in an interrogative sentence, or anywhere in an
interviewer's turn, makes no quantity claim, whoever asks (a source's rhetorical "Why would
anyone back a party with 2 seats?" presupposes, it does not state; the statement itself stays
the source's words).  A declarative sentence around it keeps its claims."""
from claimledger import analyze


def quantities(text):
    return [c for c in analyze(text) if c.kind == "quantity"]


def test_a_question_in_the_outlets_voice_makes_no_claim():
    found = quantities("How many voters will turn out on 4 May? Officials expect 40,000 voters.")
    assert [c.quantity.value for c in found] == [40000], found


def test_the_interviewers_turn_makes_no_claims():
    text = ("Jane Roe is standing in the by-election.\n\n"
            "((WN)) : Your party has won 3 seats in 20 years. What is one key issue you would act on?\n\n"
            "((Jane Roe)) : We want to build 500 homes.")
    found = quantities(text)
    assert [c.quantity.value for c in found] == [500], found
    assert found[0].source is not None and found[0].source.name == "Jane Roe", found


def test_a_sources_rhetorical_question_keeps_the_statement_not_the_number():
    text = "((Jane Roe)) : We want to build 500 homes. Why would anyone wait 10 more years? We will not."
    claims = analyze(text)
    assert [c.quantity.value for c in claims if c.kind == "quantity"] == [500], claims
    assert any(c.kind == "statement" and "10 more years" in c.sentence for c in claims), claims


def test_an_interviewer_known_by_a_handle_asks_and_the_interviewee_answers():
    text = ("((KTR)) : Your party won 4 seats last time. Will you do better?\n\n"
            "((Jane Roe)) : We expect to win 9 seats.\n\n"
            "((KTR)) : What will you do about the 300 closed schools?\n\n"
            "((Jane Roe)) : We will reopen 120 of them. Who would not?")
    values = sorted(c.quantity.value for c in quantities(text))
    assert 4 not in values and 300 not in values, values
    assert 9 in values, values


def test_a_title_that_ends_in_a_question_mark_does_not_make_a_question():
    found = quantities("The singer has released six top 10 albums since the hit song What's My Name?")
    assert [c.quantity.value for c in found][:1] == [6], found
    assert not quantities("Did the singer release six albums after Who Are You?")
