"""Word lists for reading a count's predicate (``predicate.py``).

Kept as data so a rule's reach can be read at a glance: each list says what it folds together.
"""
from __future__ import annotations

from typing import Optional

from claimledger.lexicon.attribution import POSSESSIVE_PRONOUNS

#: verbs that only say the counted things exist: no predicate ("ISIS has 1,000 fighters",
#: "1,000 fighters remain", "the group numbers 1,000")
EXISTS = frozenset({
    "be", "have", "remain", "exist", "number", "own", "possess", "field", "count", "there",
    "operate", "stay", "total", "estimate", "believe", "think", "say", "report", "count", "put",
    "record", "register", "confirm", "document", "identify", "find", "see",
    # adjectives of a copula that only say the things are there: "10,000 militants are still
    # active", "2,000 troops are present", "40 plants are operational"
    "active", "present", "operational",
})

#: verbs whose subject is who gives the figure, not what it is for ("officials put the toll at
#: 45", "the coalition estimates 1,000 fighters")
SPEAKER_SUBJECT = frozenset({"put", "estimate", "count", "tally", "report", "record", "say",
                             "believe", "think", "give"})

#: verbs that pass their subject on to the verb they introduce: "are believed to have been
#: killed", "are thought to remain", "are expected to attend", "seem to have fled"
RAISING_VERBS = frozenset({"believe", "think", "say", "report", "fear", "expect", "know",
                           "understand", "estimate", "presume", "seem", "appear", "suppose",
                           "allege", "rumour", "rumor", "claim"})

#: verbs whose subject then does what their "to" clause says, so that clause is what the count
#: is of: "40,000 seamen decided to remain on strike" (remain), "300 workers voted to strike".
#: Only acts that took place: not "want", "hope", "plan" ("16 million people wanted to stay" are
#: not those who stayed), nor "refuse", "threaten".  Rare: on the news corpus 19 counts are
#: followed by one of these and "to", 2 of them the seamen's.
CONTROL_VERBS = frozenset({"decide", "agree", "vote", "choose", "opt", "continue", "elect"})

#: participles after the noun that mean the things are still there: "3,000 militants left"
REMAINING = frozenset({"leave", "remain"})
#: prepositions after an intransitive "leave" that make it a departure, not what remains:
#: "300 families left for Jordan", "2,000 left from the port" (without them, or an object,
#: "fewer than 3,000 fighters left" says that many remain)
DEPARTURE_PREPOSITIONS = frozenset({"for", "to", "from", "after", "towards", "toward", "via"})

#: verbs that give a figure for a noun: the predicate is that noun ("registrations totalled 5.5
#: mln", "exports were 9.9 mln", "officials put the toll at 45", "the count stood at 752")
GIVES_FIGURE = frozenset({
    "be", "total", "reach", "stand", "amount", "number", "come", "put", "tally", "equal", "hit",
    "top", "peak", "average", "exceed", "estimate", "count",
})

#: words before a number that the parser may read as a preposition ("totalled around 5.5 mln")
APPROXIMATORS = frozenset({"around", "about", "over", "under", "nearly", "almost", "roughly",
                           "approximately", "some", "below", "above", "upwards", "near"})

#: verbs whose subject is the counted thing itself: "the fighters number about 1,000"
COUNTS_ITS_SUBJECT = frozenset({"number"})
#: verbs whose subject never names what the figure measures
SUBJECT_NOT_MEASURED = SPEAKER_SUBJECT | COUNTS_ITS_SUBJECT

#: verbs that move a figure: "the toll rose to 45", "drought reduced the crop to 11.2 mln bags"
CHANGE_VERBS = frozenset({
    "rise", "fall", "climb", "drop", "increase", "decrease", "cut", "reduce", "raise", "lower",
    "grow", "jump", "swell", "decline", "revise", "boost", "slash", "double", "triple", "soar",
    "plunge", "ease", "edge", "slip", "dip", "surge", "expand", "shrink",
})

#: verbs whose complement carries the meaning: "made idle", "taken prisoner", "left homeless"
LIGHT_VERBS = frozenset({"make", "take", "leave", "become", "get", "render", "keep", "lie", "go"})

#: nouns that only hold the figure: "a total of 752 rigs" is 752 rigs
TRANSPARENT_NOUNS = frozenset({
    "total", "number", "figure", "estimate", "count", "tally", "sum", "amount", "quantity",
    "maximum", "minimum", "average", "group", "batch", "contingent", "some", "all", "most",
    "rest", "majority", "dozen", "hundred", "thousand", "million", "lot", "handful", "none",
    # whose count it is, not what happened: "a total by NBC's reckoning of 279 votes"
    "reckoning", "calculation",
    "each", "one", "both", "any", "either", "neither", "many", "several", "few", "half",
})

#: determiners that make a count the size of a known set: "the six banks", "these 40 ships"
DEFINITE = frozenset({"the", "these", "those", "this", "that", "whose"}) | POSSESSIVE_PRONOUNS

#: a count of people out of these is a count of the displaced ("left their homes")
HOME_WORDS = frozenset({"home", "house"})
#: verbs that bring people back: "500 residents returned to their homes" is not displacement
RETURN_VERBS = frozenset({"return", "come", "go", "move", "head", "stay"})

#: lemmas folded into one class each; the class name is how a series label says it
CLASSES: dict[str, tuple[str, ...]] = {
    "killed": ("kill", "die", "dead", "death", "toll", "slay", "murder", "perish", "fatality",
               "massacre", "execute", "slaughter", "behead", "drown"),
    "injured": ("injure", "wound", "wounded", "hurt", "injury", "maim"),
    "captured": ("capture", "arrest", "detain", "prisoner", "hostage", "captive", "abduct",
                 "kidnap", "imprison", "jail"),
    "displaced": ("displace", "flee", "evacuate", "homeless", "refugee", "uproot"),
    "missing": ("miss", "missing", "disappear"),
    # not "halted" (on the news corpus "170 ships halted" by a strike on a page misdated to the
    # strike's first day conflicted with a later "80 ships strike-bound"), "stranded" (passengers)
    # nor "paralysed" (a body's as often as a port's)
    "idled": ("idle",),
    "deployed": ("deploy", "station", "base", "position"),
    "shipped": ("ship", "shipment", "load", "loading"),
    "exported": ("export",),
    "imported": ("import",),
    "sold": ("sell", "sale"),
    "bought": ("buy", "purchase"),
    "produced": ("produce", "production", "output", "manufacture"),
    "employed": ("employ", "employee", "staff", "workforce"),
}

_FOLD = {lemma: name for name, lemmas in CLASSES.items() for lemma in lemmas}


def fold(word: Optional[str]) -> Optional[str]:
    """The class of a predicate word; None for existence; the word itself when no class has it."""
    if not word or word in EXISTS:
        return None
    return _FOLD.get(word, word)
