"""Reported speech: who said what, through which channel, with which cue.

Rules over spaCy's dependency parse, in the tradition of the Gender Gap Tracker's quote
extractor and textacy's ``direct_quotations``: English coreference models are not installable
offline, so speakers outside the sentence ("he added", "Dillon said", "according to the
website") are resolved by :class:`SpeakerMemory`, which remembers every speaker and channel the
document named before.

All functions are pure: they take a parsed ``Doc`` of one segment (a paragraph) and the memory of
the document read so far, and return :class:`Statement` records with offsets into ``doc.text``.
This module holds the entry point and the two frames a cue reports in (a verb with its subject,
"according to X"); ``cues`` finds cues and speakers, ``content`` the reported words, ``channels``
the outlets a statement passed through.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.attribution.channels import channels_of
from claimledger.extract.attribution.content import (
    AROUND_QUOTE,
    beside_phrase,
    between_is_circumstance,
    claimed_by_earlier_cue,
    clause_span,
    is_parenthetical,
    listener_prefix,
    near_quotes,
    past_relative_speaker,
    quote_after_lead_in,
    quote_kind,
    skip_leading_time,
    subtree_span,
    trim,
    whole_quotes,
)
from claimledger.extract.attribution.cues import (
    content_rels,
    hand_listed,
    is_cue,
    is_framed_only,
    quoted_as_saying,
    phrasal_particles,
    set_off,
    split_clause,
    subject_of,
    with_absolute,
)
from claimledger.extract.attribution.colon import (
    colon_statements,
    lead_in_speaker,
    quote_inside_phrase,
    verb_after_quotes,
    verb_colon_quotes,
)
from claimledger.extract.attribution.adjective_cues import adjective_statements
from claimledger.extract.attribution.content_as import as_phrase_end
from claimledger.extract.attribution.content_nesting import drop_nested_statements
from claimledger.extract.attribution.content_objects import object_span
from claimledger.extract.attribution.content_unresolved import unresolved_pronoun_source
from claimledger.extract.attribution.voice_estimates import gives_a_figure, puts_a_figure
from claimledger.extract.attribution.voice_one_content import one_statement_per_content
from claimledger.extract.attribution.voice_trailing import trailing_statements
from claimledger.extract.attribution.noun_cues import noun_statements
from claimledger.extract.attribution.quote_comma import verb_comma_quotes
from claimledger.extract.attribution.questions import question_clause, unsourced_question
from claimledger.extract.attribution.raising import raising_content
from claimledger.extract.attribution.record import Statement
from claimledger.extract.attribution.speakers import (
    SpeakerMemory,
    _can_speak,
    _clean_name,
    _lemma,
    channel_name,
    describe_speaker,
)
from claimledger.extract.actors import dateline_end
from claimledger.extract.quotes import quote_spans
from claimledger.extract.tree import (
    sentence_of,
    sentences_between,
    subtree,
    text_of,
    tokens_between,
)
from claimledger.lexicon import attribution as lex
from claimledger.model import Source

__all__ = ["SpeakerMemory", "Statement", "describe_speaker", "find_statements", "headline_source", "quote_spans"]


def find_statements(doc: Doc, memory: SpeakerMemory, article_voice: bool = False) -> list[Statement]:
    """Every reported statement in one parsed segment, in text order; updates ``memory``.  In the
    article's own voice (``article_voice``) a pronoun speaker nobody named still speaks; in a
    reader's comment or a post its antecedent is in words not kept (content_unresolved.py)."""
    text = text_of(doc)
    memory.learn(doc)
    quotes = quote_spans(text)
    inside_quote = set()
    for s, e in quotes:
        inside_quote.update(t.i for t in tokens_between(doc, s, e))
    found: list[Statement] = []
    used_quotes: set[tuple[int, int]] = set()

    marked = interview_marker(text)
    if marked is not None:
        name, (ms, me), body = marked
        if name.lower() in lex.INTERVIEWER_MARKS or text.rstrip().endswith("?"):
            return []  # the interviewer's question ('((WN))', or a mark before a question): not a claim
        source = memory.person_by_surname(name) or memory.know(Source(_clean_name(name), kind="person"))
        memory.interviewee = source
        s, e = trim(doc, body, len(text))
        if e - s < 3:
            return []
        s, e, quote = quote_kind(quotes, s, e)
        # the answer is one statement of the person interviewed; cues inside it are part of it
        return [Statement(s, e, quote, source, None, None, (ms, me), (), None)]
    colon = colon_statements(doc, memory)
    if colon:
        memory.interviewee = colon[-1].source

    # 1. cue verbs outside quotes: indirect statements, and direct/mixed when a quote is the content
    for t in doc:
        if t.i in inside_quote or not is_cue(t) or _leads_in(t):
            continue
        st = _statement_for_cue(doc, t, quotes, memory, article_voice)
        if st is None:
            continue
        found.append(st)
        if st.quote in ("direct", "mixed"):
            used_quotes.update(q for q in quotes if st.start <= q[0] and q[1] <= st.end)
        if st.quote == "direct":
            memory.last_direct = st
        memory.remember(st.source, st.via)

    # 1b. "PENCE: …", "Pat Caddell: Democrat voters worried …": a speaker's name and a colon
    # opening a line (transcripts, headlines, live blogs)
    for st in colon:
        if not any(f.start <= st.start < f.end for f in found):
            found.append(st)
            memory.remember(st.source, st.via)

    # 1c. 'Mr. Christie gloated: "…"': any verb of a speaker's clause whose colon opens a quote
    for st in verb_colon_quotes(doc, quotes, memory) + verb_after_quotes(doc, quotes, memory) \
            + verb_comma_quotes(doc, quotes, memory):
        if not any(f.start < st.end and st.start < f.end for f in found):
            found.append(st)
            used_quotes.update(q for q in quotes if st.start - 1 <= q[0] and q[1] <= st.end + 1)
            memory.last_direct = st if st.quote == "direct" else memory.last_direct
            memory.remember(st.source, st.via)

    # 1d. a noun cue in a frame train found precise: "the claim that …" (noun_cues.py)
    found += [st for st in noun_statements(doc, memory, quotes, inside_quote)
              if not any(f.start < st.end and st.start < f.end for f in found)]
    # 1e. a copula adjective in a frame train found precise: "was critical of …" (adjective_cues.py)
    found += [st for st in adjective_statements(doc, memory, quotes, inside_quote)
              if not any(f.start < st.end and st.start < f.end for f in found)]

    # 2. quotes no cue claimed: continuations of the previous speaker, or scare quotes
    for s, e in quotes:
        if (s, e) in used_quotes or any(f.start <= s and e <= f.end for f in found):
            continue
        resumed = _interrupted(text, found, s)
        if resumed is not None:
            # '"A," he said, "B."': the quote the cue interrupted goes on; one statement in two
            # pieces that share the cue and speaker offsets
            found.append(replace(resumed, start=s, end=e, quote="direct"))
            used_quotes.add((s, e))
            continue
        words = len(text[s:e].split())
        before = [f for f in found if f.end <= s]
        last = max(before, key=lambda f: f.end) if before else None
        if last is not None and last.quote != "indirect" and last.cue_span is not None \
                and words >= lex.MIN_DIRECT_QUOTE_WORDS and not any(last.end <= f.start < s for f in found):
            # '"A," said X, a strategist. Unless …, "B."': the next quote of the paragraph after
            # a quoted statement, with no other statement between, is the same speaker's
            found.append(replace(last, start=s, end=e, quote="direct"))
            used_quotes.add((s, e))
            continue
        sent = next(iter(sentences_between(doc, s, s + 1)), None)
        stands_alone = sent is not None and (e - s) >= 0.6 * len(text[sent.start_char:sent.end_char].strip(' "“”'))
        stands_alone = stands_alone or (s <= 1 and words >= lex.MIN_DIRECT_QUOTE_WORDS)
        if words < lex.MIN_DIRECT_QUOTE_WORDS or not stands_alone:
            continue
        prev = memory.last_direct
        if prev is None or prev.source is None:
            continue
        st = Statement(s, e, "direct", prev.source, prev.cue, None, None, prev.via, None)
        joined = next((f for f in found if f is prev), None)
        if joined is None and found and found[-1].quote == "direct" and found[-1].end <= s:
            joined = found[-1]
        if joined is not None:
            # the same cue joins two quotes: '"A," he said. "B."', also past a clause of its own
            # between them ('"A," said X, who …. "B."') — keep its offsets
            st = replace(st, cue_span=joined.cue_span, source_span=joined.source_span, cue_token=joined.cue_token)
        found.append(st)
        memory.last_direct = st
    found += trailing_statements(doc, memory, found, quotes, article_voice)  # ", the board added." (voice_trailing.py)
    found.sort(key=lambda x: x.start)
    lead_in = lead_in_speaker(doc, memory)
    if lead_in is not None:  # 'He said:' closing the paragraph: the next one opens with his quote
        memory.last_direct = lead_in
    unique = one_statement_per_content(found)  # the first cue with a speaker (voice_one_content.py)
    return _nest(drop_nested_statements(_drop_nested_minds(doc, _drop_contained(unique)), doc))


#: what may stand between the two pieces of an interrupted quote besides the speaker and cue
_BETWEEN_PIECES = re.compile(r"[\s,.;:—–\-\"“”']*")


def _interrupted(text: str, found: list[Statement], q_start: int) -> Optional[Statement]:
    """The statement whose quote ``q_start`` resumes: a direct or mixed statement ending before it
    with only its own speaker and cue (and punctuation) in between ('"A," he said. "B."')."""
    for f in reversed(found):
        if f.end > q_start or f.cue_span is None or f.source_span is None or f.quote == "indirect":
            continue
        if f.cue_span[0] < f.end or q_start - f.end > 120:
            return None
        gap = text[f.end:q_start]
        for a, b in sorted((f.cue_span, f.source_span), reverse=True):
            if f.end <= a and b <= q_start:
                gap = gap[:a - f.end] + gap[b - f.end:]
        return f if _BETWEEN_PIECES.fullmatch(gap) else None
    return None


#: '((WN))  How did you …', '((Dorsa Derakhshani))  I was …': an interview's speaker marks
_INTERVIEW_MARK = re.compile(r"\s*\(\(\s*(?P<name>[^()\n]{1,60}?)\s*\)\)")


def interview_marker(text: str) -> Optional[tuple[str, tuple[int, int], int]]:
    """The name in a '((Name))' mark opening a paragraph, its offsets and where the words begin."""
    m = _INTERVIEW_MARK.match(text)
    if m is None:
        return None
    return m.group("name"), (m.start("name"), m.end("name")), m.end()


def _past_dateline(doc: Doc, s: int, e: int) -> int:
    """'LONDON, March 3 (Reuters) - Oil prices rose, traders said': the wire dateline opening the
    paragraph is the outlet's, not part of what was reported."""
    end = dateline_end(text_of(doc), s)
    return trim(doc, end, e)[0] if s < end < e else s


def _leads_in(cue: Token) -> bool:
    """'Speaking about the film, the bishop said …': a derived cue in a participle that leads into
    a speech verb with its own subject is the circumstance of that statement, not a second one."""
    head = cue.head
    return (cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i < head.i and not hand_listed(cue)
            and hand_listed(head) and any(c.dep_ == "nsubj" for c in head.children))


def _drop_contained(found: list[Statement]) -> list[Statement]:
    """'X issued a statement describing the talks as "a step"': two cues of one speaker read the
    same words, one content inside the other's; the wider reading is kept (not where the inner cue
    stands inside the wider content: '…, according to police, who said …' reads past its clause,
    and dropping the wider one instead loses more than it gains on PolNeAR train)."""
    return [st for st in found if not any(
        o is not st and o.source is not None and st.source is not None and o.source.name == st.source.name
        and o.start <= st.start and st.end <= o.end and (o.end - o.start) > (st.end - st.start)
        and o.cue_span != st.cue_span and not (st.cue_span and o.start <= st.cue_span[0] < o.end) for o in found)]


def _drop_nested_minds(doc: Doc, found: list[Statement]) -> list[Statement]:
    """'He said he thinks …', 'officials said voters want …', 'according to the filing, the firm
    disclosed the fault': a belief, wish or act reported inside another statement's content is
    part of that content (the outer speaker reports it), not a second statement.  Reported speech
    with its own clause ('Reuters reported officials said …') stays, and gets its channel."""
    out = []
    for st in found:
        cue = doc[st.cue_token] if st.cue_token is not None else None
        speech = cue is not None and hand_listed(cue) and (st.quote != "indirect" or any(
            c.dep_ == "ccomp" for c in cue.children))
        inner = cue is not None and st.cue_span is not None and not speech \
            and any(o is not st and o.start <= st.cue_span[0] < o.end for o in found)
        if not inner:
            out.append(st)
    return out


def _nest(found: list[Statement]) -> list[Statement]:
    """'Reuters reported that officials said …': the inner statement passed through the outer
    speaker, who becomes the first channel of its via."""
    out = []
    for st in found:
        outer = [o for o in found if o is not st and st.cue_span and o.start <= st.cue_span[0] < o.end
                 and o.source is not None and o.source.name and st.source != o.source]
        if outer:
            o = min(outer, key=lambda x: x.end - x.start)
            if o.source.name not in st.via:
                st = replace(st, via=st.via + (o.source.name,))
        out.append(st)
    return out


def _according_statement(doc: Doc, cue: Token, quotes: list[tuple[int, int]], memory: SpeakerMemory) -> Optional[Statement]:
    """'According to the ministry, 40 people died', 'One child was, according to police, among
    the dead' (a parenthetical phrase stays inside the content, as the sentence reads)."""
    to = next(c for c in cue.children if c.lower_ == "to")
    objs = [c for c in to.children if c.dep_ == "pobj"]
    head = cue.head
    if not objs:
        return None
    if head.i < cue.i and is_cue(head) and _lemma(head) not in lex.DOCUMENT_CUES \
            and any(c.dep_ == "nsubj" for c in head.children):
        return None  # "X said, according to the website": a channel of X's statement
    speaker_tok = objs[0]
    source, sspan = describe_speaker(speaker_tok, memory)
    if speaker_tok.lemma_.lower() in lex.CHANNEL_ANAPHORS and memory.last_channel:
        source = Source(memory.last_channel, kind="organization")
    sent = sentence_of(cue)
    if head.i != cue.i and is_parenthetical(doc, cue, sent):
        s, e = trim(doc, sent.start_char, sent.end_char)
    else:
        s, e = beside_phrase(doc, sent, cue.idx, speaker_tok)
    if e - s < 3:
        return None
    s, e, quote = quote_kind(near_quotes(quotes, sent), s, e)
    via = tuple(channel_name(o) for w in subtree(speaker_tok) if w.lower_ == "via"
                for o in w.children if o.dep_ == "pobj")
    return Statement(s, e, quote, source, "according to", (cue.idx, to.idx + len(to)), sspan, via, cue.i)


def _statement_for_cue(doc: Doc, cue: Token, quotes: list[tuple[int, int]], memory: SpeakerMemory,
                       article_voice: bool = False) -> Optional[Statement]:
    lemma = _lemma(cue)
    cue_tokens = [cue]
    if cue.lower_ == "according":
        return _according_statement(doc, cue, quotes, memory)
    cue_tokens += phrasal_particles(cue)
    saying = quoted_as_saying(cue)
    if saying is not None:
        cue_tokens += [saying.head, saying]
    rels = content_rels(cue)
    framed_only = is_framed_only(cue) and len(cue_tokens) == 1
    raised = raising_content(cue) or unsourced_question(cue)
    if raised is not None:  # "Trump seemed to …", "Asked about X, …": credited to no one
        s, e, quote = quote_kind(near_quotes(quotes, sentence_of(cue)), *raised)
        return Statement(s, e, quote, None, cue.text, (cue.idx, cue.idx + len(cue)), None, (), cue.i)
    subj = subject_of(cue)
    if subj is None:
        return None
    if lemma in lex.DOCUMENT_CUES and _lemma(subj) not in lex.DOCUMENT_HEADS and not (
            _can_speak(subj) and subj.pos_ != "PRON" and subj.ent_type_ != "PERSON"
            and any(c.dep_ == "ccomp" for c in cue.children)):
        # a document finds and shows; so does a body or pollster with a clause ("Democracy Corps
        # found that …"); a thing ("the signal showed") or a person finding an object ("she found
        # the job hard", "the children found a wallet") does not report
        return None
    if lemma in lex.ESTIMATE_CUES and not puts_a_figure(cue) and not any(c.dep_ == "dobj" and _lemma(c) in lex.ESTIMATE_OBJECTS for c in cue.children):
        return None  # "placed the value at …", not "placed a wreath"

    sent = sentence_of(cue)
    near = near_quotes(quotes, sent)
    # the content: a clausal complement (the one after the cue first, never across a semicolon)
    semis = [t.i for t in sent if t.text == ";"]
    comps = [c for c in list(cue.children) + (list(saying.children) if saying is not None else []) if c.dep_ == "ccomp"
             and not any(min(c.i, cue.i) < k < max(c.i, cue.i) for k in semis)]
    comps.sort(key=lambda c: (c.i < cue.i, abs(c.i - cue.i)))
    comp = comps[0] if comps else None
    if comp is not None and _lemma(comp) in lex.CUE_VERBS and comp.i > cue.i and \
            not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in comp.children) and \
            any(c.dep_ == "nsubj" for c in comp.children) and all(c.is_punct for c in comp.rights):
        # "…, the BBC reported the minister said": the inner cue takes the content; not "Ramos
        # said Trump has not replied to his requests", where the inner verb goes on to its own words
        return None
    if comp is None:
        comp = question_clause(cue)  # "asked Sanders whether he would run": the question, not Sanders
    split_pred = split_clause(cue) if comp is None else None
    if split_pred is not None:
        comp = split_pred[0]
    if comp is None and (lemma in ("urge", "ask", "call", "warn", "advise", "tell") or len(cue_tokens) > 1
                         or "xcomp" in rels):
        comp = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if comp is None and len(cue_tokens) > 1:  # "talked about the economy": the particle's object
        comp = next((o for p in cue_tokens[1:] if p.dep_ == "prep" and p.i == cue.i + 1
                     and (lemma, p.lower_) not in lex.PHRASAL_CUES for o in p.children
                     if o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in ("DATE", "TIME")), None)
    if comp is None and "dobj" in rels and lemma not in lex.OBJECT_CUES and lemma not in lex.STANCE_CUES:
        # "criticized the plan as …", "accused X of Y": a cue reporting through its object in train
        # (the object and stance cues keep their own object rules below)
        comp = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i
                     and c.lower_ not in ("it", "this", "that", "so")), None)
    if comp is None:
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.lower_ not in ("it", "this", "that", "so")), None)
        if obj is None and lemma in lex.OBJECT_CUES:
            obj = next((c for c in cue.children if (c.dep_ in ("xcomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as"
                                                    and any(d.dep_ == "dobj" for d in cue.children)) and c.i > cue.i), None)
        if obj is not None and lemma in lex.OBJECT_CUES:
            if len([w for w in subtree(obj) if not w.is_punct]) >= 3 or any(w.like_num for w in subtree(obj)) or gives_a_figure(cue) \
                    or obj.dep_ == "xcomp" and obj.tag_ == "VBG" \
                    or any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in cue.rights):
                comp = obj  # "estimated the toll at 40"; not "claimed responsibility"
        elif obj is not None and lemma in lex.STANCE_CUES and _lemma(obj) in lex.STANCE_OBJECTS \
                and any(c.dep_ in ("acl", "ccomp") for c in obj.children):
            comp = obj  # "declared his intent to …", not "declared a state of emergency"
    via_extra: tuple[str, ...] = ()
    parenthetical = False
    if comp is not None:
        extra = [other for other in cue.children  # "reports sources are fearing IS will take …"
                 if other.dep_ == "ccomp" and other.i != comp.i and (other.i > cue.i) == (comp.i > cue.i)]
        subjectless = comp.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children)
        objs = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < comp.i]
        if subjectless and objs:  # "announced the recorder from Flight 22 has been recovered": the
            extra.append(objs[0])  # parser's object is the clause's subject (train: +4 matched, -6 unmatched)
        if split_pred is not None:
            extra.append(split_pred[1])
        s, e = clause_span(comp, cue, extra)
        if comp.dep_ == "ccomp" and comp.i > cue.i:
            e = max(e, _trailing_end(cue, comp))
        if comp.dep_ in ("xcomp", "dobj", "oprd", "prep"):
            # "urged people to …": the content starts at the listener; "called it (as) …" at its object
            listeners = [c for c in cue.children if c.dep_ in ("dobj",) and c.i < comp.i]
            listeners += [o for p in cue_tokens[1:] for o in p.children if o.dep_ == "pobj" and o.i < comp.i]
            if listeners:  # "called on drivers to …"
                s = subtree_span(listeners[0])[0]
        if comp.dep_ in ("dobj", "xcomp", "oprd") and (lemma in lex.OBJECT_CUES or comp.dep_ == "dobj" and "dobj" in rels):
            # "reported Monday's attack the deadliest since …": on to the cue's last complement,
            # not over a comma ("…, with officials reporting") or a clause ("when they offered")
            for c in cue.rights:
                if c.tag_ in ("``", "''"):
                    continue  # 'called her "weak"': a quote mark opens the complement
                if c.is_punct or c.dep_ in ("advcl", "conj", "cc", "parataxis", "relcl"):
                    break
                e = max(e, clause_span(c, cue)[1])
        if s < subj.idx < e and subj.i > comp.i:
            e = subj.left_edge.idx  # "Calling it X, Jo Li … told": the parser hung the speaker on X
        elif cue.dep_ == "advcl" and cue.i < cue.head.i:
            # the same layout with the speaker taken for an apposition inside the content
            appos = next((w for w in subtree(comp) if w.dep_ == "appos" and w.ent_type_ == "PERSON"
                          and w.left_edge.i > comp.i and doc[w.left_edge.i - 1].text == ","), None)
            if appos is not None:
                e = min(e, appos.left_edge.idx)
        if comp.i > cue.i:
            e = as_phrase_end(cue, e)  # "referred to him as a reformer" (content_as.py)
        s, e = trim(doc, s, e)
        s = skip_leading_time(doc, s, e)
        s, listener = listener_prefix(doc, cue, s, e)
        via_extra = (listener,) if listener else ()
        if cue.idx < s and ";" in text_of(doc)[s:e]:
            e = s + text_of(doc)[s:e].index(";")  # a second clause after a semicolon is not reported
        s, e = trim(doc, s, e)
        inner = [q for q in near if q[0] >= s - 1 and q[1] <= e + 1]
        if inner:
            s, e, quote = quote_kind(near, s, e)
            if comp.i < cue.i:
                s, e, quote = quote_after_lead_in(doc, near, s, e, quote, min(subj.left_edge.idx, cue.idx))
        else:
            # a direct quote right before ("“…,” Dillon said") or after ('said: “…”') the cue
            touching = [q for q in near if (q[1] <= cue.idx and (subj.i > cue.i or q[1] <= subj.idx) and not text_of(doc)[q[1]:_speaker_start(subj) if subj.i < cue.i else cue.idx].strip(AROUND_QUOTE)
                                            and not claimed_by_earlier_cue(cue, q[1]) and not quote_inside_phrase(doc, q[0]))
                        or (q[0] > cue.idx and not text_of(doc)[cue.idx + len(cue):q[0]].strip(AROUND_QUOTE))]
            if touching and not (s <= touching[0][0] and touching[0][1] <= e) and not framed_only:
                s, e = touching[0]
                quote = "direct"
            else:
                quote = "indirect"
    elif framed_only:
        return None  # a word that is seldom a cue reports only through its complement
    else:
        before = [q for q in near if q[1] <= cue.idx]
        after = [q for q in near if q[0] > cue.idx]
        quote = "direct"
        if before and not text_of(doc)[before[-1][1]:min(_speaker_start(subj), cue.idx)].strip(AROUND_QUOTE) \
                and not claimed_by_earlier_cue(cue, before[-1][1]) and not quote_inside_phrase(doc, before[-1][0]):
            s, e = before[-1]
        elif after and (not text_of(doc)[cue.idx + len(cue):after[0][0]].strip(AROUND_QUOTE)
                        or between_is_circumstance(cue, after[0][0])):
            s, e = after[0]
        elif cue.dep_ in ("parataxis", "ccomp", "advcl", "conj") and cue.head.i < cue.i and cue.head.pos_ in ("VERB", "AUX"):
            # "Prices will rise, the minister said": the cue hangs on the reported clause
            head, exclude = cue.head, [cue]
            outer = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if _lemma(head) in lex.CUE_VERBS and cue.dep_ == "ccomp" and outer is not None:
                # "Two ferries sank, the BBC reported the minister said": via the outer speaker
                reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < outer.i]
                if not reported:
                    return None
                head, exclude = reported[0], []
                via_extra = (channel_name(outer),)
            s, e = subtree_span(head, exclude=exclude)
            s, e = max(s, sent.start_char), min(e, cue.idx)
            if subj.i < cue.i and s <= subj.left_edge.idx < e:
                e = subj.left_edge.idx  # the speaker hung on the content as an apposition
            s, e = trim(doc, s, e)
            if e - s < 3:
                return None
            s, e, quote = quote_kind(near, s, e)
            s, e, quote = quote_after_lead_in(doc, near, s, e, quote, min(subj.left_edge.idx, cue.idx))
        elif with_absolute(cue) and cue.i + 2 < sent.end:
            # "with officials reporting at the time 150 dead": the parser seldom finds the object
            # of such a participle; the content is the rest of the clause after its time phrase
            k = cue.i + 1
            if cue.doc[k].pos_ == "ADP" and cue.doc[k].lower_ in ("at", "on", "in", "by", "for"):
                j = k + 1
                while j < sent.end and j - k <= 3 and (cue.doc[j].pos_ == "DET" or cue.doc[j].ent_type_ in ("DATE", "TIME")
                                                        or cue.doc[j].lemma_.lower() in lex.TIME_NOUNS):
                    j += 1
                if j > k + 1 and cue.doc[j - 1].pos_ != "DET":
                    k = j
            hi = min([t.i for t in sent if t.text == ";" and t.i > cue.i] + [sent.end])
            if k >= hi:
                return None
            s, e = trim(doc, cue.doc[k].idx, cue.doc[hi - 1].idx + len(cue.doc[hi - 1]))
            s, e, quote = quote_kind(near, s, e)
        elif set_off(cue, subj):
            # "they had, his father says, paid …": a cue set off by commas inside the clause it
            # reports; the content is the clause, the parenthetical left inside it
            semis = [t.i for t in sent if t.text == ";"]
            lo = max([k + 1 for k in semis if k < subj.i] + [sent.start])
            hi = min([k for k in semis if k > cue.i] + [sent.end])
            s, e = trim(doc, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
            s, e, quote = quote_kind(near, s, e)
            parenthetical = True
        elif len(cue_tokens) > 1 and (listener := next((o for p in cue_tokens[1:] for o in p.children
                                                         if o.dep_ == "pobj"), None)) is not None \
                and listener.right_edge.i + 1 < sent.end and doc[listener.right_edge.i + 1].lower_ == "to":
            # "called on drivers to …" where the parser lost the infinitive: to the clause's end
            hi = min([t.i for t in sent if t.text == ";" and t.i > cue.i] + [sent.end])
            s, e = trim(doc, listener.left_edge.idx, doc[hi - 1].idx + len(doc[hi - 1]))
            s, e, quote = quote_kind(near, s, e)
        elif (obj_span := object_span(cue)) is not None:
            # "endorsed putting cameras on officers", "expressed concerns about the cost": no
            # clause, the cue reports on its object or the action it names (content_objects.py)
            s, e = trim(doc, obj_span[0], as_phrase_end(cue, obj_span[1]))
            s, e, quote = quote_kind(near, s, e)
        else:
            return None
    s, e, quote = whole_quotes(doc, near, s, e, quote)
    s = _past_dateline(doc, s, e)
    if e - s < 2:
        return None
    if s <= subj.idx < e and not parenthetical and comp is not None and subj.i < cue.i < comp.i:
        s = trim(doc, past_relative_speaker(cue, subj, comp, s), e)[0]  # "…, which the FBI said was careless"
    # the speaker must not sit inside the content (a cue inside someone else's reported clause)
    if s <= subj.idx < e and not parenthetical:
        return None
    source, sspan = describe_speaker(subj, memory)
    source = unresolved_pronoun_source(subj, source, sspan) if article_voice else source
    if source is None:
        return None
    via = list(via_extra) + [v for v in channels_of(cue, memory) if v not in via_extra
                             and not (via_extra and v.startswith(via_extra[0]))]
    via = [v for v in via if not (source.name and (source.name in v or v in source.name))]  # the speaker is no channel
    cue_text = " ".join(t.text for t in sorted(cue_tokens, key=lambda t: t.i))
    cue_span = (min(t.idx for t in cue_tokens), max(t.idx + len(t) for t in cue_tokens))
    return Statement(s, e, quote, source, cue_text, cue_span, sspan, tuple(via), cue.i)


def _speaker_start(subj: Token) -> int:
    """Where the speaker's words begin: '"…," Mr. Biden said', '"…!" one person tweeted' put the
    title or determiner, not the head noun, right after the quote."""
    return subj.left_edge.idx


def _trailing_end(cue: Token, comp: Token) -> int:
    """Where a reported clause after its cue really ends: the clause's subtree, and on over the
    cue's own later dependents that continue it, up to another cue verb ("… and promised to …"
    is a second statement), a semicolon or a quote's cue."""
    doc = cue.doc
    e = comp.idx
    for c in cue.rights:
        if c.i <= comp.i:
            continue
        if c.is_punct or c.dep_ == "cc":
            if c.text == ";":
                break
            continue
        if c.dep_ not in lex.TRAILING_RELS or (c.pos_ in ("VERB", "AUX") and is_cue(c)):
            break
        if any(w.text == ";" for w in doc[comp.i:c.left_edge.i]):
            break
        e = max(e, clause_span(c, cue)[1])
    return e


def headline_source(text: str) -> Optional[tuple[str, int, int]]:
    """The "claim: source" convention of headlines: '1,000 ISIS members remain: US-led Coalition'.

    Returns the source name and its offsets, or None.  The part after the last colon must be a
    short name-like phrase (capitalised words, no verb-like lower-case words), else the colon is
    ordinary punctuation ("Breaking: storm hits coast").
    """
    m = re.search(r":\s*([^:]{2,80})$", text.strip())
    if not m:
        return None
    part = m.group(1).strip()
    words = part.split()
    if not words or len(words) > lex.HEADLINE_SOURCE_MAX_TOKENS or len(text[:m.start()].split()) < 3:
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "for", "de") for w in words):
        return None
    start = text.index(part, m.start())
    return part, start, start + len(part)
