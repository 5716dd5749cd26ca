"""A quotation continued across paragraphs is one statement (measured on PolNeAR train): a paragraph
quoted throughout, with no cue of its own, goes on with the cued statement the paragraph before
ended with — its speaker, cue and source spans (document offsets), whether that paragraph closed
its quote ('"A," she said.' / '"B."') or left it open ('"A …' / '"B."')."""
from claimledger import analyze
from claimledger.extract.quotes import all_quoted, left_open


#: a first line the page reader takes for the headline, so the quotes below are body paragraphs
HEADLINE = "Town news of the week\n\n"


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def test_a_quoted_paragraph_after_a_closed_quote_shares_its_cue_and_speaker():
    text = (HEADLINE + '"The reservoir is lower than at any time since the drought began," Lena Voss, the water '
            'board\'s engineer, said on Monday.\n\n'
            '"We will ask every household to cut its use by a fifth until the autumn rains arrive."\n')
    first = [c for w, c in statements(text) if w.startswith("The reservoir")]
    second = [c for w, c in statements(text) if w.startswith("We will ask")]
    assert first and second, statements(text)
    assert second[0].cue_span == first[0].cue_span and second[0].source_span == first[0].source_span
    assert text[second[0].cue_span[0]:second[0].cue_span[1]] == "said"
    assert second[0].source.name == "Lena Voss"


def test_a_quote_left_open_runs_on_into_the_next_paragraph():
    text = (HEADLINE + 'Tomas Berg, who chairs the harbour committee, said: "The ferries will run every hour from '
            'May, and the new pier will open in June.\n\n'
            '"After that, we expect the old quay to close for repairs that will take a full year."\n')
    pieces = [c for w, c in statements(text) if c.quote == "direct"]
    assert len(pieces) == 2, statements(text)
    assert pieces[0].cue_span == pieces[1].cue_span and pieces[1].cue_span is not None
    assert pieces[1].source.name == "Tomas Berg"


def test_a_quoted_paragraph_with_its_own_cue_keeps_its_own():
    text = (HEADLINE + '"The clinic will stay open on weekends," Ruth Amsel said at the meeting.\n\n'
            '"We have hired two more nurses for the night shift," added Karl Dunn, the director.\n')
    second = [c for w, c in statements(text) if w.startswith("We have hired")]
    assert second and second[0].source.name == "Karl Dunn", statements(text)
    assert text[second[0].cue_span[0]:second[0].cue_span[1]] == "added"


def test_a_paragraph_ending_in_narration_carries_no_quote():
    text = (HEADLINE + '"The road will be closed for a week," Ana Ruiz said.\n\n'
            'Drivers were told to use the coast road instead while the bridge is repaired.\n')
    assert all(not w.startswith("Drivers") or c.cue_span is None for w, c in statements(text))


def test_a_paragraph_left_open_and_one_quoted_throughout():
    assert left_open('He said: "We will build it. And then') is not None
    assert left_open('"We will build it," he said.') is None
    assert all_quoted('"We will build it. Then we will open it."')
    assert all_quoted('"We will build it, and then')
    assert not all_quoted('"We will build it," he said.')
    assert not all_quoted('He said: "We will build it."')
