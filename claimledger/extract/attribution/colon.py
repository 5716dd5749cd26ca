"""Speakers written before a colon: transcripts ("PENCE: We will …", "JAKE TAPPER: …"), headlines
and live blogs ("Pat Caddell: Democrat voters worried …"), where no verb reports; and the
punctuation frames of a direct quote that report it whatever the verb: a speaker's clause ending
in a colon before the quote, and a quote closing on a comma, '!' or '?' before its speaker's
clause ('"Go home," Ms. X barked')."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.attribution.content import near_quotes, quote_kind, trim
from claimledger.extract.attribution.record import Statement
from claimledger.extract.attribution.cues import subject_of
from claimledger.extract.attribution.speakers import SpeakerMemory, _can_speak, describe_speaker
from claimledger.extract.quotes import quote_spans
from claimledger.extract.tree import first_token_from, sentence_of, text_of
from claimledger.lexicon import attribution as lex
from claimledger.model import Source


def colon_statements(doc: Doc, memory: SpeakerMemory) -> list[Statement]:
    """'PENCE: We will …', 'Pat Caddell: Democrat voters worried …', 'EXCLUSIVE – Roger Stone:
    Don't …': a line opening with a person's or body's name (or a name in capitals, as
    transcripts write speakers) and a colon; the content is the rest of the line."""
    text = text_of(doc)
    out = []
    if ":" not in text:
        return out
    for colon in doc:
        if colon.text != ":" or colon.i == 0 or colon.i + 3 >= len(doc):
            continue
        line_start = text.rfind("\n", 0, colon.idx) + 1
        if colon.idx - line_start > 120:
            continue  # a name is short: a colon far into the line is ordinary punctuation
        first = first_token_from(doc, line_start)
        before = [t for t in doc[first.i:colon.i] if not t.is_space] if first is not None else []
        if not before or len(before) > lex.HEADLINE_SOURCE_MAX_TOKENS + 2:
            continue
        last = before[-1]
        ent = next((e for e in doc.ents if e.start <= last.i < e.end and e.end == colon.i), None)
        caps = last.text.isupper() and len(last.text) > 1 and last.is_alpha
        if ent is not None and ent.label_ not in ("PERSON", "ORG"):
            if not caps:
                continue
            ent = None  # "IV" read as a numeral: initials in capitals
        quoted_line = _quoted_rest(text, colon)
        named = quoted_line and len(before) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in before)
        if ent is None and not caps and not named:
            continue
        start = ent.start if ent is not None else last.i
        if any(t.pos_ == "VERB" for t in doc[before[0].i:start]):
            continue  # "Here is what he said:" — a verb before the name: an ordinary colon
        line_end = text.find("\n", colon.idx)
        line_end = len(text) if line_end < 0 else line_end
        s, e = trim(doc, colon.idx + 1, line_end)
        if len(text[s:e].split()) < 3:
            continue
        if ent is None and named and not caps:  # "Fiorina: 'Bill's fair game.'": a name the parser missed
            name = " ".join(t.text for t in before)
            source = memory.person_by_surname(last.text) or memory.know(Source(name, kind="person"))
            sspan = (before[0].idx, last.idx + len(last))
        elif ent is None:  # "PENCE", "NG": a surname or the initials of a person named before
            source = memory.person_by_surname(last.text.title()) or memory.person_by_initials(last.text)
            sspan = (last.idx, last.idx + len(last))
            run = _caps_run(before)
            if source is None and len(run) >= 2:  # "JAKE TAPPER": a full name in capitals
                source = memory.know(Source(" ".join(w.text.title() for w in run), kind="person"))
                sspan = (run[0].idx, last.idx + len(last))
            if source is None:
                continue
        else:
            source, sspan = describe_speaker(ent.root, memory)
            if source is None:
                continue
        near = near_quotes(quote_spans(text), sentence_of(colon))
        s, e, quote = quote_kind(near, s, e)
        out.append(Statement(s, e, quote, source, ":", (colon.idx, colon.idx + 1), sspan, (), colon.i))
    return out



#: marks that open a headline's quoted words, single ones included ('Trump: \'We will win.\'')
_LINE_QUOTE_OPEN = "\"'‘“"
#: marks that close them
_LINE_QUOTE_CLOSE = "\"'’”"


def _quoted_rest(text: str, colon: Token) -> bool:
    """The rest of the line after the colon is one quotation, in single or double marks."""
    line_end = text.find("\n", colon.idx)
    rest = text[colon.idx + 1:len(text) if line_end < 0 else line_end].strip().rstrip(";.,")
    return len(rest) > 2 and rest[0] in _LINE_QUOTE_OPEN and rest[-1] in _LINE_QUOTE_CLOSE


def _caps_run(before: list[Token]) -> list[Token]:
    """The words in capitals that end right before the colon ("JAKE TAPPER")."""
    run: list[Token] = []
    for w in reversed(before):
        if not (w.is_alpha and w.text.isupper()):
            break
        run.insert(0, w)
    return run


def verb_colon_quotes(doc: Doc, quotes: list[tuple[int, int]], memory: SpeakerMemory) -> list[Statement]:
    """'Mr. Christie gloated: "…"', 'As the professor put it: "…"': a clause whose subject can
    speak, ending in a colon that opens a quotation. The colon and the quote report the words
    whatever the verb (any verb, not only a listed cue); the quote is the content, direct."""
    text = text_of(doc)
    out = []
    for colon in doc:
        if colon.text != ":" or colon.i == 0:
            continue
        after = colon.idx + 1
        while after < len(text) and text[after] in " \t":
            after += 1
        quote = next((q for q in quotes if after <= q[0] <= after + 2 and not text[after:q[0]].strip("\"'“”«„‘")), None)
        if quote is None or any(q[0] < colon.idx < q[1] for q in quotes):
            continue
        verb = _clause_verb(colon)
        if verb is None:
            continue
        subj = subject_of(verb)
        if subj is None or subj.i > verb.i or not _can_speak(subj):
            continue
        source, sspan = describe_speaker(subj, memory)
        if source is None:
            continue
        s, e, kind = quote_kind([quote], *trim(doc, quote[0], quote[1]))
        # the cue runs from the verb to the colon ('fired back forcefully:'), as PolNeAR marks it
        out.append(Statement(s, e, kind, source, verb.lemma_.lower(), (verb.idx, colon.idx + 1),
                             sspan, (), verb.i))
    return out


#: how a quote ends when the clause after it reports it: '"…," she', '"…!" he', '"…?" they'
_REPORTED_QUOTE_END = ",!?"
#: at most this many tokens from the quote to the reporting verb ('"…," a young woman exclaimed')
MAX_SPEAKER_TOKENS = 6


def verb_after_quotes(doc: Doc, quotes: list[tuple[int, int]], memory: SpeakerMemory) -> list[Statement]:
    """'"Go back home," Trump barked', '"Mexico!" the audience screamed back', '"Why?" asked Ms. X':
    a quotation closing on a comma, '!' or '?' right before a short clause whose subject can speak.
    The punctuation reports the words whatever the verb; the quote is the content, direct."""
    text = text_of(doc)
    out = []
    for q0, q1 in quotes:
        if not text[q0:q1].rstrip()[-1:] in _REPORTED_QUOTE_END or quote_inside_phrase(doc, q0):
            continue
        after = q1
        while after < len(text) and text[after] in "\"'”» ":
            after += 1
        first = first_token_from(doc, after)
        if first is None or first.idx != after or first.is_punct or any(q[0] <= after < q[1] for q in quotes):
            continue
        window = doc[first.i:min(first.i + MAX_SPEAKER_TOKENS, len(doc))]
        verb = next((t for t in window if t.pos_ == "VERB" and t.dep_ not in ("amod", "relcl")
                     and not (t.dep_ == "acl" and t.tag_ != "VBD" and t.tag_ != "VBN")), None)
        if verb is None or any(t.is_punct for t in doc[first.i:verb.i]):
            continue
        # '"Go home," Trump barked': the parser hangs the verb on the name as a modifier
        subj = verb.head if verb.dep_ == "acl" and verb.head.i < verb.i else _subject_after(verb, first)
        if subj is None or not (subj.left_edge.i == first.i or verb.i == first.i and subj.i > verb.i) \
                or not (_can_speak(subj) or subj.pos_ == "PRON"):
            continue
        st = quote_statement(doc, subj, verb, q0, q1, memory)
        if st is not None:
            out.append(st)
    return out


def quote_statement(doc: Doc, subj: Token, verb: Token, q0: int, q1: int, memory: SpeakerMemory) -> Optional[Statement]:
    """The statement of one quotation ``q0``–``q1`` spoken by ``subj`` through ``verb``: every
    frame that pairs a quote with a speaker's clause ends here, so the speaker is described and
    the quote trimmed and typed one way.  None when the subject names no speaker."""
    source, sspan = describe_speaker(subj, memory)
    if source is None:
        return None
    s, e, kind = quote_kind([(q0, q1)], *trim(doc, q0, q1))
    return Statement(s, e, kind, source, verb.lemma_.lower(), (verb.idx, verb.idx + len(verb)), sspan, (), verb.i)


#: quotation marks skipped when looking for the word before a quote
_MARKS = "\"'“”‘’«»„"


def quote_inside_phrase(doc: Doc, q0: int) -> bool:
    """The quote stands inside a phrase of the writer's sentence: after a preposition, a
    possessive or a verb ('on ABC's "This Week," Carson admitted', 'an interview with "The View,"
    remarking', 'said he would "protect our citizens," the crowd applauded'), it is a title or
    words worked into the sentence, not words the clause after it reports.  Used here and by the
    cue verbs' own '"…," X said' reading (statements.py).  PolNeAR train: relation F1 0.6810 ->
    0.6823, direct-quote F1 0.9377 -> 0.9406 (precision 0.941 -> 0.948)."""
    first = first_token_from(doc, q0)
    i = first.i - 1 if first is not None else len(doc) - 1
    while i >= 0 and doc[i].text.strip(_MARKS) == "":
        i -= 1
    if i < 0 or doc[i].idx + len(doc[i]) > q0:
        return False
    prev = doc[i]
    return prev.pos_ in ("ADP", "AUX", "SCONJ") or prev.tag_ == "POS"


def _subject_after(verb: Token, first: Token) -> Token | None:
    """The verb's subject, taken from the clause after the quote: '"…, but they [award] only 4
    percent," Robby Mook said' — the parser, thrown by a bracket or a second clause in the quote,
    hangs the reporting verb on the quote and gives it two subjects, the quote's 'they' first.
    The speaker stands after the quote's close, so a subject inside the quote is passed over."""
    subj = subject_of(verb)
    if subj is None or subj.i >= first.i:
        return subj
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= first.i), subj)


def _clause_verb(colon: Token) -> Token | None:
    """The verb of the clause the colon closes: its head, or the head's verb when the colon hangs
    on an object or adverbial ('gave the technique a whirl in an interview:')."""
    head = colon.head
    for _ in range(3):
        if head.pos_ == "VERB" and head.i < colon.i:
            return head
        if head.head is head:
            return None
        head = head.head
    return None


def lead_in_speaker(doc: Doc, memory: SpeakerMemory) -> Statement | None:
    """'Dr. Ward stated:' or 'the campaign issued the following statement:' closing a paragraph:
    the quotation that opens the next paragraph is that speaker's. Returns a template statement
    (no offsets) for the next paragraph's quote, or None."""
    text = text_of(doc).rstrip()
    if not text.endswith(":"):
        return None
    colon = next((t for t in reversed(doc) if t.text == ":"), None)
    if colon is None or colon.idx != len(text) - 1:
        return None
    verb = _clause_verb(colon)
    if verb is None:
        return None
    subj = subject_of(verb)
    if subj is None or subj.i > verb.i or not _can_speak(subj):
        return None
    source, _ = describe_speaker(subj, memory)
    if source is None:
        return None
    return Statement(0, 0, "direct", source, verb.lemma_.lower())
