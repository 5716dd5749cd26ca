"""News outlets, wires and platforms: the channels a statement travels through.

Names of the major international wires and broadcasters, the regional agencies that recur in the
news corpus (Middle East and Russia coverage), and the social platforms officials post on; the
head nouns of outlet names; web domain endings.  ``OUTLETS`` (names matched as whole phrases) and
``KNOWN_CHANNELS`` (single words that mark a channel inside a noun phrase) are built from the
same groups, so a name is listed once.
"""
from __future__ import annotations

#: wires and broadcasters written as one word, the channels a token alone can name
SINGLE_WORD_WIRES = ("Reuters", "AP", "AFP", "BBC", "CNN", "Interfax", "TASS", "Xinhua", "Al-Jazeera")
#: social platforms officials and groups post on
PLATFORMS = ("Twitter", "X", "Facebook", "YouTube", "Telegram", "Instagram", "TikTok", "Weibo", "Reddit")
#: other outlets: names of several words, and one-word names not (yet) taken as channel words
OTHER_OUTLETS = (
    "Associated Press", "Agence France-Presse", "Agence France Presse", "Al Jazeera", "Al Arabiya",
    "Sky News", "Fox News", "NBC", "CBS", "ABC", "NPR", "PBS", "Bloomberg", "RIA Novosti",
    "Anadolu", "Anadolu Agency", "SANA", "IRNA", "Rudaw", "Kurdistan 24", "K24", "Sputnik", "RT",
    "DW", "Deutsche Welle", "Euronews", "France 24", "The Guardian", "Guardian", "Politico", "Axios",
    "WhatsApp", "state media", "state television", "state TV", "local media",
)
#: channels a statement can travel through (the objects of "told", subjects of "reports"), lower-case
OUTLETS = frozenset(s.lower() for s in SINGLE_WORD_WIRES + PLATFORMS + OTHER_OUTLETS)
#: words that make a noun phrase a channel ("wrote on Twitter", "told Reuters"), lower-case
KNOWN_CHANNELS = frozenset(s.lower() for s in PLATFORMS + ("LinkedIn",) + SINGLE_WORD_WIRES)

#: nouns for any outlet, which can stand for one already named ("the website", "the agency")
GENERIC_OUTLET_NOUNS = ("website", "site", "outlet", "newspaper", "paper", "agency", "broadcaster",
                        "channel", "network", "magazine", "daily")
#: head nouns of outlet names and of generic channel phrases ("the website", "the Washington Post")
OUTLET_HEADS = frozenset(GENERIC_OUTLET_NOUNS + (
    "journal", "radio", "television", "tv", "news", "times", "post", "gazette", "herald",
    "tribune", "press", "wire", "telegraph", "chronicle", "observer", "blog", "podcast",
    "newswire", "media", "show", "programme", "program", "station", "feed", "account",
))
#: nouns that stand for a channel already named in the document ("according to the website")
CHANNEL_ANAPHORS = frozenset(GENERIC_OUTLET_NOUNS + ("publication", "portal"))
#: domain endings of outlet names written as a domain ("Military.com"), as a regex alternation
DOMAIN_ENDINGS = ("com", "org", "net", "info", "news", "tv", r"co\.uk", "co", "io", "ru", "uk", "de",
                  "fr", "ir", "iq", "sy", "tr", "in", "ke", "au", "ca")
#: agencies credited in brackets in a dateline ("WASHINGTON (Reuters) - ")
DATELINE_AGENCIES = ("Reuters", "AP", "AFP", "UPI", "dpa", "Xinhua", "Bloomberg", "IANS", "PTI", "ANI",
                     "CNN", "BBC")
