"""Readings of what an amount measures where the parse hides the usual clue, each checked on the
first 300 articles of the news corpus (``bench/quantities.py --news-fill``):

- a subject parsed as the object of the verb before it: "the advisory indicated Dorian's
  maximum sustained winds were near 180 mph" gives "winds" to "indicated" and leaves "were"
  without a subject; the object right before a subjectless copula is its subject;
- an adjective with its own subject in a small clause: "with the combined economies of the
  countries worth US$3.4 trillion", "shares 5% higher";
- the object a verb moves by the amount: "UnitedHealth pulled the healthcare sector 0.68 percent
  lower" (the sector moved, not UnitedHealth), "sent shares 5% higher";
- a name before a comma in a list of movers: "the biggest fallers were Unite Group, down 68p
  at 1112p, JD Sports, down 1.95p at 125.8p" (each name's own move, whatever the parse joins);
- the thing a price is paid for: "Monoprice has the refurbished Harmony Touch for $30", "it
  took a 51 per cent stake in a school for 92 million yuan" (the object, whose holder is the
  subject: ``measured_holder``);
- a share for a name: "Biden led 47 percent to 40 percent, with 5 percent for Amash";
- a share said to be in a state: "48% were pessimistic about their national economy" (as
  "16% said ..." is the share of people who said it, ``groups.active_event``);
- a unit word as subject, with what it is the unit of: "the quake's magnitude was 5.5",
  "the magnitude of the second quake was 4.0";
- an amount set after a dash or a comma in apposition to a noun: "A Mars day is also longer —
  24 hours, 39 minutes and 35 seconds", "its revenue, $5bn, ..." (not a bracketed restatement
  of another amount, "$44.7m (£23.2m)", nor a name: "according to Al Jazeera, US$3.6 billion");
- no reading for a duration after "within": a deadline ("a plan within two weeks"), which
  dates something, as "two weeks later" does (``measured.is_time_reference``);
- a share in a poll: "She polled at two percent in the Monmouth poll", "two percent in the
  September 25–27 Léger poll": the poll is what the share is a share of (its respondents);
- the state a duration on "be" says the length of: "been sick for three days" (moved here from
  ``measured`` to keep that module under 600 lines).
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from claimledger.extract.quantities.subjects import speaks
from claimledger.lexicon import quantities as L

_NOUNS = ("NOUN", "PROPN")
#: verbs whose for-phrase names a claim or a reason, not a price ("sued Google for $5bn")
NOT_PRICE_VERBS = ("sue", "fine", "penalize", "penalise", "charge", "thank", "blame")
#: nouns of an opinion poll, whose respondents a share in it is a share of
POLL_NOUNS = frozenset(("poll", "survey", "average", "tracker", "ballot"))


def hidden_subject(verb: Token) -> Optional[Token]:
    """The noun a subjectless copula ("were", "is") in a clause complement is said of, when the
    parse made it the object of the verb above, written right before the copula."""
    if verb.lemma_ != "be" or verb.dep_ not in ("ccomp", "xcomp"):
        return None
    obj = next((ch for ch in verb.head.children if ch.dep_ == "dobj" and ch.right_edge.i + 1 == verb.i
                and ch.pos_ in _NOUNS), None)
    return obj


def small_clause_subject(adj: Token) -> Optional[Token]:
    """The subject of an adjective that has one ("economies ... worth $3.4 trillion")."""
    if adj.pos_ != "ADJ":
        return None
    return next((ch for ch in adj.children if ch.dep_ == "nsubj" and ch.pos_ in _NOUNS), None)


def poll_share(top: Token, inside: range, np: Callable) -> Optional[tuple]:
    """"two percent in the Monmouth poll" → "the Monmouth poll"."""
    for ch in top.children:
        if ch.dep_ == "prep" and ch.lower_ == "in" and ch.i > top.i:
            obj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in POLL_NOUNS and obj.i not in inside:
                return np(obj, inside)
    return None


def moved_object(adv: Token, inside: range) -> Optional[Token]:
    """"pulled the healthcare sector 0.68 percent lower": the object, before the adverb of
    movement ``adv``, of the verb the adverb hangs on."""
    verb = adv.head
    if verb.pos_ != "VERB" or adv.dep_ not in ("advmod", "oprd", "acomp", "xcomp"):
        return None
    return next((ch for ch in verb.children if ch.dep_ == "dobj" and ch.i < adv.i
                 and ch.pos_ in _NOUNS and ch.i not in inside
                 and not any(g.dep_ in ("nummod", "quantmod") or g.like_num for g in ch.children)),
                None)  # (not another amount: "occupied 6.05 hectares, up from 2.48")


def listed_name(adv: Token, inside: range) -> Optional[Token]:
    """"…, JD Sports, down 1.95p": the proper name right before the comma before ``adv``."""
    doc = adv.doc
    if adv.i < 2 or doc[adv.i - 1].text != "," or doc[adv.i - 2].pos_ != "PROPN" \
            or adv.i - 2 in inside:
        return None
    return doc[adv.i - 2]


def priced_object(top: Token, inside: range) -> Optional[Token]:
    """"has the Harmony Touch for $30": the object, before the for-phrase, of the verb the
    for-phrase with the money hangs on."""
    prep = top.head
    if top.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or speaks(verb) or verb.lemma_.lower() in NOT_PRICE_VERBS:
        return None
    return next((ch for ch in verb.children if ch.dep_ == "dobj" and ch.i < prep.i and ch.pos_ in _NOUNS
                 and ch.i not in inside and ch.ent_type_ != "PERSON"
                 and not any(g.dep_ in ("nummod", "quantmod") or g.like_num for g in ch.children)),
                None)


def share_for(top: Token, inside: range) -> Optional[Token]:
    """"with 5 percent for Amash", "40% for Labour": the person, party or body a share is
    for, named in a for-phrase right after it (not a time: "5% for the year")."""
    for ch in top.children:
        if ch.dep_ == "prep" and ch.lower_ == "for" and ch.i == top.i + 1:
            obj = next((p for p in ch.children if p.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
                    and obj.i not in inside:
                return obj
    return None


def glued_start(doc, lo: int, inside: range) -> int:
    """Where a name joined by a dash without spaces begins ("ABS-CBN", "Iran–Iraq") when the
    phrase built so far starts inside it."""
    while lo >= 2 and doc[lo - 1].text in ("-", "–") and not doc[lo - 1].whitespace_ \
            and not doc[lo - 2].whitespace_ and doc[lo - 2].is_alpha and lo - 2 not in inside \
            and lo - 1 not in inside:
        lo -= 2
    return lo


def only_units(doc, span: tuple, unit_like: Callable, money: bool = False) -> bool:
    """Whether the words of ``span`` are all units, numbers or punctuation ("cm", "sq m",
    "mln pesos"); for ``money`` a currency alone is a thing whose price is given ("the dollar
    reached $1.29"), so only a span with a number or scale word counts."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not all(unit_like(t) or t.text in L.UNIT_SYMBOLS or t.like_num or t.is_punct
                                    for t in words):
        return False
    return not money or any(t.like_num or t.lower_ in L.SCALE_WORDS for t in words)


def share_state(top: Token, inside: range) -> Optional[tuple]:
    """"48% were pessimistic about their national economy" → "pessimistic about their
    national economy": the adjective phrase after "be" whose subject a share is (at most eight
    words, no number)."""
    verb = top.head
    if top.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < top.i:
        return None
    comp = next((ch for ch in verb.children if ch.dep_ == "acomp" and ch.pos_ == "ADJ" and ch.i > verb.i), None)
    if comp is None:
        return None
    words = [t for t in comp.subtree]
    if len(words) > 8 or any(t.like_num or t.i in inside for t in words):
        return None
    doc = top.doc
    return doc[words[0].i].idx, doc[words[-1].i].idx + len(doc[words[-1].i].text)


def unit_holder(subject: Token, unit_like: Callable) -> Optional[Token]:
    """The noun a unit-word subject ("magnitude", "points") belongs to: its possessor or the
    object of its of-phrase ("the quake's magnitude", "the magnitude of the quake")."""
    if not unit_like(subject) or not subject.is_alpha \
            or any(ch.dep_ in ("nummod", "quantmod") or ch.like_num for ch in subject.children):
        return None  # (an amount as subject, "84% of Britons did not wash ...", is no unit word)
    for ch in subject.children:
        if ch.dep_ == "poss" and ch.pos_ in _NOUNS:
            return ch
        if ch.dep_ == "prep" and ch.lower_ == "of":
            obj = next((p for p in ch.children if p.dep_ == "pobj" and p.pos_ in _NOUNS), None)
            if obj is not None and not unit_like(obj):
                return obj
    return None


def appositive_amount(first: Token, head: Token, unit_like: Callable) -> bool:
    """Whether the amount starting at ``first``, in apposition to the noun ``head``, restates
    that noun after a dash or comma (see the module's docstring)."""
    doc = first.doc
    if first.i == 0 or doc[first.i - 1].text not in ("—", "–", "--", ","):
        return False
    return head.pos_ == "NOUN" and not unit_like(head) and head.text not in L.UNIT_SYMBOLS \
        and not head.like_num and head.ent_type_ not in ("DATE", "TIME") \
        and not any(ch.dep_ in ("nummod", "quantmod") or ch.like_num for ch in head.children)


def deadline(first: Token, top: Token) -> bool:
    """"produce a plan within two weeks", "within the first four hours 185,000 were without
    power": a duration after "within" sets a deadline or a window from an event, a point in
    time as "two weeks later" is, not the length of anything."""
    return first.lower_ == "within" or top.dep_ == "pobj" and top.head.lower_ == "within"


def be_state(be: Token, duration_prep: Token, inside: range) -> Optional[tuple]:
    """"been sick for three days" → "been sick", "been in the squad for two years" → "been in
    the squad": the state a duration on "be" says the length of, when its complement sits
    between "be" and the duration (at most six words, no number)."""
    comp = next((ch for ch in be.children if be.i < ch.i < duration_prep.i
                 and ch.dep_ in ("acomp", "attr", "prep")), None)  # (not "was only", "was just")
    if comp is None or comp.right_edge.i >= duration_prep.i or comp.right_edge.i - be.i > 6 \
            or any(t.like_num or t.i in inside for t in be.doc[be.i:comp.right_edge.i + 1]):
        return None
    return be.idx, be.doc[comp.right_edge.i].idx + len(be.doc[comp.right_edge.i].text)
