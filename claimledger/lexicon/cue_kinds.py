"""What kind of attribution a cue makes: speech, belief, intention, perception or finding.

A statement's cue is classified by its lemma (``claims/cue_kind.py``); a lemma in none of these
lists is speech, the commonest kind by far.  Where the lists come from: every cue lemma of
PolNeAR train that heads three or more gold attributions (``cues_polnear.tsv``, counts in
brackets below for the commonest) and the hand lists of ``attribution`` (``CUE_VERBS``,
``DERIVED_IRREGULAR_FORMS``) were read and the ones that report a state of mind, a wish or plan,
a sense impression or a discovery placed here; the counts decide the word's kind where it has
several senses ("consider" a view before a plan, "feel" a belief before a touch).  Speech acts
that commit or evaluate ("promise", "vow", "threaten", "criticize", "endorse") stay speech: they
are said.
"""
from __future__ import annotations

from claimledger.lexicon import tracking

#: states of mind: opinion, knowledge, expectation, emotion about a prospect.  think (97),
#: believe (73), expect (120), know (80), feel (26), consider (46), fear (28), worry (20),
#: remember (20), view (29); the rest 3–15 each in train, or their near synonyms; the nouns of
#: the last line head noun cues (``noun_cues_polnear.tsv``: concern 10, confidence 4, anxiety 3,
#: speculation 3, thought 3 gold cues)
BELIEF_CUES = frozenset("""
think believe expect know feel consider fear worry remember view assume suspect imagine guess
wonder realize realise doubt suppose trust understand deem regard presume reckon anticipate
foresee envision perceive dread
belief opinion expectation suspicion conviction understanding confident convinced afraid
confidence concern anxiety speculation thought
""".split())

#: wishes, plans and decisions.  want (114), seek (83), plan (50), hope (22 + "hop" 57: the
#: parser's lemma of "hoping"), decide (33), prefer (22), intend (13), aim (11); the rest fewer
INTENTION_CUES = frozenset("""
want seek plan hope hop wish prefer decide intend aim desire try attempt strive plot pursue
intention intent goal ambition
""".split())

#: beliefs that are plans when what they weigh is an action ("is considering building a plant",
#: "considering to buy") rather than a view ("considers it a priority"): 6 of the 14 "consider"
#: statements in the first 1,000 news-corpus articles
DELIBERATION_CUES = frozenset({"consider", "contemplate", "weigh", "mull", "ponder"})

#: sense impressions and how things look to someone.  see (110), seem (121), appear (101),
#: look (34), sound (13), notice (3), witness (3), sense (4), spot (3); "watch", "hear" and
#: "observe" by sense ("observe" in train is mostly a remark, so it stays speech)
PERCEPTION_CUES = frozenset("""
see seem appear look sound notice witness sense spot watch hear overhear glimpse smell taste
seemingly
""".split())

#: discoveries, whoever makes them: find (92), learn (19), determine (15), discover (4),
#: establish (4); "uncover" and "detect" rarely cues in train but the same act
FINDING_CUES = frozenset("""
find discover learn determine establish uncover detect
finding findings discovery
""".split())

#: cues that report a finding when their source is a document of any kind ("the memo shows",
#: "the ministry's report concluded") and speech otherwise ("he suggested"): show (244), suggest
#: (180), conclude (42), reveal (51), indicate (37), predict (38), estimate (18), project (11)
EVIDENCE_CUES = frozenset("""
show suggest indicate conclude reveal estimate project predict forecast demonstrate prove
calculate measure record document rank
""".split())

#: heads of a source's name that are a study, poll, count or record: with them every cue that is
#: not a belief, intention or perception is a finding ("the survey said", "according to data").
#: The tracker's words for cited research and data, their plurals, and the other measurements
#: news cites (an inquiry, a test, an autopsy); not the written communications of
#: ``attribution.DOCUMENT_HEADS`` (statement, letter, memo, filing, ruling), which speak, nor
#: plural "reports": in the first 1,000 news-corpus articles all 59 were news reports ("reports
#: say", "according to local press reports"), while "the report" was a study's or an agency's
#: about three times in four; nor "paper", a newspaper in 10 of the 13 found there (a research
#: paper still finds through a study's verb: "the paper suggests")
FINDING_SOURCES = tracking.DOCUMENT_WORDS - {"paper"} | frozenset("""
polls polling surveys studies analyses reviews projection projections model models
test tests findings index investigation inquiry probe assessment evaluation autopsy examination
records count tally experiment trial
""".split())

#: verb + particle cues whose kind differs from their verb's ("looking to expand" is a plan,
#: "sees him as" a view, "worried about" a state of mind); the phrasal rows of the derived lexicon
#: read one by one from the commonest
PHRASAL_KINDS = {
    ("look", "to"): "intention", ("look", "for"): "intention", ("look", "like"): "perception",
    ("see", "as"): "belief", ("view", "as"): "belief", ("regard", "as"): "belief",
    ("think", "about"): "belief", ("think", "of"): "belief", ("worry", "about"): "belief",
    ("care", "about"): "belief", ("believe", "in"): "belief", ("count", "on"): "belief",
    ("hop", "for"): "intention", ("hope", "for"): "intention", ("push", "for"): "speech",
    ("go", "on"): "speech", ("doubt", "about"): "belief", ("take", "for"): "belief",
    # "known as" names, "known for" a reputation (26 and 12 in train): said of someone, not known
    ("know", "as"): "speech", ("know", "for"): "speech",
}
