"""Words of time expressions: units, number words, vague references, relation cues.

Drawn from the TIMEX3 guidelines (ISO-TimeML: units, PAST_REF / PRESENT_REF / FUTURE_REF) and
from the forms found in the news corpus while building ``extract.time``; month and weekday names
are in ``lexicon.dates``.
"""
from __future__ import annotations

from claimledger.lexicon.quantities import NUMBER_WORDS

#: time units and their ISO 8601 duration letters
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
         "year": "Y", "decade": "DE"}
#: number words a count of time units is written with ("three weeks ago")
SMALL_NUMBERS = {w: i for i, w in enumerate(NUMBER_WORDS[:21])}  # "zero" … "twenty"
SMALL_NUMBERS.update({"a": 1, "an": 1, "a couple of": 2, "couple of": 2})
#: quantifiers that make "N units ago" vague: no anchor can turn them into a date
VAGUE_COUNTS = ("some", "several", "a few", "few", "many", "a number of", "a couple", "numerous")
#: vague references and their TIMEX3 values
VAGUE_EXPRESSIONS = {
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "in the past": "PAST_REF", "in recent days": "PAST_REF", "in recent weeks": "PAST_REF",
    "in recent months": "PAST_REF", "in recent years": "PAST_REF", "earlier": "PAST_REF",
    "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "right now": "PRESENT_REF", "at the moment": "PRESENT_REF", "so far": "PRESENT_REF",
    "to date": "PRESENT_REF", "thus far": "PRESENT_REF",
    "in the future": "FUTURE_REF", "soon": "FUTURE_REF",
}
#: vague expressions that mean "up to now" rather than "at some time"
UNTIL_NOW = ("so far", "to date", "thus far")
#: words (just) before a time expression that set its relation; longest first
RELATION_CUES = {
    "up until": "until", "up till": "until", "up to": "until", "until": "until", "till": "until",
    "untill": "until", "through": "until", "thru": "until", "by": "until", "as late as": "until",
    "since": "since", "from": "since", "starting": "since", "as early as": "since",
    "before": "before", "prior to": "before", "ahead of": "before", "earlier than": "before",
    "after": "after", "following": "after", "later than": "after",
}
#: lemmas of the verbs a statement's time attaches to ("told Military.com on December 26"); a
#: short list of our own because time needs only the commonest, not attribution's full lexicon
STATEMENT_VERBS = frozenset(("say", "tell", "state", "announce", "report", "claim", "add", "write",
                             "tweet", "estimate", "confirm", "note", "explain", "declare"))
#: parts of a period a time expression can name ("the end of 2016", "the first half of May")
PERIOD_PARTS = ("end", "beginning", "start", "middle", "first half", "second half")
#: modifiers of a period written before it ("early 2016", "mid-May")
PERIOD_MODIFIERS = ("early", "late", "mid")
#: words that make a date entity a point in time once anchored ("the day before yesterday")
ANCHORED_WORDS = ("ago", "yesterday", "today", "tomorrow", "last", "this", "next", "previous")
#: nouns a year-shaped number names a period of, not a count of ("the 1986 season", "calendar
#: 1986", "fiscal 1987"): the number stays a time
PERIOD_NOUNS = ("season", "quarter", "calendar", "fiscal")
#: ordinal words of a part of a year ("the fourth quarter", "first-half")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
