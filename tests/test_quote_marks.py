"""Quotation marks typed inconsistently still pair: an opening curly mark at a word's end closes
the quote a straight mark opened (pasted text mixes the two)."""
from claimledger.extract.quotes import quote_spans


def test_an_opening_curly_mark_at_a_words_end_closes_a_straight_quote():
    text = 'She wrote: "The plan is sound.“ Then she left.'
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["The plan is sound."]


def test_an_opening_curly_mark_before_a_word_still_opens_a_quote():
    text = 'He called it “a plan” and “a promise.”'
    assert [text[s:e] for s, e in quote_spans(text)] == ["a plan", "a promise."]
