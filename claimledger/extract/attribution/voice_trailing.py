"""The wire's closing attribution: "Holland 2,444,260 (2,234,049), Belgium 546,423 (595,635),
the board added."; "… and are worth about 2.5 billion dlrs a year, Bennett said."

Wire copy puts the speaker last, after a comma, behind content the parser does not read as the
cue's clause: a list with no verb, two conjoined clauses, a clause it hangs elsewhere.  No cue
then finds a content, and every figure of the sentence stays in the outlet's voice although the
sentence ends by saying whose figures they are.  When a sentence no statement touches ends in
", <speaker> <speech verb> [a short phrase]." (", the company said in a statement.",
", Bennett told reporters."), everything before that comma is the speaker's.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from claimledger.extract.actors import dateline_end
from claimledger.extract.attribution.content import near_quotes, quote_kind, trim
from claimledger.extract.attribution.content_unresolved import unresolved_pronoun_source
from claimledger.extract.attribution.cues import hand_listed
from claimledger.extract.attribution.record import Statement
from claimledger.extract.attribution.speakers import SpeakerMemory, describe_speaker
from claimledger.extract.tree import text_of
from claimledger.lexicon import attribution as lex

#: at most this many words between the closing comma and the cue: the speaker's phrase
MAX_SPEAKER_WORDS = 10
#: at most this many words after the cue: "in a statement", "on Tuesday", "reporters"
MAX_TAIL_WORDS = 4


def trailing_statements(doc: Doc, memory: SpeakerMemory, found: list[Statement],
                        quotes: list[tuple[int, int]], article_voice: bool) -> list[Statement]:
    """Statements of sentences that end in their speaker and no other statement touches."""
    out = []
    for sent in doc.sents:
        if any(f.start < sent.end_char and sent.start_char < f.end for f in found):
            continue
        st = _closing_statement(doc, sent, memory, quotes, article_voice)
        if st is not None:
            out.append(st)
            memory.remember(st.source, st.via)
    return out


def _closing_statement(doc: Doc, sent: Span, memory: SpeakerMemory, quotes: list[tuple[int, int]],
                       article_voice: bool) -> Optional[Statement]:
    words = [t for t in sent if not t.is_space]
    while words and (words[-1].is_punct or words[-1].is_quote):
        words.pop()
    if len(words) < 6:
        return None
    # the cue: a hand-listed speech verb in the last words, only a short phrase after it
    cue = next((t for t in reversed(words[-(MAX_TAIL_WORDS + 1):]) if t.pos_ in ("VERB", "AUX")), None)
    if cue is None or not hand_listed(cue) or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[cue.i + 1:words[-1].i + 1]):
        return None
    comma = next((t for t in reversed(list(doc[sent.start:cue.i])) if t.text == ","), None)
    if comma is None or comma.i <= sent.start + 2:
        return None
    between = [t for t in doc[comma.i + 1:cue.i] if not t.is_punct]
    if not between or len(between) > MAX_SPEAKER_WORDS or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    if any(t.tag_ in ("WDT", "WP", "WP$") for t in between):
        return None  # ", which it put at 910.8 mln dlrs": a relative clause reports its own object
    subj = _speaker_head(between, cue)
    if subj is None:
        return None
    source, sspan = describe_speaker(subj, memory)
    source = unresolved_pronoun_source(subj, source, sspan) if article_voice else source
    if source is None:
        return None
    s = sent.start_char
    end = dateline_end(text_of(doc), s)
    s, e = trim(doc, end if s < end < comma.idx else s, comma.idx)
    if e - s < 10:
        return None
    s, e, quote = quote_kind(near_quotes(quotes, sent), s, e)
    cue_span = (cue.idx, cue.idx + len(cue))
    return Statement(s, e, quote, source, cue.text, cue_span, sspan, (), cue.i)


def _speaker_head(between: list[Token], cue: Token) -> Optional[Token]:
    """The cue's subject among the words before it, else the one word of that phrase whose head
    lies outside it; a pronoun or a noun phrase, never a clause."""
    inside = {t.i for t in between}
    subj = next((t for t in between if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == cue.i), None)
    if subj is not None:
        return subj
    roots = [t for t in between if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if roots[0].pos_ == "PRON" and roots[0].lower_ not in lex.PERSON_PRONOUNS | lex.GROUP_PRONOUNS:
        return None
    return roots[0]
