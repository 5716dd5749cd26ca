"""Whose property a measured thing is: "Dell" for "about 5% of its workforce", "Britain" for
"can borrow at an interest rate of 1.38pc", "the company" for "the 7% share price increase",
"the Volt" for "the Volt's all-electric range".

NewsQuant annotates about one concept in five this way ("workforce, Dell", "interest rate,
Britain"): the measured property and, beside it, the entity that has it.  Keeping the two apart
lets a series be keyed by both ("unemployment rate" of "Britain") and lets a reader see the holder
even when the property is generic ("revenue", "share price").

Read from the parse around the measured noun, in the order the clues are reliable:

1. its possessor ("Dell's workforce"; "its workforce" → the subject the pronoun stands for);
2. when the measured noun is not itself the subject, the subject of its clause ("Britain can
   borrow at an interest rate of 1.38pc"), climbing through participles and infinitives
   ("the company ... lifted its expectations, which contributed to the 7% increase");
3. nothing, when the measured noun is the subject: "sedan sales are down 12.3 percent" has
   no holder besides what it names.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.lexicon import quantities as L
from claimledger.lexicon.tracking import SPEAKER_HOLDERS
from claimledger.extract.quantities.measured import Span, measured_span, noun_phrase
from claimledger.extract.quantities.measured_holder import holds_amount
from claimledger.extract.quantities.measured_listed import listed_holder
from claimledger.extract.quantities.owner_names import is_amount, whole_name
from claimledger.extract.quantities.subjects import agrees, is_dateline, speaks

_SUBJECTS = ("nsubj", "nsubjpass")
_NOUNS = ("NOUN", "PROPN")
#: where a noun stands that a "with" phrase can describe as a holder: a clause's subject, object
#: or predicate, an appositive, a fragment's root; not the object of a preposition ("in
#: connection with", "set at 50 point intervals with initial strikes of 250")
_WITH_HOLDERS = ("nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT")


def measured_and_owner(doc: Doc, first: Token, last: Token, kind: str, unit: Optional[str],
                       counted: Optional[Span], events: bool = True) -> Optional[tuple[Span, Optional[Span]]]:
    """(what the quantity from ``first`` to ``last`` measures, whose property that is) as
    character spans, or None when nothing is measured; ages have no holder."""
    m = measured_span(doc, first, last, kind, unit, counted, events)
    if m is None:
        return None
    m = whole_name(doc, m)  # "Morgan Stanley (Jersey) Ltd is issuing ...": not "Ltd" alone
    quantity = range(first.i, last.i + 1)
    if kind == "percent":
        won = share_winner(doc, m, quantity)
        if won is not None:
            return m, won
    if kind == "age":
        return m, None
    if said_of_amount(doc, m, first, last):
        return m, None  # "16% said they ...": what the share did has no holder besides the share
    o = owner_span(doc, m, quantity)
    words = doc.char_span(o[0], o[1], alignment_mode="expand") if o is not None else None
    if words is None or not any(_word_of_a_name(t) for t in words) or is_amount(words) \
            or o[0] < last.idx + len(last.text) + 2 and o[1] > first.idx:
        o = None  # never the amount itself, nor a word of another ("% of", "mln dlrs")
    if o is not None:
        o = whole_name(doc, o)
    return m, o or headword_name(doc, m, quantity) or listed_holder(doc, first, last, m)


def _word_of_a_name(t: Token) -> bool:
    """A noun that can name a holder: not a unit or another amount's token ("%", "m", "9p")."""
    return t.pos_ in _NOUNS and any(ch.isalpha() for ch in t.text) \
        and not t.text[0].isdigit() and t.text not in L.UNIT_SYMBOLS


def said_of_amount(doc: Doc, measured: Span, first: Token, last: Token) -> bool:
    """Whether ``measured`` is a verb phrase whose subject is the amount itself ("9p will go to a
    charity appeal", "16% said they had new cards"): ``groups.active_event``'s reading."""
    span = doc.char_span(measured[0], measured[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.pos_ != "VERB":
        return False
    return any(ch.dep_ == "nsubj" and first.i <= ch.i <= last.i + 1 for ch in span.root.children)


def owner_span(doc: Doc, measured: Span, quantity: range) -> Optional[Span]:
    """The character span of the entity ``measured`` (a character span) is a property of, or
    None.  ``quantity`` is the range of the quantity's own token indices."""
    span = doc.char_span(measured[0], measured[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    inside = range(min(quantity.start, span.start), max(quantity.stop, span.end))
    poss = next((ch for ch in head.children if ch.dep_ == "poss"), None) \
        or next((ch for t in doc[quantity.start:quantity.stop] for ch in t.children
                 if ch.dep_ == "poss" and ch.i < quantity.start and ch.tag_ != "PRP$"), None)
    # ("OPEC's 18 dlr a barrel target": the possessor on the amount; a pronoun there is left, its
    # antecedent being less sure: "its first three days" after a sentence about a developer)
    if poss is not None:
        if poss.tag_ == "PRP$":
            return _antecedent(poss, head, inside) if poss.lower_ in L.HOLDER_PRONOUNS else None
        if span.start <= poss.i < span.end:
            return None  # "Dell's workforce": the possessor is already in the measured words
        if poss.ent_type_ in ("DATE", "TIME") or is_dateline(poss):
            return None  # "last month's rate", "yesterday's 6.81 pct average": when, not whose
        return _phrase(poss, inside)  # "OPEC's 18 dlr a barrel target": measured "target", OPEC's
    held = with_holder(head, quantity)
    if held is not None:
        return _phrase(held, inside)  # "Brazil, with about 108 billion dlrs in debt, ..."
    if head.dep_ == "dobj" and _changed_to(doc, head, quantity):
        found = _clause_subject(head, inside)  # "the company cut its rate to 1%"
        return found if found is not None and _agent(doc, found) else None
    if head.dep_ in _SUBJECTS + ("attr",) or not (_within(doc[quantity.start], head)
                                                  or holds_amount(doc, head, quantity)):
        return None  # read through a verb ("sales rose 5%"), the holder is in its own words
    return _clause_subject(head, inside)


def with_holder(head: Token, quantity: range) -> Optional[Token]:
    """The noun a "with" phrase holding both the amount and the measured noun describes:
    "Brazil, with about 108 billion dlrs in debt, shocked banks", "a lender with assets of 5
    billion dlrs": the debt is Brazil's, the assets the lender's.  Climbs from the measured noun
    through nouns and prepositions only (a verb between them ends the phrase)."""
    doc = head.doc
    tok = head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return None
        if tok.dep_ == "prep" and tok.lower_ == "with":
            owner = tok.head
            if owner.pos_ not in _NOUNS or owner.i in quantity or owner.dep_ not in _WITH_HOLDERS:
                return None  # (not "in connection with", "second in the high jump with")
            top = doc[quantity.start]
            for _ in range(6):  # the amount is inside the same phrase
                if top.i == tok.i:
                    return owner
                if top.head.i == top.i or top.pos_ in ("VERB", "AUX"):
                    return None
                top = top.head
            return None
        tok = tok.head
    return None


def _changed_to(doc: Doc, obj: Token, quantity: range) -> bool:
    """Whether the quantity is where the object of a verb is moved to or by: "brought down the
    false positive rate to .001 per cent", "cut prices by 5%" (the verb's subject holds it)."""
    top = doc[quantity.stop - 1]
    for t in doc[quantity.start:quantity.stop]:
        if t.head.i not in quantity:
            top = t
            break
    return top.dep_ == "pobj" and top.head.lower_ in ("to", "by", "from") \
        and top.head.head.i == obj.head.i and obj.head.pos_ == "VERB" and not speaks(obj.head)


def _agent(doc: Doc, span: Span) -> bool:
    """Whether a subject can act on what it holds: a named organisation, country or people
    ("the Fed lifted borrowing costs to 2.25%", "India has raised the limit ... to 74%"), or a
    firm or government by its common noun; not an event that causes the change ("the slump in
    sales prompted the group to cut production by 3%", "expansion pushed growth to 2.3%")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    root = words.root
    return root.ent_type_ in ("ORG", "GPE", "NORP") or root.lemma_.lower() in L.AGENT_NOUNS


def headword_name(doc: Doc, measured: Span, quantity: range) -> Optional[Span]:
    """The name a market report sets before a dash to say whom the sentence is about:
    "Walmart — Shares of the retail giant rose 1.5%", "Carnival — The cruise operator gained
    2.2%": the measured subject right after the dash is that company's.  Not a dateline
    ("NEW YORK —", "London, March 3 -") nor a place."""
    span = doc.char_span(measured[0], measured[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span.sent
    words = []
    for t in sent[:6]:
        if t.text in ("—", "–") or t.text in ("-", "--") and t.whitespace_ \
                and t.i > 0 and doc[t.i - 1].whitespace_:
            break  # (a spaced dash: "Oscar-winning" is a hyphen)
        words.append(t)
    else:
        return None
    dash = sent.start + len(words)
    if not 1 <= len(words) <= 4 or span.start <= dash or span.start - dash > 3 \
            or dash + 1 > quantity.start:
        return None
    if not all(t.text[:1].isupper() or t.text in "&." for t in words) or is_dateline(words[0]) \
            or any(t.ent_type_ in ("GPE", "LOC", "DATE", "TIME") for t in words) \
            or any(t.text.isupper() and len(t.text) > 3 for t in words) \
            or any(t.dep_ in _SUBJECTS for t in words) \
            or any(t.text in ("—", "–", "-", "--") and t.whitespace_ for t in doc[dash + 1:quantity.start]):
        # (not a subject, nor before a dash that opens an aside: "Exports - the driver of growth - grew")
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def share_winner(doc: Doc, measured: Span, quantity: range) -> Optional[Span]:
    """Who holds a share of a whole: "Sanders won 25.7% of the vote", "Weld received 9% of the
    vote", "came in second with 24.4% of the vote", "securing about 34% of votes".  The share is
    the object of a verb (directly or through "with") and the holder that verb's noun subject,
    climbing only through a subjectless participle ("…, securing 34%").  Without this every
    candidate's share keys as the one "percent of vote" and their results merge into a series.

    On every fourth article of the news corpus (1,846) the rule gives 14 shares a holder, all
    read right: 8 candidates' vote shares, 5 owners' stakes ("Rosneft bought 100% of Baikal"),
    the judges' half of a vote.  A first version that climbed to any clause subject gave 56, with
    "Various opinion polls" and "Taylor's recovery" among them.
    """
    span = doc.char_span(measured[0], measured[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    whole, share = span.root, doc[quantity.stop - 1]
    if not (whole.dep_ == "pobj" and whole.head.lower_ == "of" and whole.head.head.i == share.i) \
            or any(ch.dep_ == "poss" for ch in whole.children):
        return None
    verb = share.head
    if share.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head
    elif share.dep_ != "dobj":
        return None
    for _ in range(2):
        if verb.pos_ != "VERB" or speaks(verb):
            return None
        subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if subject is not None:
            return _phrase(subject, range(quantity.start, quantity.stop)) if subject.pos_ in _NOUNS else None
        if verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return None
        verb = verb.head
    return None


def _within(tok: Token, head: Token) -> bool:
    """Whether ``tok`` hangs on ``head`` without a verb between them ("5% of its workforce",
    "an interest rate of 1.38pc", "a 7% increase"): then the measured noun is in the
    quantity's own phrase, and the clause around that phrase says whose it is."""
    for _ in range(8):
        if tok.i == head.i:
            return True
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") and tok.i != head.i:
            return False
        tok = tok.head
    return False


def _clause_subject(tok: Token, inside: range) -> Optional[Span]:
    """The subject of the clause ``tok`` stands in, climbing through prepositions, objects and
    subjectless verbs (participles, infinitives, relative clauses on a noun); for a verb (the
    event a duration measures, "she worked for three years"), its own subject first."""
    for step in range(8):
        head = tok if step == 0 and tok.pos_ == "VERB" else tok.head
        if head.i == tok.i and step:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if speaks(head) and tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
                return None  # "he said there had been falling sales of 13%": not his sales
            for ch in head.children:
                if ch.dep_ in _SUBJECTS and ch.i not in inside and ch.i != tok.i \
                        and not is_dateline(ch):
                    if ch.tag_ in ("WDT", "WP") and head.dep_ == "relcl" and head.head.pos_ in _NOUNS:
                        return _phrase(head.head, inside)
                    if ch.pos_ == "PRON":
                        return _antecedent(ch, head, inside) if ch.lower_ in L.HOLDER_PRONOUNS else None
                    if ch.pos_ in _NOUNS:
                        return _phrase(ch, inside)
                    return None
            if head.dep_ not in ("xcomp", "advcl", "acl", "conj", "relcl", "pcomp") \
                    and head.tag_ not in ("VBG", "VBN"):
                return None
            if head.dep_ == "xcomp" and any(ch.dep_ == "dobj" for ch in head.head.children):
                return None  # "forcing the sale ... to help pay a $27bn bill": the object does it
        elif head.pos_ in _NOUNS and tok.dep_ not in ("prep", "pobj") and head.dep_ in _SUBJECTS:
            return None
        tok = head
    return None


def _antecedent(pron: Token, head: Token, inside: range) -> Optional[Span]:
    """What "it"/"its" stands for: the nearest noun subject before it in the sentence ("Dell
    … plans to lay off …, or 5% of its workforce"), else the subject of the sentence before."""
    sent = pron.sent
    best = None
    for t in sent:
        if t.i >= pron.i:
            break
        if t.dep_ in _SUBJECTS and t.pos_ in _NOUNS and t.i not in inside \
                and not is_dateline(t) and agrees(pron, t):
            best = t
    if best is None and sent.start > 0:
        prev = pron.doc[sent.start - 1].sent
        best = next((t for t in prev if t.dep_ in _SUBJECTS and t.pos_ in _NOUNS
                     and t.head.dep_ == "ROOT" and not is_dateline(t) and agrees(pron, t)), None)
    if best is not None and _speaker_for_others(best) \
            and any(a.dep_ == "ccomp" and a.head.i == best.head.i for a in pron.ancestors):
        return None  # "union leaders said they would not return unless they got a 275 pct rise"
    return _phrase(best, inside) if best is not None else None


def _speaker_for_others(tok: Token) -> bool:
    """Whether ``tok`` is a common noun for people who speak (the subject of "said", the pronoun
    in what they said: not "footballers pledge 1% of their earnings") and not a body that holds things ("the company said its sales ..."): "union leaders", "analysts",
    "Russian prosecutors" speak of what belongs to others (their members, a company, a state)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and speaks(tok.head) \
        and tok.lemma_.lower() not in L.AGENT_NOUNS | SPEAKER_HOLDERS and tok.ent_type_ not in ("ORG", "GPE", "NORP")


def _phrase(tok: Token, inside: range) -> Optional[Span]:
    if tok.i in inside or tok.pos_ not in _NOUNS:
        return None
    return noun_phrase(tok, inside)
