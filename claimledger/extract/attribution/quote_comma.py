"""A speaker's clause ending in a comma before the quotation that closes the sentence: the comma
reports the words whatever the verb ('Ms. Vale cracked, "I'm a moderate …"', 'and then boomed,
"Today, you proved …"', 'called over her shoulder, "His comments …"', 'as the mayor put it, "…"').

The colon frame ('Mr. Christie gloated: "…"') and the comma after a quote ('"…," Trump barked')
live in colon.py; this is the third punctuation frame.  The listed cue verbs already take their
quotes through the parse ('said, "…"'), so this frame only adds the verbs no list holds: on
PolNeAR train the direct quotes missed with their cue before them are mostly such verbs of manner
('shot back', 'cracked', 'boomed', 'jeered', 'put it').
"""
from __future__ import annotations

from spacy.tokens import Doc

from claimledger.extract.attribution.colon import _clause_verb, quote_statement
from claimledger.extract.attribution.cues import subject_of
from claimledger.extract.attribution.record import Statement
from claimledger.extract.attribution.speakers import SpeakerMemory, _can_speak
from claimledger.extract.tree import first_token_from, text_of

#: the marks that may open the quotation right after the comma
_OPENING = "\"“'‘«„"
#: what may follow the quotation's closing mark when the quotation ends the sentence
_SENTENCE_END = " \t.”\"'’»"


def verb_comma_quotes(doc: Doc, quotes: list[tuple[int, int]], memory: SpeakerMemory) -> list[Statement]:
    """'Hillary shot back, "I suppose …"': a quotation opening right after a comma that ends a
    clause whose subject can speak, and running to the end of its sentence or paragraph.  The
    quote is the content, direct; the clause's verb is the cue."""
    text = text_of(doc)
    out = []
    for q0, q1 in quotes:
        before = text[:q0].rstrip(_OPENING).rstrip()
        if not before.endswith(","):
            continue
        comma = first_token_from(doc, len(before) - 1)
        if comma is None or comma.text != "," or comma.i == 0 or any(q[0] < comma.idx < q[1] for q in quotes):
            continue
        if not _ends_sentence(doc, text, q1) or not _sentence_quoted(text[q0:q1]):
            continue
        verb = _last_verb(_clause_verb(comma), comma.i)
        if verb is None:
            continue
        subj = subject_of(verb)
        if subj is None or subj.i > verb.i or not (_can_speak(subj) or subj.pos_ == "PRON"):
            continue
        st = quote_statement(doc, subj, verb, q0, q1, memory)
        if st is not None:
            out.append(st)
    return out


#: fewest words of a quotation read as a sentence, unless it ends in '!' or '?' ("Eww!")
MIN_QUOTED_WORDS = 3


def _sentence_quoted(words: str) -> bool:
    """The quotation reads as words spoken, not a name or title set beside a noun ('the play,
    "Eclipsed."', 'their slogan, "Stronger Together."') or a phrase going on with the writer's
    sentence ('everywhere she went, "sending and receiving …"'): it opens with a capital and has
    a few words or an exclamation or question."""
    words = words.strip(" \t\"'“”‘’")
    if not words[:1].isupper():
        return False
    return len(words.split()) >= MIN_QUOTED_WORDS or words.rstrip("\"'”’ ")[-1:] in "!?"


def _ends_sentence(doc: Doc, text: str, q1: int) -> bool:
    """Only a full stop and closing marks stand between the quotation's end and its sentence's
    or paragraph's end: the quote is what the clause before it leads in, not a phrase inside a
    longer sentence ('called it, "a disgrace," and left')."""
    rest = text[q1:]
    end = rest.find("\n")
    line = rest if end < 0 else rest[:end]
    head = len(line) - len(line.lstrip(_SENTENCE_END))
    if not line[head:].strip():
        return True
    nxt = first_token_from(doc, q1 + head)
    return nxt is not None and nxt.is_sent_start


def _last_verb(verb, before: int):
    """The verb nearest the comma in a chain of coordinated verbs ('drew cheers and then boomed,
    "…"'): the one that leads the quote in; None when no verb stands before the comma."""
    if verb is None or verb.i >= before:
        return None
    while True:
        nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and verb.i < c.i < before), None)
        if nxt is None:
            return verb
        verb = nxt
