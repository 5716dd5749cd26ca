"""Claims assembly: the extractors' records of one document turned into :class:`Claim` records.

The extractors each answer one question about a parsed segment (who said what, which numbers,
which times, which actors); this stage joins their answers: a quantity inside a statement takes
its speaker, cue and time, a bare count takes the thing the same speaker counted just before, a
statement without a date takes the date of the same speaker's last dated statement.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.actors import (
    dateline_end,
    entity_in,
    learn_definitions,
    resolve_alias,
    scope_for,
)
from claimledger.extract.attribution.speakers import _clean_name
from claimledger.extract.attribution.statements import (
    SpeakerMemory,
    Statement,
    find_statements,
    headline_source,
)
from claimledger.extract.attribution.statements import interview_marker
from claimledger.lexicon.attribution import INTERVIEWER_MARKS
from claimledger.extract.predicate import predicate_of
from claimledger.extract.attribution.questions import in_direct_question
from claimledger.extract.quantities.find import QuantityMention, find_quantities
from claimledger.extract.period_of_figure import not_the_figures, time_of_figure
from claimledger.extract.time import TimeMention, find_times, time_for
from claimledger.extract.tree import sentences_between, text_of
from claimledger.extract.quotes import all_quoted, left_open
from claimledger.lexicon.outlets import KNOWN_CHANNELS, OUTLET_HEADS
from claimledger.claims.cue_kind import cue_kind, cue_kind_of_text
from claimledger.claims.coreference import generic_body
from claimledger.claims.headline_speaker import headline_speaker_claims
from claimledger.claims.regions import (
    cell_of,
    cell_quantity,
    cell_time,
    cells_of,
    is_post_statement,
    post_of,
    post_statements,
)
from claimledger.model import (
    Claim,
    Document,
    Quantity,
    Segment,
    SegmentRef,
    Source,
    TimeRef,
    claim_id_for,
)

#: words that mean "the moment of speaking" inside a quote: resolved to the statement's own time
SPEECH_TIME_WORDS = frozenset({"today", "now", "currently", "at present", "this morning", "tonight", "right now"})


def assemble_claims(doc: Document, parsed: list[tuple[Segment, Doc]]) -> list[Claim]:
    """Turn the extractors' records for one document into claims with voice, source and time."""
    doc_id = doc.doc_id
    memory = SpeakerMemory()
    definitions = learn_definitions((doc.title or "") + "\n" + doc.text)
    interviewers = asking_marks(doc.text or "")  # whose turns of an interview ask
    claims: list[Claim] = []
    last_counted: dict[Optional[str], tuple[str, Optional[str]]] = {}  # source name -> (counted, entity)
    last_time: dict[Optional[str], TimeRef] = {}  # source name -> time of their last dated statement
    voice_of_last: Optional[tuple] = None  # the comment or post the previous segment belonged to
    headline = None  # the first headline, for its "Surname: claim" speaker once the page is known
    bodies: list[tuple[int, str]] = []  # organisations the page names, where: for "the company said"
    carried: Optional[_CarriedQuote] = None  # the cued quote the previous paragraph ended with
    for seg, sdoc in parsed:
        base = seg.start
        ref = SegmentRef(seg.kind, seg.comment_index if seg.kind == "comment" else seg.index, seg.author)
        if seg.kind == "headline" and headline is None:
            headline = (seg, sdoc, base, ref, _words_of(doc, seg))
        if not _in_capitals(text_of(sdoc)):  # a wire headline in capitals: its entities are guesses
            after_dateline = dateline_end(text_of(sdoc))  # "NEW YORK, April 9 -": a place, not a body
            bodies += [(-1 if seg.in_title else base + e.start_char, name) for e in sdoc.ents
                       if e.label_ == "ORG" and e.start_char >= after_dateline
                       for name in [_clean_name(e.text)] if _a_body(name)]
        post, cells = post_of(doc, seg), cells_of(doc, seg)
        voice = ("comment", seg.comment_index) if seg.kind == "comment" else ("post", seg.index) if post else None
        if voice is not None and voice != voice_of_last:
            # a reader or poster neither continues the article's quotes nor means its last
            # group by "they": their pronouns find antecedents in their own words
            memory.new_voice()
        voice_of_last = voice
        # a table row has no speaker: its claims are its cells
        statements = find_statements(sdoc, memory, article_voice=voice is None) if cells is None else []
        if post is not None:
            statements = post_statements(sdoc, statements, post)
        if seg.kind == "headline":
            statements += _headline_statements(sdoc)
        times = find_times(sdoc, doc.published)
        quantities = find_quantities(sdoc)
        statement_times: dict[int, Optional[TimeRef]] = {}
        statement_mentions: dict[int, Optional[TimeMention]] = {}  # where each statement's time is

        statements = [_canonical_source(st, definitions) for st in statements]
        # '"B."' after '"A," she said.': a paragraph quoted throughout, with no cue of its own,
        # goes on with the quotation the paragraph before ended with
        continuing = carried if carried is not None and all_quoted(text_of(sdoc)) \
            and seg.kind == carried.kind and all(st.cue_span is None for st in statements) else None
        statements = [_continued(st, continuing) for st in statements]
        spans = [continuing.spans if _continues(st, continuing)
                 else (_shift(st.cue_span, base), _shift(st.source_span, base)) for st in statements]
        carried = _carried_quote(sdoc, seg.kind, statements, spans)
        kinds = [_cue_kind(sdoc, st) for st in statements]
        for k, st in enumerate(statements):
            # the time of speaking is outside the words spoken ("Up until today, …" is quoted)
            outside = [t for t in times if not (st.start <= t.start < st.end) and not getattr(t, "quoted", False)] \
                if st.quote != "indirect" else times
            t = time_for(sdoc, st.cue_span[0], st.cue_span[1], outside) if st.cue_span else None
            t = t or _time_inside(sdoc, st.start, st.end, outside, exclude_speech_time=True)
            statement_times[k], statement_mentions[k] = (_timeref(t) if t else None), t
            if statement_times[k] is None and is_post_statement(st, post):
                statement_times[k] = post.time  # a post's words are dated by the post
            key = st.source.name if st.source else None
            if statement_times[k] is None and key in last_time:
                # "“…,” Dillon said" after "Dillon told Military.com on December 26": the same
                # speaker's later words in the article belong to the occasion already dated
                statement_times[k] = last_time[key]
            elif statement_times[k] is not None and key:
                last_time[key] = statement_times[k]
            sent = _sentence_span(sdoc, st.start, st.end)
            claims.append(Claim(
                claim_id=claim_id_for(doc_id, "statement", (base + st.start, base + st.end), seg.kind),
                doc_id=doc_id, doc_ref=doc.doc_ref, kind="statement", segment=ref,
                voice=_voice(seg, st.source), sentence=_words_of(doc, seg)[sent[0]:sent[1]],
                sentence_span=(base + sent[0], base + sent[1]), span=(base + st.start, base + st.end),
                cue_span=spans[k][0], source_span=spans[k][1],
                source=st.source, cue=st.cue, cue_kind=kinds[k], quote=st.quote, via=st.via,
                time=statement_times[k],
            ))

        if cells is not None:
            quantities = [cell_quantity(q, cell) for q in quantities
                          for cell in [cell_of(cells, q)] if cell is not None]
        asking = interviewer_turn(text_of(sdoc), interviewers)
        figures = [(q.start, q.end) for q in quantities]  # whose each time is (``period_of_figure``)
        for q in quantities:
            if asking or in_direct_question(sdoc, q.start) and not _ends_in_a_title(sdoc, q.start):
                continue  # an interviewer's "What is one key issue …?" asks, it claims nothing
            k, st = _containing_statement(statements, q)
            source = st.source if st else None
            counted, entity = q.counted, None
            if not counted and q.unit is None:
                counted, entity = _actor_after(sdoc, q.end, definitions)
            if counted and entity:
                pass
            elif counted:
                cspan = sdoc.char_span(q.counted_start, q.counted_end, alignment_mode="expand") \
                    if q.counted_start is not None else None
                entity = (entity_in(cspan, definitions) if cspan is not None else None) \
                    or _entity_of_counted(counted, definitions)
            elif q.unit is None and q.value is not None or q.high is not None or q.low is not None:
                # "an estimate of less than 3,000": a bare count continues the thing the same
                # speaker counted just before
                if q.unit is None and source is not None and (source.name in last_counted):
                    counted, entity = last_counted[source.name]
            if counted and source is not None:
                last_counted[source.name] = (counted, entity)
            elif counted:
                last_counted.setdefault(None, (counted, entity))
            t = time_of_figure(sdoc, q.start, q.end, times, figures, _sentence_span(sdoc, q.start, q.end)) \
                if cells is None \
                else cell_time(cells, cell_of(cells, q), times)
            timeref = _timeref(t) if t else None
            stated = statement_times.get(k) if st else None
            if st and not_the_figures(statement_mentions.get(k), q.start, q.end, _sentence_span(sdoc, q.start, q.end)):
                stated = None  # a time of the figure's own sentence that is another figure's or event's
            if timeref and t and t.surface.lower() in SPEECH_TIME_WORDS and stated:
                timeref = TimeRef(t.surface, stated.value, timeref.relation)
            timeref = timeref or stated
            span = _claim_words(sdoc, q)
            # a table row is one sentence whatever the parser made of it
            sent = _sentence_span(sdoc, q.start, q.end) if cells is None else (0, seg.end - seg.start)
            quantity = Quantity(q.surface, q.value, q.low, q.high, q.approximate, q.trend, q.unit, counted,
                                entity, predicate_of(sdoc, q.start, q.counted_end or q.end), q.measured,
                                _shift((q.measured_start, q.measured_end), base)
                                if q.measured_start is not None else None, q.measured_of,
                                _shift((q.measured_of_start, q.measured_of_end), base)
                                if q.measured_of_start is not None else None)
            claims.append(Claim(
                claim_id=claim_id_for(doc_id, "quantity", (base + span[0], base + span[1]), seg.kind),
                doc_id=doc_id, doc_ref=doc.doc_ref, kind="quantity", segment=ref,
                voice=_voice(seg, source), sentence=_words_of(doc, seg)[sent[0]:sent[1]],
                sentence_span=(base + sent[0], base + sent[1]), span=(base + span[0], base + span[1]),
                cue_span=spans[k][0] if st else None,
                source_span=spans[k][1] if st else None,
                quantity=quantity, scope=tuple(scope_for(sdoc, (q.start, q.end))), source=source,
                cue=st.cue if st else None, cue_kind=kinds[k] if st else None,
                quote=st.quote if st else None, via=st.via if st else (),
                time=timeref, hedges=tuple(q.hedges),
            ))
    if headline is not None:
        claims = headline_speaker_claims(claims, headline, memory, doc_id, doc.doc_ref)
    claims = _generic_speakers_named(claims, bodies, bool(doc.title))
    claims.sort(key=lambda c: (c.segment.kind != "headline", c.span[0] if c.segment.kind != "headline" else -1, c.kind))
    return claims


@dataclasses.dataclass(frozen=True)
class _CarriedQuote:
    """The cued direct quote a paragraph ended with: whose it is, and its cue and source spans in
    document offsets, for a next paragraph that goes on quoting it."""

    kind: str  # the segment kind: a quote runs on only into a paragraph of the same kind
    statement: Statement
    spans: tuple[Optional[tuple[int, int]], Optional[tuple[int, int]]]


def _continues(st: Statement, open_quote: Optional[_CarriedQuote]) -> bool:
    """A direct quote with no cue of its own, in a paragraph going on with the one before."""
    return open_quote is not None and st.quote == "direct" and st.cue_span is None


def _continued(st: Statement, open_quote: Optional[_CarriedQuote]) -> Statement:
    """'"A," she said.' or '"A … [no closing mark]', then '"B."': the continuation paragraph's words
    are the opening statement's speaker's, said through the same cue — one statement in pieces."""
    if not _continues(st, open_quote):
        return st
    opening = open_quote.statement
    return dataclasses.replace(st, source=opening.source, cue=opening.cue, via=opening.via)


def _carried_quote(sdoc: Doc, kind: str, statements: list[Statement], spans: list) -> Optional[_CarriedQuote]:
    """The direct quote a paragraph ends with, if it has a cue: the one whose quotation the paragraph
    leaves open at its end ('"A …' with no closing mark), else its last statement ('"A," he said.').
    A next paragraph quoted throughout with no cue of its own goes on with it.  Only a direct quote
    is carried: on PolNeAR train, 44 of 72 carried pieces share the annotators' cue, while carrying
    a mixed or indirect statement ('X said that … "shut up."') was right for 13 of 61."""
    cued = [(st, sp) for st, sp in zip(statements, spans) if st.quote == "direct" and sp[0] is not None]
    open_span = left_open(text_of(sdoc))
    if open_span is not None:
        at = [(st, sp) for st, sp in cued if st.start <= open_span[0] < st.end]
        return _CarriedQuote(kind, *at[0]) if at else None
    if not cued:
        return None
    last = max(statements, key=lambda st: (st.end, st.start))
    at = [(st, sp) for st, sp in cued if st is last]
    return _CarriedQuote(kind, *at[0]) if at else None


#: the relations through which a cue verb takes an action as its complement ("considering
#: building", "considering to buy")
_ACTION_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pcomp"})
#: verbs of an infinitive that make it a state, not an action ("considered to be")
_STATE_VERBS = frozenset({"be", "have"})


def _cue_kind(sdoc: Doc, st: Statement) -> Optional[str]:
    """The statement's cue kind from its cue token's lemma and the particle after it (the cue's
    own, else the next word: "is looking to invest" is a plan); a statement that carries on an
    earlier one's cue without its token (the second half of a quote) is read from the cue's
    words."""
    if st.cue_token is None or not 0 <= st.cue_token < len(sdoc):
        return cue_kind_of_text(st.cue, st.source)
    words = (st.cue or "").split()
    after = st.cue_token + 1
    particle = words[1] if len(words) > 1 else sdoc[after].lower_ if after < len(sdoc) else None
    cue = sdoc[st.cue_token]
    return cue_kind(cue.lemma_, particle, st.source, _weighs_an_action(cue, particle))


def _weighs_an_action(cue: Token, particle: Optional[str]) -> bool:
    """The cue's complement is an action: a gerund ("considering building"), or an infinitive
    right after it ("considering to buy"), but not a state ("considers it to be", "considered to
    be the richest", which are views)."""
    for c in cue.children:
        if c.dep_ not in _ACTION_DEPS:
            continue
        if c.tag_ == "VBG" or (c.tag_ == "VB" and particle == "to" and c.lemma_ not in _STATE_VERBS):
            return True
    return False


def _headline_statements(sdoc: Doc) -> list[Statement]:
    found = headline_source(text_of(sdoc))
    if not found:
        return []
    name, s, e = found
    alias = resolve_alias(name)
    content_end = text_of(sdoc).rfind(":", 0, s)
    kind = "person" if any(ent.label_ == "PERSON" and ent.start_char <= s < ent.end_char for ent in sdoc.ents) else "organization"
    return [Statement(0, content_end, "indirect", Source(alias or name, kind=kind), None, None, (s, e))]


#: three or more capitalised words closed by the question mark: a title ("What's My Name?")
_TITLE_QUESTION = re.compile(r"(?:[A-Z][\w'’]*\s+){2,}[A-Z][\w'’]*\?[\"'”’)]*\s*$")


def _ends_in_a_title(sdoc: Doc, start: int) -> bool:
    """A statement whose question mark closes a title ("… with hit songs like What's My Name?"),
    not a question: the words before the mark are in title case and the sentence does not open
    as a question does (a wh-word or an auxiliary, by the tagger)."""
    span = sdoc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    opens_a_question = first is not None and (first.tag_ in ("WDT", "WP", "WP$", "WRB", "MD") or first.pos_ == "AUX")
    return not opens_a_question and bool(_TITLE_QUESTION.search(sent.text))


def asking_marks(text: str) -> frozenset[str]:
    """The interviewers of a page's interview: the marks ('((WN))', '((Q))') that say so, and any
    other mark whose turns, two or more, end in a question more often than not (an
    interviewer's handle, "((WSS))"); an interviewee's answer that ends by asking stays theirs."""
    turns: dict[str, list[int]] = {}
    for para in re.split(r"\n\s*\n", text):
        marked = interview_marker(para)
        if marked is not None:
            seen = turns.setdefault(marked[0].lower(), [0, 0])
            seen[0] += 1
            seen[1] += para.rstrip().endswith("?")
    return frozenset(name for name, (n, asked) in turns.items()
                     if name in INTERVIEWER_MARKS or n >= 2 and 2 * asked > n)


def interviewer_turn(text: str, interviewers: frozenset[str]) -> bool:
    """Whether a segment is the interviewer's turn of an interview ("((WN)) : The party has never
    won here. What is your goal?"): the turn asks, and what it says to set up the question is part
    of the asking, not the outlet's claim, so its numbers make no claims."""
    marked = interview_marker(text)
    return marked is not None and marked[0].lower() in interviewers


def _a_body(name: str) -> bool:
    """An organisation a generic speaker can stand for: not a wire, platform or outlet ("Reuters",
    "the Daily Herald"), which report and do not speak for the story's body; a name with a capital
    (measured by eye on 120 Reuters and BBC articles of the news corpus, where "cts" and wire
    headlines in capitals gave the only wrong bodies)."""
    words = name.lower().split()
    if not words or not any(ch.isupper() for ch in name) or "<" in name or ">" in name:
        return False  # "cts" read as a body; a wire headline's ticker ("TWA> FEBRUARY LOAD FACTOR")
    if len(words) > 1 and name.isupper():
        return False  # a dateline's place in capitals the parser took for a speaker ("NEW YORK , March 20 -")
    return name.lower() not in KNOWN_CHANNELS and words[-1] not in OUTLET_HEADS


def _in_capitals(text: str) -> bool:
    """Most letters in capitals ("PICTEL OFFERS UNITS AT SIX DLRS EACH")."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 10 and sum(ch.isupper() for ch in letters) > 0.7 * len(letters)


def _position(c: Claim, titled: bool) -> int:
    """Where a claim's speaker stands on the page (a headline kept apart from the text first:
    its offsets index the title)."""
    if titled and c.segment.kind == "headline":
        return 0
    return (c.source_span or c.span)[0]


def _generic_speakers_named(claims: list[Claim], bodies: list[tuple[int, str]], titled: bool) -> list[Claim]:
    """"The company said", "the ministry said", "the report found" credited to the one body or
    document the page named before (claims/coreference.py ``generic_body``); the organisation of
    "a company spokesman" likewise.  Two candidates, or none, leave the words as written."""
    bodies = bodies + [(_position(c, titled), c.source.name) for c in claims
                       if c.source is not None and c.source.kind == "organization" and c.source.name
                       and _a_body(c.source.name) and not _in_capitals(c.sentence)]
    documents = [(_position(c, titled), c.source.name) for c in claims
                 if c.source is not None and c.source.kind == "document" and c.source.name]
    out = []
    for c in claims:
        src = c.source
        if src is not None and src.name and src.kind in ("unnamed", "organization", "document") and not src.role:
            named = generic_body(src.name, bodies, documents, _position(c, titled))
            if named is not None:
                kind = "document" if src.kind == "document" else "organization"
                c = dataclasses.replace(c, source=Source(named, None, None, None, kind))
        elif src is not None and src.role and src.name:
            # "a company spokesman", "the ministry's spokeswoman": the body is the generic part
            generic = src.organization or " ".join(w for w in src.name.split() if w.lower() not in src.role.split())
            named = generic_body(generic, bodies, documents, _position(c, titled)) if generic else None
            if named is not None:
                c = dataclasses.replace(c, source=dataclasses.replace(src, organization=named))
        out.append(c)
    return out


_COUNTED_JOIN = re.compile(r"\s+(?:of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?)?")


def _claim_words(sdoc: Doc, q: QuantityMention) -> tuple[int, int]:
    """A quantity claim's own words: the surface, and the counted thing when it follows at once
    ("about 1,000 ISIS members", "dozens of occupants"); the surface alone stays in
    ``quantity.surface``."""
    if q.counted_start is not None and q.counted_end is not None and q.counted_start >= q.end \
            and _COUNTED_JOIN.fullmatch(text_of(sdoc), q.end, q.counted_start):
        return q.start, q.counted_end
    return q.start, q.end


def _actor_after(sdoc: Doc, end: int, definitions: dict[str, str]) -> tuple[Optional[str], Optional[str]]:
    """'only 1000 IS', '300 SDF': a number followed by an actor's name counts that actor's members
    (the parser often takes a bare acronym after a number for a verb or a new clause)."""
    m = re.match(r"\s+([A-Z][A-Za-z]{1,5})\b", text_of(sdoc)[end:end + 12])
    if not m:
        return None, None
    word = m.group(1)
    canon = definitions.get(word) or resolve_alias(word)
    return (word, canon) if canon else (None, None)


def _canonical_source(st: Statement, definitions: Optional[dict[str, str]] = None) -> Statement:
    """Organisations and countries under their canonical names ("Ameica" → the United States,
    an organisation "US" → "United States", "Phivolcs" → the name the article defined it by);
    a full name stays full where the canonical form is only its acronym ("United Nations")."""
    src = st.source
    if src is None:
        return st
    changes = {}
    if src.kind == "organization" and src.name:
        canon = _fuller_name(src.name, definitions, fuzzy=True)
        if canon != src.name:
            changes["name"] = canon
    if src.organization:
        canon = _fuller_name(src.organization, definitions)
        if canon != src.organization:
            changes["organization"] = canon
    return dataclasses.replace(st, source=dataclasses.replace(src, **changes)) if changes else st


def _fuller_name(name: str, definitions: Optional[dict[str, str]], fuzzy: bool = False) -> str:
    canon = (definitions or {}).get(name) or resolve_alias(name, fuzzy=fuzzy)
    if not canon or canon == name:
        return name
    if _acronym(canon) and not _acronym(name):
        return name
    return canon


def _acronym(name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", name)
    return bool(letters) and letters.isupper() and " " not in name.strip()


def _entity_of_counted(counted: str, definitions: dict[str, str]) -> Optional[str]:
    for word in counted.split():
        hit = definitions.get(word) or resolve_alias(word)
        if hit:
            return hit
    return None


def _containing_statement(statements: list[Statement], q: QuantityMention) -> tuple[int, Optional[Statement]]:
    best, best_k = None, -1
    for k, st in enumerate(statements):
        if st.start <= q.start and q.end <= st.end and (best is None or st.end - st.start < best.end - best.start):
            best, best_k = st, k
    return best_k, best


def _time_inside(sdoc: Doc, start: int, end: int, times: list[TimeMention], exclude_speech_time: bool = False) -> Optional[TimeMention]:
    """The time expression of the sentence holding [start, end), if any."""
    sent = _sentence_span(sdoc, start, end)
    cands = [t for t in times if sent[0] <= t.start < sent[1]]
    if exclude_speech_time:
        cands = [t for t in cands if t.surface.lower() not in SPEECH_TIME_WORDS]
    if not cands:
        return None
    # the nearest by the words between, not by where each starts: "fell to 6.6 pct in March from
    # 6.7 pct in February" dates the 6.7 pct by "in February" right after it
    return min(cands, key=lambda t: (t.start - end if t.start >= end else max(0, start - t.end), t.start))


def _timeref(t: TimeMention) -> TimeRef:
    return TimeRef(t.surface, t.value, t.relation or "at")


def _sentence_span(sdoc: Doc, start: int, end: int) -> tuple[int, int]:
    sents = sentences_between(sdoc, start, end)
    if not sents:
        return start, end
    return sents[0].start_char, sents[-1].end_char


def _shift(span: Optional[tuple[int, int]], base: int) -> Optional[tuple[int, int]]:
    return (span[0] + base, span[1] + base) if span else None


def _voice(seg: Segment, source: Optional[Source]) -> str:
    if seg.kind == "comment":
        return "reader"
    return "source" if source is not None else "outlet"


def _words_of(doc: Document, seg: Segment) -> str:
    """The segment exactly as read (claims quote the document, not the parser's masked copy)."""
    return ((doc.title if seg.in_title else doc.text) or "")[seg.start:seg.end]
