"""Word lists for attribution: speech cues, titles, roles, channels.

Kept as data so a reader can see (and a user can extend) what the rules match.
"""
from claimledger.lexicon import outlets
from claimledger.lexicon.cue_document_heads import DERIVED_DOCUMENT_HEADS

#: verbs that report speech or a stated position; lemma form
CUE_VERBS = frozenset("""
say tell add state claim report announce explain note confirm deny warn insist argue estimate
write tweet post allege assert declare suggest indicate describe acknowledge admit reveal
predict urge ask accuse promise vow pledge comment respond reply testify conclude mention
stress emphasize emphasise disclose maintain contend concede forecast project remark observe
characterise characterize caution complain boast recall reiterate repeat inform announce advise threaten demand
question dispute counter rule find show put place quote cite read
""".split())

#: irregular forms of cue verbs that adding -s/-ed/-ing does not make (for the prefilter, which
#: matches surface forms before the parse)
CUE_IRREGULAR_FORMS = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "find": ("found",),
    "show": ("shown",), "read": (), "put": (), "forecast": ("forecasted",), "swear": ("swore", "sworn"),
}

#: irregular forms of cues of the derived lexicon (``lexicon.derived_cues``), for the prefilter
DERIVED_IRREGULAR_FORMS = {
    "think": ("thought",), "see": ("saw", "seen"), "know": ("knew", "known"), "feel": ("felt",),
    "seek": ("sought",), "hear": ("heard",), "understand": ("understood",), "hold": ("held",),
    "speak": ("spoke", "spoken"), "take": ("took", "taken"), "go": ("went", "gone"), "lay": ("laid",),
    "hop": ("hope", "hopes", "hoped", "hoping"), "draw": ("drew", "drawn"), "strike": ("struck",),
    "forget": ("forgot", "forgotten"), "foresee": ("foresaw", "foreseen"), "withhold": ("withheld",),
    "choose": ("chose", "chosen"), "shoot": ("shot",), "fight": ("fought",), "bring": ("brought",),
}

#: cues that report only with an estimate as their object: "placed the value at …"
ESTIMATE_CUES = frozenset({"put", "place"})
ESTIMATE_OBJECTS = frozenset("""
value cost toll number figure estimate damage loss losses price count total death
""".split())

#: subordinators whose clause, inside a reported clause, is not part of what was reported:
#: "… as an 'emerging' figure when they offered a reward". Not 'while'/'whereas': on PolNeAR
#: train the gold content takes in the 'while' clause 48 times for 3 where it stops before it
#: (recall 0.5409 -> 0.5413, precision 0.7983 -> 0.7992); 'when' is neutral there and stays
CONTRAST_MARKS = frozenset({"when"})

#: subordinators that set another speaker's statement beside the reported one ("Y said A while Z
#: wrote B"): the clause is cut only when its verb is a cue with a subject of its own
OTHER_VOICE_MARKS = frozenset({"while", "whereas", "whilst"})

#: dependency relations by which spaCy hangs the rest of a reported clause on its cue instead of on
#: the clause ("said she wanted change, but found him unfit"; "said it would close because …");
#: measured on PolNeAR train: taking them into the content gains 15 matched attributions and loses
#: 21 unmatched predictions (adding prep, npadvmod, xcomp, oprd, acomp, dep: 5 more, within noise)
TRAILING_RELS = frozenset({"conj", "advcl"})

#: cues that only report when their subject is a study, report or data ("the report found")
DOCUMENT_CUES = frozenset({"find", "show", "conclude", "read"})

#: cues whose content is their object and what follows it: "described witnessing 35 bodies",
#: "estimated the toll at 40", "reported Monday's attack the deadliest since …"
OBJECT_CUES = frozenset("""
claim estimate report put describe characterise characterize call place deny confirm predict
forecast announce
""".split())

#: "called on drivers to …" — verb + particle cues, written as the gold writes them
PHRASAL_CUES = {("call", "on"), ("point", "out")}

#: nouns that stand for a channel already named in the document ("according to the website")
CHANNEL_ANAPHORS = outlets.CHANNEL_ANAPHORS

#: people who receive a statement without being a named channel ("told reporters")
GENERIC_LISTENERS = frozenset("""
reporter reporters journalist journalists press media audience crowd lawmakers parliament
congress committee court jury supporters viewers listeners readers residents people members
""".split())

#: social platforms and wires that are channels when a statement passes through them (built in
#: ``lexicon.outlets`` from the same names as the outlets)
KNOWN_CHANNELS = outlets.KNOWN_CHANNELS

#: capitalised words that are a rank or office when written before a name
TITLE_WORDS = frozenset("""
president vice prime minister secretary senator sen. rep. representative congressman
congresswoman governor gov. mayor judge justice chief inspector detective sergeant sgt. sgt
constable officer commissioner superintendent sheriff general gen. gen colonel col. col
lieutenant lt. lt captain capt. capt major maj. maj admiral adm. commander cmdr. private
corporal cpl. army navy air force marine marines police dr. dr doctor prof. prof professor
ambassador chancellor king queen prince princess pope bishop archbishop cardinal rabbi imam
reverend rev. father sister brother sheikh mp mep attorney deputy assistant acting state
foreign defence defense interior health finance economy home speaker chairman chairwoman
coach director ceo
""".split())

#: honorifics dropped from names and titles
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady"})

#: lower-case function nouns: the speaker's role
ROLE_WORDS = frozenset("""
spokesman spokeswoman spokesperson spokespeople representative executive ceo chief head chairman
chairwoman chair director manager president minister secretary official officer commander leader
founder co-founder analyst researcher scientist professor expert economist doctor physician
surgeon nurse lawyer attorney prosecutor judge mayor governor senator lawmaker legislator
diplomat ambassador envoy adviser advisor consultant member owner editor correspondent reporter
witness survivor resident activist campaigner organiser organizer coordinator chief-executive
administrator superintendent inspector detective sheriff captain coach teacher principal author
artist singer actor historian engineer pilot investigator specialist fisherman farmer
father mother son daughter brother sister husband wife uncle aunt grandfather grandmother
""".split())

#: roles that speak for a body, so nouns written before them name it ("fire service spokesman",
#: "Police press officer", "company spokeswoman"); expertise roles ("terrorism specialist") are not
BODY_ROLES = frozenset("""
spokesman spokeswoman spokesperson spokespeople representative officer official commander chief
head director manager secretary minister chairman chairwoman chair president leader
""".split())

#: ranks written lower-case before a name that are still titles ("the archbishop Jan Nowak")
LOWERCASE_TITLES = frozenset("""
archbishop bishop cardinal pope rabbi imam reverend sheikh king queen prince princess senator
congressman congresswoman general colonel lieutenant sergeant detective inspector constable
""".split())

#: words that make a capitalised name an organisation's, never a person's
ORG_NAME_WORDS = frozenset("""
ministry department service services police agency council party company corporation corp inc
ltd group university hospital committee commission office bureau institute center centre court
army navy force forces guard union association foundation bank board authority government
church embassy times news post press network channel radio tv club league team airlines
""".split())

#: cues whose object is the listener ("told Reuters", "assured voters")
LISTENER_CUES = frozenset({"tell", "inform", "assure", "warn", "advise", "remind", "brief"})

#: prepositions of a cue's channel, place or time, which may stand between it and its quote
CIRCUMSTANCE_PREPS = frozenset({"on", "in", "to", "with", "at", "during", "via", "after", "before", "from"})

#: possessive pronouns: never an organisation
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})

#: speaker words that stand for a body rather than unnamed people
ORGANISATION_WORDS = frozenset({"police"})

#: words that make a role multi-word ("chief executive", "press officer")
ROLE_MODIFIERS = frozenset("""
chief press deputy assistant senior executive managing general vice acting former interim
foreign health finance defence defense interior military regional provincial local
national state federal
""".split())

#: unnamed sources: nouns that can head a speaker phrase with no name
UNNAMED_HEADS = frozenset("""
official officials source sources police authorities investigators witnesses residents experts
analysts observers doctors researchers scientists prosecutors officers rescuers medics
paramedics firefighters authorities relatives family neighbours neighbors people locals
media reports report study survey data figures statistics documents filing statement
""".split())

#: speaker heads that are documents rather than people: the hand-written ones and those PolNeAR
#: train shows reporting through a document cue ("records show", "the results found": train
#: +8 matched, 0 unmatched beside a few content changes; F1 0.6844 -> 0.6846, dev 0.6913 -> 0.6927)
DOCUMENT_HEADS = frozenset("""
report study survey data figures statistics document documents filing statement analysis
review audit poll census paper letter memo proclamation ruling judgment judgement order
""".split()) | DERIVED_DOCUMENT_HEADS

#: subject pronouns resolved to an earlier speaker
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "them"})
#: names an interview gives its interviewer in '((WN))' marks: the questions are not claims
INTERVIEWER_MARKS = frozenset({"wn", "wikinews", "q", "question", "interviewer"})
#: first- and second-person pronouns: the interviewee or the writer, and the interviewer or reader
FIRST_PERSON = frozenset({"i", "me", "myself"})
#: "we" speaks for the writer (or the person interviewed), like "I": never the last body named
#: before it ("K24 reports … Will we see a repeat?" is not K24's)
FIRST_PERSON_GROUP = frozenset({"we"})
SECOND_PERSON = frozenset({"you", "yourself", "yourselves"})

#: in a headline "claim: source", the source part must be short and name-like
HEADLINE_SOURCE_MAX_TOKENS = 6

#: shortest direct quote (in words) taken as a statement on its own; shorter ones inside a
#: clause are scare quotes or titles ("this “stabilization”")
MIN_DIRECT_QUOTE_WORDS = 4

QUOTE_OPEN = "“‘«„"
QUOTE_CLOSE = "”’»“"

#: ranks that belong to a police force: with no organisation given, the force the article names
POLICE_RANKS = frozenset("""
detective inspector constable sergeant sgt sgt. superintendent supt supt. constabulary
""".split())

#: nouns that stand for a place the article named ("the city's home minister")
PLACE_NOUNS = frozenset("""
city country nation state province region island islands town capital territory
""".split())

#: words that make a speaker no longer speak for the body named ("retired FBI agent")
FORMER_WORDS = frozenset({"former", "retired", "ex", "ex-", "onetime", "one-time"})

#: cues that report only with a stance as their object: "declared (his) intent to …"
STANCE_CUES = frozenset({"declare", "announce", "state", "express", "signal", "confirm"})
STANCE_OBJECTS = frozenset("""
intent intention plan plans readiness willingness determination commitment wish desire
""".split())

#: intensive pronouns the parser may take for a subject ("In the filing itself Ford wrote")
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself"})

#: nouns of a time phrase that may stand between a cue and its content ("reporting at the time …")
TIME_NOUNS = frozenset("""
time moment day week month year hour morning evening night weekend
""".split())

#: common nouns that can head an unnamed source besides the role, body, document and channel
#: lists above: people and groups of people ("critics said", "the crew reported")
SPEAKER_NOUNS = frozenset("""
person people man men woman women child children boy girl teenager youth adult citizen villager
local inhabitant resident neighbour neighbor passenger traveller traveler tourist visitor worker
employee staff crew troops soldier fighter militant rebel insurgent guard victim survivor witness
eyewitness relative family parent friend colleague student pupil teacher voter supporter opponent
critic protester protestor demonstrator campaigner organizer organiser participant delegate
politician lawmaker legislator diplomat negotiator observer monitor journalist commentator pundit
trader investor banker buyer seller customer consumer shopper user fan player athlete patient
rescuer medic paramedic firefighter defendant plaintiff suspect detainee prisoner inmate migrant
refugee immigrant official authority agent operator driver crewman sailor captain insider aide
staffer spokesperson source informant interviewee respondent participant group team
roommate flatmate housemate classmate teammate coworker co-worker partner spouse boss employer
landlord tenant neighbour acquaintance mentor owner
investigation inquiry probe check inspection examination autopsy assessment evaluation test finding
estimate record projection tally count forecast advisory release bulletin transcript memoir
autobiography book article lawsuit complaint petition indictment testimony
insurer regulator operator carrier lender manufacturer producer retailer provider supplier
developer publisher organiser master keeper warden ranger guide chief boss crowd scholar academic
clerk selectman councillor councilman councilwoman television tv radio press journal archive summary
decision constitution law act bill treaty polling movement academy
someone somebody anyone everyone nobody others many several some few most all both
""".split())

#: nouns that denote a body: with them an of/for/from-phrase is an organisation
BODY_NOUNS = frozenset("""
government administration ministry department agency office embassy consulate council
parliament congress senate assembly legislature court tribunal committee commission board panel
company firm business corporation group organisation organization association federation union
institute university college school hospital clinic charity foundation trust coalition alliance
military army navy force forces police service services authority authorities regime cabinet
party team club league network station broadcaster newspaper agency bank fund observatory
laboratory lab centre center secretariat bureau directorate unit brigade battalion command
municipality county city state province region village town palace mission delegation academy
movement
""".split())

#: last words of a name that make it a publication's or a body's, not a person's
BODY_NAME_ENDINGS = frozenset("""
bulletin journal herald gazette tribune chronicle telegraph observer monitor magazine newsletter
times news daily weekly agency ministry department council committee commission university
institute association foundation corporation company party organisation organization
""".split())

#: endings of nouns for people ('archaeologist', 'historian', agent nouns 'exporters', 'investor')
PEOPLE_SUFFIXES = ("ist", "ists", "ian", "ians", "er", "ers", "or", "ors")

#: pronouns of quantity: 'some of the protesters said' speaks for the protesters
QUANTIFIER_PRONOUNS = frozenset("""
one some several many most all both each none few others two three four five
""".split())

#: nouns of a share of people, which speak for the people counted ('61 percent said', 'a majority
#: of Americans say', 'three-quarters of the voters were worried'): poll findings
PROPORTION_NOUNS = frozenset("""
percent per cent majority minority plurality half third quarter fifth tenth share fraction proportion
bulk number most % three-quarters two-thirds one-third
""".split())

#: demonstratives that stand alone for a thing ('this shows')
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
