"""Word lists for grouping claims into series, and for telling one page's speakers apart under
several names: kept apart from the code that uses them."""
from __future__ import annotations

from claimledger.lexicon import time
from claimledger.lexicon.attribution import BODY_ROLES, CIRCUMSTANCE_PREPS, QUANTIFIER_PRONOUNS, ROLE_MODIFIERS
from claimledger.lexicon.predicates import CLASSES

#: head nouns that all count the people of an armed group: "ISIS members", "IS fighters",
#: "Daesh militants" are one quantity (only when the entity is an armed group: "union members"
#: and "cabinet members" are not fighters)
MEMBER_WORDS = frozenset({
    "member", "fighter", "militant", "jihadist", "jihadi", "insurgent", "terrorist", "combatant",
    "gunman", "rebel", "loyalist", "operative", "recruit", "soldier", "troop",
})
#: what an armed group's count is called when the text names only the group ("1,000 IS")
MEMBER_HEAD = "member"

#: modifiers that do not change what is counted ("suspected ISIS militants", "remaining fighters")
IGNORED_MODIFIERS = frozenset({
    "suspected", "alleged", "active", "remaining", "armed", "estimated", "some", "about", "more",
    "other", "the", "of", "its", "their", "total", "approximately", "around", "nearly", "roughly",
})

#: words for one counted thing, folded to one (bench/counted_pairs.jsonl: pairs judged "same"
#: in news about one entity or place — interchangeable as the thing counted; "car" and
#: "vehicle", "people" and "civilians" are not, being a kind and a part)
COUNTED_SYNONYMS = {
    "employee": "worker", "firm": "company", "store": "shop", "individual": "person",
    "television": "tv", "shipment": "delivery", "vessel": "ship",
}

#: plurals English does not make with -s (the counted things of news)
IRREGULAR_PLURALS = {
    "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
    "gunmen": "gunman", "policemen": "policeman", "servicemen": "serviceman", "lives": "life",
    "wives": "wife", "wolves": "wolf", "mice": "mouse", "geese": "goose", "feet": "foot",
    "teeth": "tooth", "militia": "militia", "criteria": "criterion", "data": "data",
    "media": "media", "police": "police", "staff": "staff", "personnel": "personnel",
    "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
}
#: endings of singular words that look plural ("news", "status", "analysis", "species")
SINGULAR_ENDINGS = ("ss", "us", "is", "ics", "news", "series", "species", "ways")

#: relation order for claims dated the same day: an estimate held "until" a day came before
#: the one given "at" it
RELATION_ORDER = {"before": 0, "until": 1, "since": 2, "at": 3, "after": 4}

#: counted "things" that are measures, not things: a series of "dlrs" or "pct" gathers amounts
#: paid for, or shares of, anything (Reuters writes "mln dlrs", "pct"), so such series are shown
#: but never checked for conflicts or revisions
MEASURE_WORDS = frozenset({
    "dlr", "dlrs", "dollar", "usd", "euro", "eur", "pound", "sterling", "stg", "yen", "yuan",
    "rupee", "franc", "mark", "marks", "lira", "peso", "rouble", "ruble", "crown", "krona", "won",
    "real", "rand", "cent", "pence", "guilder", "shekel", "riyal", "dinar", "dirham", "pct", "percent", "per cent", "percentage", "point",
    "basis point", "share", "stock", "tonne", "ton", "barrel", "bushel", "ounce", "kilogram",
    "kg", "pound", "mile", "kilometre", "kilometer", "km", "metre", "meter", "acre", "hectare",
    "time", "times", "rate",
}) | (frozenset(time.UNITS) - {"decade"})  # durations ("a series of days") are measures too

# --------------------------------------------------------------------------- a page's speakers
# (claims/coreference.py: a short or generic mention is the fuller name the page gives; written
# by hand for the generic ways news names a speaker, formerly in track/page_sources.py)

#: generic words for the company a business story is about: "the company said" is that company
COMPANY_WORDS = frozenset({
    "company", "firm", "group", "corporation", "corp", "concern", "carrier", "airline", "maker",
    "producer", "insurer", "retailer", "utility", "lender", "bank", "brokerage", "conglomerate",
    "manufacturer", "operator", "holding",
})
#: generic words for a cited piece of research or data
DOCUMENT_WORDS = frozenset({"study", "report", "survey", "analysis", "research", "poll", "data",
                            "figures", "statistics", "estimate", "estimates", "review", "paper",
                            "forecast", "census", "audit"})
#: lone office words that a page capitalises without naming anyone ("the Minister said")
OFFICE_WORDS = frozenset({"minister", "president", "secretary", "chairman", "spokesman",
                          "spokeswoman", "governor", "ministry", "department", "agency", "archive"})

#: words a user types around a series' name that say nothing about which series
#: ("how many fighters remain in Iraq and Syria"): left out when a query is matched to series keys
QUERY_STOPWORDS = frozenset({"in", "and", "of", "the", "a", "an", "across", "remaining", "remain",
                             "on", "at", "for", "to", "/", "number", "how", "many"})

# --------------------------------------------------------------------------- what a count is about
# (track/keys.py: a count that names no place or entity is about its page's topic; these words
# say a sentence's count is about the whole world, or the world but one place)

#: words that make a count's scope the whole world: "cases worldwide" is not "cases in China"
GLOBAL_SCOPE_WORDS = ("worldwide", "globally", "world-wide", "around the world", "across the world",
                      "the world over")
#: the scope a global word gives
GLOBAL_SCOPE = "worldwide"
#: words before a place that exclude it: "cases outside China", "deaths outside of Hubei"
EXCLUDING_WORDS = ("outside", "outside of", "beyond", "excluding", "except")
#: capitalised words of a headline that are not a topic (function words at a headline's start,
#: and the headline forms news uses for every story); month and weekday names come from
#: lexicon.dates
TOPIC_NOT_WORDS = CIRCUMSTANCE_PREPS | frozenset({
    "the", "a", "an", "and", "or", "of", "for", "by", "as", "is", "are", "was", "were", "says",
    "said", "say", "new", "update", "breaking", "live", "exclusive", "analysis", "opinion",
    "interview", "interviews", "q&a", "wikinews", "official", "officials", "report", "reports",
    "news", "it", "its", "this", "that", "how", "why", "what", "who", "when", "will", "not", "no",
    "but", "up", "down", "over", "into",
})

# --------------------------------------------------------------------------- revisions
#: words in a source's later figure that say it replaces an earlier one (a correction, not an
#: update for a later time): "revised the figure to 13.65 billion", "corrected", "restated"
CORRECTION_WORDS = ("revise", "revised", "revises", "revision", "correct", "corrected", "corrects",
                    "correction", "restate", "restated", "amended", "instead of", "not as",
                    "previously reported", "originally reported", "earlier reported", "adjusted")

#: verbs with which "lives" are a death toll: "claimed at least 300 lives", "cost 40 lives",
#: "300 lives were lost"
LIVES_TAKEN = frozenset({"claim", "take", "lose", "cost", "killed", "end"})

#: predicate classes (lexicon.predicates.CLASSES) of counts of victims: one place's deaths in
#: two stories are two events, so the story's topic enters their series key
ABOUT_THE_STORY = frozenset(name for name in CLASSES if name in (
    "killed", "injured", "missing", "displaced", "captured"))
#: counted things that are cases of a disease or an event's victims whatever the verb
CASE_WORDS = frozenset({"case", "infection", "casualty", "victim", "fatality", "death"})
#: what a count of victims with no counted noun counts ("the death toll rose to 39")
VICTIMS = "person"
#: measures on a scale of their own that a figure may give with no counted noun ("a 7.0
#: magnitude quake", "measured 6.6"): the measure is what the series counts
SCALE_MEASURES = frozenset({"magnitude"})

# --------------------------------------------------------------------------- what a figure measures
# (track/measured_key.py: the extractor's ``measured`` phrase written one way for a series key;
# grown on the measured phrases of the first 2,000 news articles)

#: words of a measured phrase that do not change the quantity: determiners, possessive pronouns,
#: adjectives of degree, recency or officialdom ("the record trade deficit", "its total foreign
#: debt", "the latest official figures")
MEASURED_DROPPED = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "total", "overall", "record", "current", "latest", "new", "previous", "earlier", "recent",
    "estimated", "expected", "projected", "reported", "official", "annual", "annualised",
    "annualized", "gross", "net", "actual", "whole", "entire", "full", "high", "higher", "highest",
    "low", "lower", "lowest", "big", "bigger", "biggest", "large", "larger", "largest", "huge",
    "massive", "sharp", "sharpest", "steep", "slight", "small", "modest", "some", "such", "same",
    "first", "last", "next", "final", "preliminary", "revised", "adjusted", "seasonally",
    "about", "around", "nearly", "almost", "approximately", "roughly",
})
#: heads that name no quantity by themselves: a figure measuring only "the figure" or "the
#: level" forms no series ("number of payroll jobs" is read through its of-phrase)
MEASURED_GENERIC = frozenset({
    "figure", "figures", "number", "numbers", "amount", "amounts", "level", "levels", "sum",
    "total", "value", "estimate", "estimates", "one", "half", "third", "quarter", "part", "some",
    "most", "all", "it", "they", "this", "that", "which", "what", "who", "he", "she", "we",
    "company", "group", "firm", "government", "country", "year", "month", "week", "day",
    "today", "time", "times", "report", "reports", "news", "survey", "statement", "data",
    "increase", "rise", "fall", "drop", "decline", "gain", "loss", "change", "jump",
})
#: prepositions after the head of a measured phrase that introduce its owner ("stake in
#: Manchester United", "ceiling for OPEC", "debt of Brazil")
MEASURED_OWNER_PREPS = TOPIC_NOT_WORDS & QUERY_STOPWORDS & frozenset({"of", "for", "in", "at", "on"})
#: first words of a capitalised phrase that make it no owner ("Several banks", "Other estimates")
MEASURED_NOT_OWNER = QUANTIFIER_PRONOUNS | frozenset({
    "other", "every", "news", "reports", "analysts", "officials", "sources", "traders",
})
#: head nouns of a measured phrase that name one quantity under two words ("trade gap" and
#: "trade deficit", "pay increase" and "pay rise", "shareholding" and "stake")
MEASURED_SYNONYMS = {
    "gap": "deficit", "increase": "rise", "entitlement": "quota", "allocation": "quota",
    "shareholding": "stake", "holding": "stake", "job": "employment",
}
#: heads of a measured phrase that are one contest's result ("25.7% of the vote", "the
#: two-party-preferred vote", "turnout"): a share of a vote is about its election, which a
#: sentence rarely names ("Sanders won the primary with 25.7% of the vote" on a page about New
#: Hampshire; "about 63% of the vote" on one about the Northern Mariana Islands), so such a
#: figure is confined to its page's story (track/tracker._key)
CONTEST_MEASURES = frozenset({"vote", "ballot", "turnout", "poll"})
#: heads of a measured phrase that name a standing level, in force until it is changed: the date
#: a sentence gives ("its February quota", "the ceiling for April", "Reagan's April 17 decision to
#: impose 100 pct tariffs", "Duties of 8.54 pct had been set last October", "the 18 dlr benchmark
#: agreed in December") is when it was set or applied, not a period it was counted over, so such a
#: figure's series has no period (a month's output or trade deficit does).  Grown on the news
#: corpus's claims with a measured phrase and a time: all 23 tariffs, 7 duties and levies and the
#: 2 OPEC benchmarks/markers read by eye were levels set at that date (the 100 pct tariffs on
#: Japanese goods alone sat under 5 dates); not "price" (a share's price on Friday and on Monday
#: are two readings, "a 0.4 pct decrease in price" in 1985 a change over the year) nor "target"
#: (most are for a period: "a calendar 1987 import target", "this year's eight pct target")
STANDING_MEASURES = frozenset({"quota", "ceiling", "limit", "cap", "tariff", "duty", "levy", "benchmark",
                               "marker"})
#: the legal-form word that ends a company's name ("American Century Corp", "Industrial Equity
#: (Pacific) Ltd"): a holder read as this word alone lost the name before it (on the Reuters part
#: of the news corpus 14 holders were a bare "Corp", "Ltd" or "Inc", each after its name)
COMPANY_NAME_ENDINGS = frozenset({"Corp", "Corp.", "Ltd", "Ltd.", "Inc", "Inc.", "Co", "Co.", "Plc", "PLC",
                                  "plc", "AG", "SA", "NV", "Corporation"})
#: common nouns for a speaker that holds what it speaks of, beside quantities.AGENT_NOUNS ("the
#: agency said in its annual statement that it had assets of 25 billion dlrs", "the investor
#: reported that he has 1,000,000 shares"): a speaker named otherwise ("union leaders", "analysts",
#: "delegates", "Russian prosecutors") speaks of what belongs to others, so a pronoun standing for
#: it gives no holder (extract/quantities/owner.py)
SPEAKER_HOLDERS = frozenset({"agency", "subsidiary", "unit", "fund", "investor", "shareholder",
                             "stockholder", "holder", "partnership", "trust", "exchange", "union"})
#: how a change's direction is written in its series' name ("Dow Jones industrial average fall")
TREND_WORDS = {"up": "rise", "down": "fall"}
#: predicates of a measured figure that make it a change where the extractor left its trend
#: unset ("jobs rose 236,000", "a rise of four pct"): on the news corpus 148 of 154 such figures
#: with predicate "rise"/"fall" and no trend were changes; the 6 levels read "rose to X"
PREDICATE_TRENDS = {"rise": "up", "fall": "down"}
#: heads of a measured phrase that, on a plain count, name people killed ("the death toll",
#: "the confirmed toll"): one predicate with "killed", "died", "deaths" (issue 17, point 4)
TOLL_WORDS = frozenset({"toll"})

# --------------------------------------------------------------------------- stories
# (track/stories.py: pages of one story share one topic; sizes measured on the news corpus)

#: two pages of one story are at most this many days apart (a week, as the conflict window)
STORY_DAYS = 7
#: the longest silence within one event's coverage on one topic (track/stories.topic_episodes):
#: a flood's evacuees reported on the 2nd, 5th and 20th of a month are one event; two
#: earthquakes in one country three months apart are two
EPISODE_GAP_DAYS = 30

#: the most places a count's scope may list and still be lent to another count of its page that
#: names none.  Three or more are a list the count is spread over or made of ("six ships were
#: idle abroad -- in the Netherlands, Spain, Venezuela, France and South Africa", "the six
#: nations - Britain, Canada, France, Japan, the U.S. And West Germany"), not where the page's
#: other counts are: of the news corpus's 12,919 counts (no unit), 106 have such a scope, and in
#: a sample of 25 none is where another count of its page is; two ("in Syria and Iraq") often are
MAX_LENT_PLACES = 2
#: how many salient headline words two pages of one story share ("seamen", "strike")
STORY_SHARED_WORDS = 2
#: a headline word on more pages than this says nothing about which story ("oil", "u.s.",
#: "rate", "bank").  On the 7,384 pages of the news corpus, 20 links 1,084 pages into 432
#: stories of at most 13 pages; 40 makes stories of 24 pages (recurring wire formats: "TALKING
#: POINT/…", "… SETTLES HIGHER"), 80 one of 250
STORY_MAX_WORD_PAGES = 20

# --------------------------------------------------------------------------- one body's speakers
# (track/keys.py: "union officials", "a union spokesman" and "union leaders" on three pages are
# the union speaking; the body is compared, not the string)

#: adjectives that make an office of a role, naming no body: "the prime minister" is not the
#: spokesman of a "prime" (read off the bodies body_of found in the whole news corpus ledger:
#: prime 55 claims, home 10, lead 13, first 8, outgoing 4, congressional 3, parliamentary 4, sole 3)
OFFICE_ADJECTIVES = frozenset({"prime", "home", "lead", "first", "outgoing", "congressional",
                               "parliamentary", "sole"})
#: the last word of an unnamed speaker that says they speak for the body named before it
SPEAKS_FOR_BODY = BODY_ROLES | frozenset({"leadership", "management"})
#: words before the body that do not name it ("a senior union official", "the union's leaders")
NOT_THE_BODY = ROLE_MODIFIERS | frozenset({"a", "an", "the", "one", "two", "several", "some", "other",
                                           "top", "high-ranking", "unnamed", "unidentified"}) | \
    OFFICE_ADJECTIVES
