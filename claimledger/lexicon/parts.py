"""Words that mark a figure as a part of a whole, or as a total over a number of events
(``track/relations_parts.py``)."""
from claimledger.lexicon.attribution import BODY_NOUNS, POSSESSIVE_PRONOUNS

#: the possessives and article before "last three matches", "their two outings"
EVENT_DETERMINERS = ("the", *sorted(POSSESSIVE_PRONOUNS))
#: the order words before a number of events ("last three matches", "first two games")
EVENT_ORDER_WORDS = ("last", "past", "first", "next", "previous", "subsequent", "opening", "final", "latest")
#: the units below a country a figure can be confined to ("in the Cayambe district"); most of them
#: are also among the nouns a body can be named by ("the province said")
SUBUNITS = ("district", *sorted(BODY_NOUNS & {"province", "region", "county", "municipality", "village", "town"}))

#: the spelt ordinals that end a compound after a tens word ("twenty-first", "forty-fifth"): the
#: tens word is then part of an ordinal, not the number 20 (read by ``extract.numbers``)
SPELT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")

#: the parts a product's kind is named by, after a number and a hyphen: "a four-cylinder engine",
#: "a six-speed automatic", "two-door models", "a 34-seater aircraft", "a five-star hotel", "a
#: four-piece band", "a three-bedroom flat": a designation of a kind, not an amount anyone claims
#: (``extract.quantities.filters``)
KIND_PARTS = ("cylinder", "speed", "door", "valve", "seater", "star", "piece", "bed", "bedroom")
