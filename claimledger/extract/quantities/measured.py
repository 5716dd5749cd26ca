"""What a number is an amount of: "sedan sales" for "are down 12.3 percent", "the Dow Jones
industrial average" for "fell 102.2 points", "the vote" for "40% of the vote", "the September
crude contract" for "was up 19 cents at US $58.24 per barrel".

Read from the parse around the quantity, in the order the clues are reliable:

1. an of-phrase hanging on the amount ("40% of the vote", "a third of its workforce");
2. the noun the amount modifies ("a 12% stake", "the $200 set") — for money, percent and
   measures only: for a count that noun is the counted thing;
3. the noun an of- or for-phrase with the amount hangs on ("an unemployment rate of 5%",
   "a price tag of $40,000");
4. the subject of the verb the amount goes with, climbing through appositions and
   restatements ("the Dow fell 102.2 points, or 0.36%, to 28,000": all three measure the Dow),
   copulas ("the rate is 5%") and relative clauses ("Ford, which has 13,000 workers");
   a pronoun subject ("it has 1,000 customers") is read as the subject of the clause that
   governs it ("the company said it has …");
5. else, for money, percent and index points, the index, market or commodity named earlier in
   the sentence (word list in the lexicon).

Each step reads a few tokens around one quantity, so the cost does not grow with the text.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.quantities.counted import hyphen_counted
from claimledger.extract.quantities.groups import (active_event, bracketed_name, object_event, passive_event,
                                                   share_group)
from claimledger.extract.quantities.measured_fill import (be_state, glued_start, hidden_subject, listed_name,
                                                         moved_object, only_units, poll_share, priced_object,
                                                         share_for, share_state, small_clause_subject, unit_holder,
                                                         appositive_amount, deadline)
from claimledger.extract.quantities.measured_check import (object_set_at, person_apposition, planned_count, possessed_noun,
                                                          quoted_apart, wrong_reading)
from claimledger.extract.quantities.subjects import agrees, behind_dateline, is_dateline, speaks
from claimledger.lexicon import quantities as L

Span = tuple[int, int]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_NOUNS = ("NOUN", "PROPN")
#: prepositions joining an amount to the noun it is the size of ("a rate of 5%")
_NOUN_PREPS = frozenset(("of", "for", "at", "worth"))
#: prepositions of a change on a transitive verb, whose object is what changes
_CHANGE_PREPS = frozenset(("by", "to", "from"))
#: prepositions after a noun kept in the measured thing's words ("life expectancy for men in
#: Glasgow", "growth across emerging markets")
_NP_PREPS = frozenset(("of", "for", "in", "across", "at", "on"))


def measured_span(doc: Doc, first: Token, last: Token, kind: str, unit: Optional[str],
                  counted: Optional[Span], events: bool = True) -> Optional[Span]:
    """``_reading``, unless what it found is only units and numbers ("cm", "mph", "sq m"); a
    currency named alone stays for money ("the dollar reached $1.2871": its rate)."""
    if kind == "count" and counted is None and person_apposition(first, last):
        return None  # "officers A and B, 40 and 49,": their ages, not the clause subject's
    found = _reading(doc, first, last, kind, unit, counted, events)
    if found is not None and only_units(doc, found, _unit_like, money=kind == "money"):
        return None
    if kind in ("money", "percent", "measure") and counted is None and (found is None or found[1] <= first.idx):
        owned = possessed_noun(doc, first, last, _unit_like)  # "its 15.8 mln bpd ceiling"
        if owned is not None:
            return _np(owned, range(first.i, last.i + 1))
    if found is not None and (wrong_reading(doc, found, unit in L.DURATION_UNITS)
                              or counted is not None and planned_count(doc, found, first)):
        return None
    return found


def _reading(doc: Doc, first: Token, last: Token, kind: str, unit: Optional[str],
             counted: Optional[Span], events: bool = True) -> Optional[Span]:
    """The character span of what the quantity from token ``first`` to ``last`` measures, or
    None.  ``kind`` is the quantity's kind ("money", "percent", "measure", "count");
    ``counted`` the counted thing's span when it has one; ``events``: read an amount as the
    subject of an active verb as what that verb says of it (``groups.active_event``), which the
    caller asks for only after a reading carried from an amount before found nothing."""
    if kind == "money" and last.i + 1 < len(doc) and doc[last.i + 1].text in L.CURRENCY_COUNTRY_TAILS:
        last = doc[last.i + 1]  # "$31.20 US": the country names the currency, not the thing
    if unit in L.DURATION_UNITS and (_years_time(last) or _record_window(_top(first, last), unit)):
        return None  # "in 18 months' time", "the first time in 11 years" date something
    inside = range(first.i, last.i + 1)
    top = _top(first, last)
    if counted is not None:  # a count: start from its noun, which is the counted thing
        noun = _token_ending(doc, counted[1], top)
        if noun is not None:
            top, inside = noun, range(min(first.i, noun.i), noun.i + 1)
    of = _of_object(top, inside)
    if of is None and top.dep_ == "appos" and top.head.i not in inside:
        of = _of_object(top.head, inside)  # "More than half (55%) of the respondents"
    if of is None and kind == "percent" and top.dep_ == "appos" and top.head.i not in inside:
        restated = _restated_share(top.head, inside)
        if restated is not None:  # "Almost a quarter, 22%, said ...", "14 million homes, 60%, have"
            return restated
    if of is None and kind == "money" and counted is None:
        of = _in_object(top, inside)  # "$135m in debt", "£4bn in tax cuts"
    if of is None and kind in ("money", "measure") and counted is None and top.dep_ == "appos" \
            and top.head.pos_ in _NOUNS and top.head.i < first.i and not _unit_like(top.head) \
            and appositive_amount(first, top.head, _unit_like):
        of = top.head  # "a Mars day is also longer — 24 hours", "its revenue, $5bn, ..."
    if of is None and kind == "percent" and counted is None:
        of = share_for(top, inside)  # "led 47 percent to 40 percent with 5 percent for Amash"
    if of is not None:
        return _np(of, inside)
    if counted is None and top.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod") \
            and top.head.pos_ in _NOUNS and top.head.i > last.i and not _unit_like(top.head):
        return _np(top.head, inside)  # "a 12% stake", "the 15-year-old students"
    if counted is not None and top.dep_ in ("compound", "amod", "nmod", "npadvmod") and top.head.i > top.i \
            and top.head.pos_ in _NOUNS and getattr(hyphen_counted(doc, last), "i", None) == top.i \
            and not _unit_like(top.head):
        return _np(top.head, inside)  # "a 40-storey tower": the tower is what has the storeys
    if kind == "age":
        return _by_climbing(top, inside) if top.dep_ in ("attr", "acomp") else None
    if counted is not None and (top.dep_ in ("nsubj", "nsubjpass", "ROOT") or first.lower_ == "one"):
        return None  # "13 people died": the count is the subject; nothing else is measured
    if unit in L.DURATION_UNITS or unit in L.DISTANCE_UNITS:
        anchor = _offset_anchor(doc, last, unit in L.DURATION_UNITS)
        if anchor is not None:  # "36 minutes after the shooting", "70 miles south of Boston"
            return _np(anchor, inside)
    if unit in L.DURATION_UNITS and (_time_offset(top, last) or deadline(first, top)):
        return None  # "55 minutes later", "900 years ago", "within two weeks": a point in time
    if (unit in L.DURATION_UNITS or kind == "money") and counted is None:
        taken = _time_taken(top, inside, ("take", "cost") if kind == "money" else ("take",))
        if taken is not None:  # "it took around five hours to gain control of the blaze",
            return taken       # "it could cost £80m to run a referendum"
    if kind == "money" and counted is None:
        priced = priced_object(top, inside)
        if priced is not None and not _unit_like(priced):  # "has the Harmony Touch for $30"
            return object_event(top, inside) or _np(priced, inside)  # (as an object's price reads)
    earlier = kind in ("money", "percent", "measure")  # a pronoun subject read back to a noun
    set_at = object_set_at(top, inside, _unit_like) if earlier and counted is None else None
    if set_at is not None:  # "values the club at £800m": the club's value, not the valuer
        return _np(set_at, inside)
    found = _by_climbing(top, inside, earlier=earlier and unit not in L.DURATION_UNITS)
    if found is not None:
        return found
    if counted is None:
        found = share_group(top, first, inside) if kind == "percent" else None
        found = found or (poll_share(top, inside, _np) if kind == "percent" else None)
        found = found or bracketed_name(first, inside) or passive_event(top, inside)
        if found is None and events and kind in ("money", "percent"):
            found = active_event(top, inside, share=kind == "percent")
        if found is None and events and kind == "percent":
            found = share_state(top, inside)  # "48% were pessimistic about the economy"
        if found is None and kind == "money":
            found = object_event(top, inside)  # "he pledged £105m for security"
        if found is not None:  # "Of those who voted, 85% ...", "Smith (15.3 ppg)", "$2m was raised"
            return found
    if unit in L.DURATION_UNITS and counted is None:
        event = _event(top, inside)
        if event is not None:  # "worked for three years": how long the working lasted
            return event
        if earlier:  # "It lasted 40 days": only when no event says what lasted
            found = _by_climbing(top, inside, earlier=True)
            if found is not None:
                return found
    if kind in ("money", "percent", "measure") or kind == "count" and counted is None:
        named = _named_before(doc, first)
        if named is not None:
            return _np(named, inside)
    return None


def is_time_reference(first: Token, last: Token, unit: Optional[str]) -> bool:
    """Whether the duration from ``first`` to ``last`` dates something ("two days later",
    "the past 25 years") rather than measuring a length: such amounts are left unmeasured on
    purpose, and a fill rate should not count them (``bench/quantities.py --news-fill``)."""
    if unit not in L.DURATION_UNITS:
        return False
    top = _top(first, last)
    return _time_offset(top, last) or _record_window(top, unit) or deadline(first, top)


def _record_window(top: Token, unit: Optional[str]) -> bool:
    """"the first time in 11 years", "their lowest for 17 years", "his ninth title in eight
    years": a duration after "in"/"for" on a first, a last or a superlative is the window back
    from now the record holds in, as "the past 11 years" is, not a length of anything."""
    prep = top.head
    if top.dep_ != "pobj" or prep.lower_ not in ("in", "for") or prep.head.i == prep.i \
            or unit in L.CLOCK_UNITS or _of_object(top, range(top.i, top.i + 1)) is not None:
        return False  # (not "third in 21.72 secs", nor "in the 16 weeks of protests": a length)
    held = prep.head
    if held.pos_ in ("VERB", "AUX"):  # "will be the club's ninth coach in eight years"
        held = next((ch for ch in held.children if ch.dep_ in ("attr", "dobj") and ch.i < prep.i), held)
    words = [held, *held.children]
    return any(w.tag_ == "JJS" or w.ent_type_ == "ORDINAL" or w.lower_ in ("first", "last")
               for w in words if w.i < prep.i)


def _time_offset(top: Token, last: Token) -> bool:
    """"two days later", "900 years ago", "six months after the vote", "in two weeks' time": a
    duration that dates something rather than measuring it."""
    doc = top.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text.lower() in L.TIME_OFFSET_WORDS:
        return True
    if _years_time(last):
        return True
    return any(ch.text.lower() in L.TIME_OFFSET_WORDS or ch.i < top.i and ch.lower_ in L.TIME_FRAME_WORDS
               for ch in top.children)  # "the past 25 years": a window, not a length


def _years_time(last: Token) -> bool:
    """"in five years' time": a point in the future, as "five years later"."""
    doc = last.doc
    return last.i + 2 < len(doc) and doc[last.i + 1].text in ("'", "'s", "’", "’s") \
        and doc[last.i + 2].lower_ == "time"


def _offset_anchor(doc: Doc, last: Token, duration: bool) -> Optional[Token]:
    """The event or place an offset is counted from: "the shooting" in "36 minutes after the
    shooting", "Boston" in "70 miles south of Boston" (not a clause: "two days after it
    began" leaves it to the caller)."""
    i = last.i + 1
    if i < len(doc) and doc[i].is_punct and doc[i].text in ")]":
        i += 1  # "250 miles (400 km) southwest of Lahore"
    if i >= len(doc):
        return None
    word = doc[i].lower_
    if duration:
        prep = doc[i] if word in L.OFFSET_PREPS else None
    elif word in L.OFFSET_DIRECTIONS:
        prep = doc[i] if word == "off" else next(
            (t for t in doc[i + 1:i + 2] if t.lower_ in ("of", "from")), None)
    else:
        prep = None
    if prep is None:
        return None
    obj = next((ch for ch in prep.children if ch.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in _NOUNS and obj.pos_ != "PRON" or obj.pos_ == "PRON":
        return None
    return obj


def _event(top: Token, inside: range) -> Optional[Span]:
    """The verb a duration says the length of ("worked for three years", "borrow for ten
    years"), with its object when it follows closely; not a copula nor a verb whose object the
    duration is ("the trip is 40 days", "the flight lasted 11 hours" are read from the subject)."""
    tok = top
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ in L.DURATION_PREPS:
            tok = tok.head
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ == "VERB" and tok.dep_ in ("prep", "npadvmod") and head.lemma_ != "be":
            return None if speaks(head) else _verb_phrase(head, inside)  # not "said during 22 years"
        if head.lemma_ == "be" and tok.dep_ == "prep" and tok.i > head.i:
            return be_state(head, tok, inside)  # "I have been sick for three days"
        if head.pos_ not in ("ADP",):
            return None
        tok = head
    return None


def _verb_phrase(verb: Token, inside: range) -> Span:
    """The verb with its particle and a short object right after it ("cut prices",
    "set up shop"), never reaching into the quantity."""
    doc = verb.doc
    hi = verb.i
    for ch in verb.children:
        if ch.i <= verb.i or ch.i in inside:
            continue
        if ch.dep_ in ("prt", "dobj") and ch.right_edge.i - verb.i <= 5 \
                and not any(t.i in inside or t.like_num for t in ch.subtree):
            hi = max(hi, ch.right_edge.i)
        elif ch.dep_ == "dobj" and ch.i - verb.i <= 5 \
                and not any(t.i in inside or t.like_num for t in doc[verb.i:ch.i + 1]):
            hi = max(hi, ch.i)  # "run a UK referendum [on the European constitution]"
    return verb.idx, doc[hi].idx + len(doc[hi].text)


def _top(first: Token, last: Token) -> Token:
    """The quantity's own head: its token whose head lies outside it (or the last one)."""
    for t in (last, first, *first.doc[first.i + 1:last.i]):
        if not first.i <= t.head.i <= last.i or t.head.i == t.i:
            return t
    return last


def _token_ending(doc: Doc, end: int, fallback: Token) -> Optional[Token]:
    for t in doc[fallback.i: min(len(doc), fallback.i + 12)]:
        if t.idx + len(t.text) == end:
            return t
    return None


def _of_object(tok: Token, inside: range) -> Optional[Token]:
    """"40% of the vote" → "vote" (not "of them", "of which")."""
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.i > tok.i and ch.text.lower() == "of":
            for p in ch.children:
                if p.dep_ == "pobj" and p.pos_ in _NOUNS and p.i not in inside and not _unit_like(p):
                    return p
    return None


def _restated_share(head: Token, inside: range) -> Optional[Span]:
    """What a percentage set in apposition measures: for a share word ("Almost a quarter, 22%,
    said they would buy one") what that share did, as for a share subject; for a plural noun
    ("About 14 million households, 60%, have digital TV") the noun's phrase."""
    if head.lower_ in L.SHARE_NOUNS:
        return active_event(head, inside, share=True)
    bracketed = head.doc[max(head.i, min(inside) - 1)].text == "("  # "203,091 votes (0.15 percent)"
    if head.pos_ == "NOUN" and head.tag_ == "NNS" and (head.dep_ in _SUBJECTS or bracketed) \
            and not _unit_like(head) \
            and not (head.i > 0 and head.doc[head.i - 1].text == "-"):  # (not "24-year-olds")
        return _np(head, inside)
    return None


def _in_object(tok: Token, inside: range) -> Optional[Token]:
    """"$135m in debt", "£56m in donations": a common noun in an in-phrase on money (not a
    place, a time or a number: "£5m in London", "$2m in the first quarter")."""
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.i == tok.i + 1 and ch.lower_ == "in":
            for p in ch.children:
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i not in inside and not _unit_like(p) \
                        and p.lemma_.lower() not in L.TIME_NOUNS and p.ent_type_ not in ("DATE", "TIME") \
                        and p.lower_ not in L.LEVEL_NOUNS and p.lower_ not in L.MONEY_FORM_NOUNS:
                    return p
    return None


def _time_taken(top: Token, inside: range, verbs: tuple = ("take",)) -> Optional[Span]:
    """"It took around five hours to gain control of the blaze", "it took a million years for a
    planet to form": a duration that is the object of "take" with an empty "it" (or no
    subject) measures the time the infinitive after it names ("to gain control of the
    blaze"); with a noun subject ("the repairs will take two weeks") the subject says it.  For
    money the same holds of "cost" ("it costs the taxpayer £35,000 a year to provide each
    prison place"): ``verbs``."""
    verb = top.head
    if top.dep_ not in ("dobj", "npadvmod", "attr") or verb.lemma_.lower() not in verbs or verb.i == top.i:
        return None
    if any(ch.dep_ in _SUBJECTS and (ch.pos_ in _NOUNS or ch.lower_ not in ("it", "this", "that"))
           for ch in verb.children):
        return None  # "the repairs will take two weeks to finish", "the film, which cost $7m to
        # make": what the subject names; only an empty "it" leaves it to the infinitive
    for ch in verb.children:
        if ch.dep_ in ("xcomp", "advcl") and ch.i > top.i and ch.tag_ == "VB":
            to = next((t for t in ch.children if t.dep_ == "aux" and t.lower_ == "to"), None)
            if to is not None:  # with its own subject: "for a planet to form"
                subj = next((t for t in ch.children if t.dep_ == "nsubj" and t.i < to.i
                             and t.i - 1 > top.i and t.doc[t.left_edge.i - 1].lower_ == "for"), None)
                start = subj.doc[subj.left_edge.i - 1] if subj is not None else to
                _, end = _verb_phrase(ch, inside)
                return start.idx, end
    return None


def _clause(verb: Token, inside: range) -> Optional[Span]:
    """A gerund clause as a subject ("applying for naturalized status costs $725"): the gerund
    with its object or a short prepositional phrase, at most eight words, no number."""
    words = list(verb.subtree)
    if len(words) > 8 or any(t.i in inside or t.like_num for t in words):
        return _verb_phrase(verb, inside)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _by_climbing(top: Token, inside: range, earlier: bool = False) -> Optional[Span]:
    """Climb from the amount to the noun or subject it is said of; ``earlier``: a pronoun
    subject may be read back to a noun subject written before it (see ``_earlier_subject``)."""
    tok = top
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return _subject_of(tok, inside, earlier)
        dep = tok.dep_
        if dep not in L.MEASURED_CLIMB_DEPS:
            return None
        if dep == "prep" and tok.text.lower() in _NOUN_PREPS and head.pos_ in _NOUNS \
                and head.i not in inside and not _unit_like(head) \
                and head.text.lower() not in L.LEVEL_NOUNS:
            return _np(head, inside)  # "a rate of 5%", "a price tag of $40,000"
        if dep == "prep" and tok.text.lower() in _CHANGE_PREPS and head.pos_ == "VERB":
            obj = next((ch for ch in head.children if ch.dep_ == "dobj" and ch.i not in inside
                        and ch.pos_ in _NOUNS and not _unit_like(ch)), None)
            if obj is not None:  # "boost the driving range by 35 miles", "cut prices by 5%"
                return _np(obj, inside)
        if tok.lower_ in L.MOVE_ADVERBS:
            moved = listed_name(tok, inside) or moved_object(tok, inside)
            if moved is not None and not _unit_like(moved):  # "…, JD Sports, down 1.95p", "pulled the sector 0.7% lower"
                return _np(moved, inside)
        if dep in ("advmod", "npadvmod") and tok.lower_ in L.MOVE_ADVERBS and head.pos_ in _NOUNS \
                and head.i not in inside and not _unit_like(head) and head.lower_ not in L.LEVEL_NOUNS:
            return _np(head, inside)  # "the biggest fallers were Unite Group, down 68p"
        if speaks(head) and not _passive(head):
            return None  # "the WHO reported 1,051,635 cases": its subject is who speaks
        subj = small_clause_subject(head)
        if subj is not None and subj.i not in inside and not _unit_like(subj):
            return _np(subj, inside)  # "economies worth $3.4 trillion"
        if head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.pos_ in _NOUNS \
                and head.head.i not in inside:
            return _np(head.head, inside)  # "the 2,000 km long pipeline"
        if head.pos_ == "VERB" and head.dep_ == "acl" and head.head.pos_ in _NOUNS \
                and not any(ch.dep_ in _SUBJECTS for ch in head.children):
            return _np(head.head, inside)  # "vessels exceeding 300 tons"
        if head.pos_ in ("VERB", "AUX") or head.pos_ == "ADJ" and head.dep_ in ("acomp", "ROOT"):
            found = _subject_of(head, inside, earlier)
            if found is not None:
                return found
            if head.dep_ in ("ccomp", "relcl", "advcl", "ROOT", "conj") and head.pos_ == "VERB" \
                    and not _passes_through(head):
                return None
        tok = head
    return None


def _passes_through(verb: Token) -> bool:
    """Verbs whose subject is not what their amount measures, but the clause above says it:
    "bringing the total to 45", participles and infinitives without a subject."""
    return verb.tag_ in ("VBG", "VBN", "VB") or verb.dep_ in ("xcomp", "advcl", "conj")


def _subject_of(verb: Token, inside: range, earlier: bool = False) -> Optional[Span]:
    if speaks(verb) and not _passive(verb):
        return None  # (a passive's subject is what is spoken of: "winds are predicted to reach")
    for child in verb.children:  # "FRANKFURT, March 6 - Cash ... rose": "Cash", not the dateline
        ch = behind_dateline(child) if child.dep_ in _SUBJECTS else None
        if ch is not None and ch.i not in inside:
            if ch.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
                return _np(verb.head, inside)  # "Ford, which has 13,000 workers"
            if ch.pos_ == "PRON":
                return _pronoun_antecedent(verb, ch, inside, earlier)
            if ch.dep_ in ("csubj", "nsubj") and ch.tag_ == "VBG" and ch.pos_ == "VERB" and not any(
                    g.dep_ in _SUBJECTS for g in ch.children):  # (not "staff calling in sick left ...")
                return _clause(ch, inside)  # "applying for naturalized status costs $725"
            if ch.pos_ not in ("DET", "NUM", "SCONJ", "VERB", "AUX") and not _unit_like(ch):
                return _np(ch, inside)
            holder = unit_holder(ch, _unit_like)
            if holder is not None and holder.i not in inside:  # "the quake's magnitude was 5.5"
                return _np(holder, inside)
            return None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "rose 5% and closed at 300"
        return _subject_of(verb.head, inside, earlier)
    hidden = hidden_subject(verb)
    if hidden is not None and hidden.i not in inside and not _unit_like(hidden):
        return _np(hidden, inside)  # "indicated Dorian's winds were near 180 mph"
    return None


def _passive(verb: Token) -> bool:
    return any(ch.dep_ == "nsubjpass" for ch in verb.children)


def _pronoun_antecedent(verb: Token, pronoun: Token, inside: range,
                        earlier: bool = False) -> Optional[Span]:
    """"The company said it has 1,000 customers": the subject of the governing clause, when
    the pronoun can stand for it ("officials confirmed it has infected 200": not "officials")."""
    up = verb.head
    for _ in range(3):
        if up.i == verb.i or up.pos_ not in ("VERB", "AUX"):
            return _earlier_subject(pronoun, inside) if earlier else None
        for ch in up.children:
            if ch.dep_ in _SUBJECTS and ch.pos_ in _NOUNS and ch.i not in inside \
                    and not is_dateline(ch):
                return _np(ch, inside) if agrees(pronoun, ch) and not quoted_apart(pronoun, ch) else None
        if up.head.i == up.i:
            return _earlier_subject(pronoun, inside) if earlier else None
        up = up.head
    return None


def _earlier_subject(pronoun: Token, inside: range) -> Optional[Span]:
    """"A dinosaur was found in Patagonia.  It weighed about ten lbs": an "it" or "they" with no
    clause above it stands for the nearest noun subject before it in its sentence, else for
    the main subject of the sentence before, when the two agree in number; "I", "we", "you"
    and "this" are left alone (their referent is not written as a noun nearby)."""
    if pronoun.lower_ not in L.ANTECEDENT_PRONOUNS:
        return None
    sent = pronoun.sent
    found = None
    for t in sent:
        if t.i >= pronoun.i:
            break
        if t.dep_ in _SUBJECTS and t.pos_ in _NOUNS and t.i not in inside and not is_dateline(t):
            found = t
    if found is None and sent.start > 0:
        prev = pronoun.doc[sent.start - 1].sent
        found = next((t for t in prev if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"
                      and not is_dateline(t)), None)
        if found is not None and found.pos_ not in _NOUNS:
            return None  # the sentence before has a pronoun or clause as subject: too far
    if found is None or not agrees(pronoun, found) or _unit_like(found) or speaks(found.head):
        return None  # (nor the one who speaks: "..., Reuters reported.  It aimed to save £220m")
    return _np(found, inside)


def _named_before(doc: Doc, first: Token) -> Optional[Token]:
    """The index, market or commodity named earlier in the sentence ("Brent crude … $58")."""
    start = first.sent.start if doc.has_annotation("SENT_START") else max(0, first.i - 40)
    for t in reversed(doc[max(start, first.i - 40):first.i]):
        if t.pos_ in _NOUNS and t.text.lower() in L.MEASURED_NAMES:
            head = t
            while head.dep_ == "compound" and head.head.i > head.i and head.head.i < first.i:
                head = head.head
            return head
    return None


def _unit_like(t: Token) -> bool:
    low = t.text.lower()
    return low in L.UNIT_WORDS or low in ("%", "$", "€", "£", "¥") or low in L.SCALE_WORDS


def _np(head: Token, inside: range) -> Optional[Span]:
    """The noun phrase of ``head``: the run of modifiers right before it (no determiner, no
    number or unit: "turbocharged 1.6 litre EcoBoost engine" is the "EcoBoost engine"), and
    short prepositional phrases after it without numbers ("the price of oil", "life expectancy
    for men in Glasgow")."""
    doc = head.doc
    while head.dep_ == "compound" and head.i < head.head.i <= head.i + 3:
        head = head.head  # "storm" in "storm surge" is the surge's
    lo = head.i
    while lo > 0 and _modifier(doc[lo - 1], head, inside):
        lo -= 1
    while lo < head.i and doc[lo].is_punct:
        lo += 1  # "OSLO - Norway's gas output": the dateline's dash left behind
    lo = glued_start(doc, lo, inside)  # "ABS-CBN Corporation", "the Iran–Iraq War"
    hi = head.i
    while hi + 2 < len(doc) and not doc[hi].whitespace_ and doc[hi + 1].text in ("-", "–") \
            and not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha and hi + 2 not in inside:
        hi += 2  # "e-minis" split by the tokenizer into "e", "-", "minis"
    while hi + 1 < len(doc) and hi + 1 not in inside and doc[hi + 1].like_num \
            and doc[hi + 1].head.i == head.i and not _numberish(doc[hi + 1]):
        hi += 1  # "S&P 500", "Fortune 100": the number is part of the name
    if hi + 2 < len(doc) and hi + 1 not in inside and hi + 2 not in inside \
            and _name_number(doc[hi + 1]) and doc[hi + 1].head.i == hi + 2 \
            and doc[hi + 2].pos_ in _NOUNS and not _unit_like(doc[hi + 2]) \
            and doc[hi + 2].dep_ == head.dep_ and doc[hi + 2].head.i == head.head.i:
        hi += 2  # "Stoxx 600 index" parsed as two subjects, "Stoxx" and "600 index"
    nxt = hi + 1
    while nxt < len(doc) and doc[nxt].text.lower() in _NP_PREPS and doc[nxt].head.i in range(head.i, hi + 1) \
            and doc[nxt].dep_ == "prep":
        end = doc[nxt].right_edge.i
        phrase = doc[nxt:end + 1]
        if end - head.i > 10 or any(_numberish(t) or t.i in inside or t.pos_ in ("VERB", "AUX", "PRON")
                                    or t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in L.TIME_NOUNS
                                    or t.is_punct and t.text not in "-&." for t in phrase):
            break
        hi = end
        nxt = hi + 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _modifier(t: Token, head: Token, inside: range) -> bool:
    """Whether ``t``, right before the phrase built so far, modifies ``head`` (directly or
    through another modifier): compounds, adjectives, possessives ("Israel's")."""
    if t.i in inside or _numberish(t) or t.tag_ == "PRP$" or t.text.lower() in L.MEASURE_ADJ \
            or is_dateline(t) or _spaced_dash(t) or t.is_space:
        return False  # (a paragraph break is no modifier: '"\n\nArgentina')
    if t.pos_ == "PRON" and t.text.isupper() and len(t.text) > 1:
        pass  # "US" read as the pronoun "us"
    elif t.pos_ in ("DET", "PUNCT", "ADP", "CCONJ", "PRON", "VERB", "AUX") \
            and not (t.tag_ == "POS" or t.text in ("-", "&") and t.head.i <= head.i
                     or t.pos_ == "VERB" and t.dep_ in ("amod", "compound")):
        return False
    anc = t
    for _ in range(3):
        if anc.head.i == head.i:
            return anc.dep_ in L.MEASURED_NP_DEPS or anc.dep_ == "nummod" and _name_number(anc)
        if anc.head.i == anc.i or anc.head.i > head.i or anc.head.i < t.i - 2:
            return False  # (a number may hang on the name before it: "S&P 500 e-minis")
        anc = anc.head
    return False


def _name_number(t: Token) -> bool:
    """A number written right after a name, as part of it: "Stoxx 600", "Nasdaq 100",
    "FTSE 250" (a plain integer of at most four digits, glued to the name by one space)."""
    return t.i > 0 and t.text.isdigit() and len(t.text) <= 4 and t.doc[t.i - 1].pos_ == "PROPN" \
        and t.doc[t.i - 1].whitespace_ == " " and t.ent_type_ not in ("DATE", "TIME") \
        and t.doc[t.i - 1].ent_type_ not in ("DATE", "TIME")  # (not "In January 25 people")


def _spaced_dash(t: Token) -> bool:
    """A dash with space on both sides ("New York, March 30 - Global Petroleum"), which
    separates a dateline or a clause; a hyphen inside a name ("S&P-500") has none."""
    return t.text in ("-", "--", "—", "–") and t.i > 0 and bool(t.doc[t.i - 1].whitespace_) \
        and bool(t.whitespace_)


def _numberish(t: Token) -> bool:
    """Another amount's number or unit ("1.6 litre"), which is no part of a name ("TA-35")."""
    if _unit_like(t):
        return True
    if not t.like_num or t.dep_ not in ("nummod", "quantmod", "npadvmod"):
        return False
    prev = t.nbor(-1) if t.i > 0 else None
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    # a number inside a name ("S&P 500 futures", "Nasdaq 100 e-minis") belongs to the name
    return not (prev is not None and prev.pos_ == "PROPN" and nxt is not None and not _unit_like(nxt))


def noun_phrase(head: Token, inside: range) -> Optional[Span]:
    """The measured-thing noun phrase of ``head`` (see ``_np``), for the owner reading."""
    return _np(head, inside)
