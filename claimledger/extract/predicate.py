"""What a count says happened to the things it counts: "1,200 Libyans *killed*", "438 Libyans
were *taken prisoner*", "*exports* of 9.9 mln bags", "port loading *capacity* of 100,000 bags".

The counted thing alone does not name a quantity: "bags of coffee in Brazil" can be a crop
forecast, a month's shipments, a backlog or a port's daily capacity, and "Libyans" killed and
taken prisoner are two tolls of one battle.  The predicate is read from the parse around the
count's noun phrase:

- subject or object of a verb: the verb ("killed", "shipped", "imported"), or its complement
  ("made idle", "taken prisoner", "were dead");
- the object of "of" after a noun: the noun ("exports of", "capacity of", "forecasts of");
- after a verb that only gives the figure ("totalled", "reached", "were", "stood at"): the noun
  it is given for ("registrations totalled 5.5 mln bags", "the toll rose to 45").

Verbs that only say the things exist ("have", "remain", "number", "be") give no predicate: "ISIS
has 1,000 fighters", "1,000 fighters remain" and "1,000 fighters" are one quantity.  Lemmas are
then folded into a small set of classes (killed/died/dead/toll → "killed"; shipments/shipped →
"shipped", …) in ``predicate_lexicon.py``.

Written over spaCy's dependency parse by hand: no packaged model labels the semantic role of a
number (PropBank-style SRL models are not installable offline), and the dependency paths above
cover the forms news uses.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimledger.extract.tree import children, tokens_between
from claimledger.lexicon import predicates as L

#: how many steps up the parse the reading may take ("the number of those killed …")
_MAX_STEPS = 4


def predicate_of(doc: Doc, start: int, end: int) -> Optional[str]:
    """The predicate class of the count written at characters ``start``–``end`` (the number
    and its counted noun), or None when the text only says the things exist, or says nothing."""
    span = tokens_between(doc, start, end)
    if len(span) == 0:
        return None
    anchor = _root(span)
    found = L.fold(_read(anchor))
    if found is not None and found not in L.CLASSES and _definite(anchor):
        # "the six banks sent a telex", "its 65 members are honouring the picket": the number
        # is the size of a set the text already knows; what the set then does is not what was
        # counted (a known class is: "the two men were killed")
        return None
    return found


def _root(span) -> Token:
    """The token of the phrase the rest hangs from ("about 1,000 ISIS members" → members;
    "1,000 of the fighters" → fighters, whose "of" is read next): up from the phrase's last
    word while the head stays inside, stopping under a preposition ("around" read as one)."""
    inside = range(span[0].i, span[-1].i + 1)
    t = span[-1]
    for _ in range(len(span)):
        head = t.head
        if head.i == t.i or head.i not in inside or head.pos_ == "ADP":
            break
        t = head
    return t


def _definite(noun: Token) -> bool:
    """"the six banks", "its 65 members", "Brazil's 40,000 seamen": a determiner or owner
    before the number."""
    return any(ch.i < noun.i and (ch.dep_ == "poss" or ch.dep_ == "det" and ch.lower_ in L.DEFINITE)
               for ch in children(noun, 16))


def _read(anchor: Token) -> Optional[str]:
    t = anchor
    for _ in range(_MAX_STEPS):
        participle = _participle(t)  # "bags shipped", "people killed in the attack"
        if participle is not None:
            return participle
        dep, head = t.dep_, t.head
        if head.i == t.i:
            return None
        if dep in ("conj", "appos"):  # "killed 1,200 Libyans and 30 Chadians": the first's role
            t = head
            continue
        if _small_clause(t):
            return head.lemma_.lower()  # "made an estimated 160 ships idle": a small clause
        if dep in ("nsubj", "nsubjpass", "dobj", "attr", "oprd"):
            verb = head
            if verb.pos_ not in ("VERB", "AUX"):
                return None
            verb = _raised(verb)  # "are believed to have been killed": killed
            word = _verb_word(verb, t)
            if word in L.GIVES_FIGURE:  # "registrations totalled 5.5 mln": what the figure is for
                return _subject_noun(verb, t)
            if dep in ("nsubj", "nsubjpass") and word in L.REMAINING and _intransitive(verb, t):
                return "remain"  # "fewer than 3,000 IS fighters left": that many remain
            return word
        if dep == "pobj":
            prep = head
            holder = prep.head
            if prep.lower_ == "of" and (holder.pos_ == "NUM" or holder.lower_ in L.TRANSPARENT_NOUNS):
                # "1,000 of the fighters were killed", "none of the four banks has"
                t = holder
                continue
            if prep.lower_ == "of" and holder.pos_ in ("NOUN", "PROPN") and holder.i != prep.i:
                return holder.lemma_.lower()
            if holder.pos_ in ("VERB", "AUX") and prep.lower_ in L.APPROXIMATORS:
                # "totalled around 5.5 mln bags": the parser reads "around" as a preposition
                word = _verb_word(holder, t)
                return _subject_noun(holder, t) if word in L.GIVES_FIGURE else word
            if holder.pos_ in ("VERB", "AUX") and prep.lower_ in ("to", "at", "from", "by"):
                word = _verb_word(holder, t)  # "rose to 45", "stood at 752", "cut to 11.2 mln"
                if word in L.GIVES_FIGURE or word in L.CHANGE_VERBS:
                    return _object_or_subject_noun(holder, t)
                return word
            return None
        if dep in ("npadvmod", "nmod", "compound", "amod", "nummod", "quantmod"):
            t = head
            continue
        return None
    return None


def _small_clause(t: Token) -> bool:
    """Whether ``t`` is the subject of an adjective a light verb makes of it: "made 160 ships
    idle" (the parser hangs "ships" on "idle" as its subject, or, after "an estimated", as a
    noun-phrase adverb)."""
    adjective = t.head
    return t.dep_ in ("nsubj", "npadvmod") and adjective.pos_ == "ADJ" \
        and adjective.dep_ in ("ccomp", "xcomp", "oprd") and adjective.head.lemma_.lower() in L.LIGHT_VERBS


def _intransitive(verb: Token, subject: Token) -> bool:
    """"3,000 fighters left" (no object, no destination): what is left, not who departed
    ("300 families left the city", "left for Jordan")."""
    return not any(ch.i != subject.i and (ch.dep_ in ("dobj", "attr", "oprd", "xcomp", "ccomp")
                                          or ch.dep_ == "prep" and ch.lower_ in L.DEPARTURE_PREPOSITIONS)
                   for ch in children(verb, 32))


def _raised(verb: Token) -> Token:
    """The verb a hearsay or raising verb passes its subject to: "100,000 people are believed to
    have been killed", "2,000 are thought to remain", "20 are expected to attend"; and the verb
    a subject chose to do ("40,000 seamen decided to remain on strike": they remain)."""
    for _ in range(3):
        if verb.lemma_.lower() not in L.RAISING_VERBS and verb.lemma_.lower() not in L.CONTROL_VERBS:
            break
        xcomp = next((ch for ch in children(verb, 32) if ch.dep_ == "xcomp" and ch.pos_ in ("VERB", "AUX")), None)
        if xcomp is None:
            break
        verb = xcomp
    return verb


def _participle(t: Token) -> Optional[str]:
    """A past participle or a relative clause right after the counted noun, reading it."""
    for ch in children(t, 16):
        if ch.i > t.i and ch.dep_ == "acl" and ch.tag_ in ("VBN", "VBG"):
            word = _verb_word(ch, t)
            if word in L.REMAINING and (word == "remain" or _intransitive(ch, t)):
                return "remain"  # "3,000 militants left" (but "300 families left for Jordan")
            return word
    return None


def _verb_word(verb: Token, counted: Token) -> str:
    """The verb's lemma, or what it makes of its subject when the verb is a copula or a
    light verb: "were dead" → dead, "made idle" → idle, "taken prisoner" → prisoner."""
    lemma = verb.lemma_.lower()
    if lemma in L.LIGHT_VERBS:
        before_number = _adjective_before_number(counted)
        if before_number is not None:
            return before_number  # "have made idle 158 ships": the adjective leads the object
    if lemma not in L.RETURN_VERBS and _away_from_home(verb, counted):
        return "displace"  # "left their homes", "remain outside their homes", "fled their houses"
    for ch in children(verb, 32):
        if ch.i == counted.i or not _same_clause(verb, ch, 4):
            continue
        if ch.dep_ in ("acomp", "oprd") or (ch.dep_ == "attr" and lemma in L.LIGHT_VERBS):
            if ch.pos_ in ("ADJ", "NOUN", "VERB"):
                if _held_by(ch):
                    return "idle"  # "80 ships were strike-bound", "ice-bound"
                return ch.lemma_.lower()
        if ch.dep_ == "ccomp" and lemma in L.LIGHT_VERBS and ch.pos_ == "ADJ":
            return ch.lemma_.lower()
    if lemma in L.LIGHT_VERBS:
        # "made idle 158 ships": the parser often hangs the adjective as the verb's object
        for ch in children(verb, 32):
            if ch.dep_ in ("dobj", "advmod", "xcomp") and ch.pos_ == "ADJ":
                return ch.lemma_.lower()
    return lemma


def _adjective_before_number(counted: Token) -> Optional[str]:
    """The adjective a light verb's object puts before its number ("made idle 158 ships": the
    parser hangs "idle" on "ships"), or None ("made 158 new ships": after the number, it only
    describes them)."""
    numbers = [ch.i for ch in children(counted, 16) if ch.dep_ == "nummod"]
    if not numbers:
        return None
    return next((ch.lemma_.lower() for ch in children(counted, 16)
                 if ch.dep_ == "amod" and ch.pos_ == "ADJ" and ch.i < min(numbers)), None)


def _held_by(word: Token) -> bool:
    """"strike-bound", "fog-bound": "bound" joined by a hyphen to what holds the things where
    they are (not "bound for Rotterdam", where they are on their way)."""
    return word.lemma_.lower() == "bind" and any(
        ch.dep_ in ("npadvmod", "compound") and ch.i < word.i and word.doc[ch.i + 1].text == "-"
        for ch in children(word, 8))


def _away_from_home(verb: Token, counted: Token) -> bool:
    """Whether the verb puts its subject out of their homes: a home word as its object, or
    under one of its prepositions or adverbs ("left their homes", "remain outside their homes",
    "are away from their homes")."""
    for ch in children(verb, 32):
        if ch.i == counted.i or ch.i < verb.i:
            continue
        if ch.dep_ == "dobj" and ch.lemma_.lower() in L.HOME_WORDS:
            return True
        if ch.dep_ == "prep":
            preps = [ch]
        elif ch.dep_ == "advmod":  # "away from": the preposition hangs off the adverb
            preps = [g for g in children(ch, 8) if g.dep_ == "prep"]
        else:
            continue
        if any(o.dep_ == "pobj" and o.lemma_.lower() in L.HOME_WORDS
               for prep in preps for o in children(prep, 8)):
            return True
    return False


def _same_clause(a: Token, b: Token, reach: int) -> bool:
    """Whether ``b`` is within ``reach`` words of ``a`` with no colon or dash between: headlines
    ("1,000 members remain: US-led coalition") hang the credit line on the verb."""
    lo, hi = sorted((a.i, b.i))
    return hi - lo <= reach and not any(t.text in (":", "—", "–", "|") for t in a.doc[lo:hi])


def _subject_noun(verb: Token, counted: Token) -> Optional[str]:
    """The noun a verb gives the figure for: "registrations totalled 5.5 mln" → registration
    (None when the subject is who gives it: "officials put the toll at 45")."""
    if verb.lemma_.lower() in L.SUBJECT_NOT_MEASURED:
        return None  # "officials put the toll at 45"; "the fighters number about 1,000"
    noun = _noun_child(verb, counted, ("nsubj", "nsubjpass"))
    return None if noun in L.TRANSPARENT_NOUNS else noun


def _object_or_subject_noun(verb: Token, counted: Token) -> Optional[str]:
    """"reduced the crop to 11.2 mln bags" → crop; "the toll rose to 45" → toll."""
    obj = _noun_child(verb, counted, ("dobj",))
    if obj is None:
        return _subject_noun(verb, counted)
    return None if obj in L.TRANSPARENT_NOUNS else obj  # "put the number of dead at 45"


def _noun_child(verb: Token, counted: Token, deps: tuple[str, ...]) -> Optional[str]:
    """The lemma of the verb's first common-noun child in one of ``deps`` within its clause."""
    return next((ch.lemma_.lower() for ch in children(verb, 32)
                 if ch.i != counted.i and ch.dep_ in deps and ch.pos_ == "NOUN"
                 and _same_clause(verb, ch, 8)), None)
