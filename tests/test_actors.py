"""Actors, aliases, inline definitions, places in scope, and outlet names."""
import pytest

from claimledger.extract.actors import (
    entity_in,
    is_outlet_like,
    learn_definitions,
    places_in,
    resolve_alias,
    scope_for,
)


@pytest.mark.parametrize("text, canonical", [
    ("IS", "ISIS"), ("ISIL", "ISIS"), ("Daesh", "ISIS"), ("Islamic State", "ISIS"),
    ("the Islamic State group", "ISIS"), ("Islamic State of Iraq and the Levant", "ISIS"),
    ("Isis", "ISIS"),                        # house style of some outlets for long acronyms
    ("is", None), ("Is", None),              # the verb, never the group
    ("us", None), ("the US", "United States"), ("U.S.", "United States"),
    ("USA", "United States"), ("America", "United States"),
    ("Syrian Democratic Forces", "SDF"), ("popular mobilization units", "PMU"),
    ("Hashd al-Shaabi", "PMU"), ("al Qaeda", "al-Qaeda"), ("Al-Qaida", "al-Qaeda"),
    ("WHO", "WHO"), ("who", None), ("Nato", "NATO"),
    ("Kurdistan Regional Government", "KRG"), ("U.S.-led coalition", "US-led coalition"),
    ("Britain", "United Kingdom"), ("the coalition", None),
])
def test_resolve_alias(text, canonical):
    assert resolve_alias(text) == canonical


@pytest.mark.parametrize("typo, canonical", [
    ("Ameica", "United States"), ("Amercia", "United States"), ("Isreal", "Israel"),
    ("Hezbolah", "Hezbollah"), ("Afganistan", "Afghanistan"),
    # inflections and other names are not typos
    ("Russian", None), ("Americans", None), ("Danish", None), ("Franco", None), ("Brian", None),
    ("ISIX", None),                          # too short to guess at
])
def test_fuzzy_alias(typo, canonical):
    assert resolve_alias(typo, fuzzy=True) == canonical
    assert resolve_alias(typo) is None or canonical is None


@pytest.mark.parametrize("text, expected", [
    ("Fighters of the Syrian Democratic Forces (SDF) advanced.", {"SDF": "SDF"}),
    ("Baghdad relies on the Popular Mobilization Units (PMU) in the north.", {"PMU": "PMU"}),
    ("The Northern Farmers Union (NFU) said prices fell.", {"NFU": "Northern Farmers Union"}),
    ("Members of Hayat Tahrir al-Sham (HTS) attacked.", {"HTS": "HTS"}),
    ("He is 42 (AP) and lives in Leeds (UK).", {}),
])
def test_learn_definitions(text, expected):
    assert learn_definitions(text) == expected


@pytest.mark.parametrize("phrase, canonical", [
    ("ISIS members", "ISIS"), ("IS fighters", "ISIS"), ("Daesh militants", "ISIS"),
    ("Islamic State fighters", "ISIS"), ("1,000 terrorists", None),
    ("members of the US-backed Syrian Democratic Forces", "SDF"),
    ("the coalition’s spokesman", None),
])
def test_entity_in(nlp, phrase, canonical):
    assert entity_in(nlp(phrase)) == canonical


def test_entity_in_uses_definitions(nlp):
    text = "The Northern Farmers Union (NFU) says 300 NFU members left."
    defs = learn_definitions(text)
    doc = nlp(text)
    s = text.index("300 NFU")
    assert entity_in(doc.char_span(s, s + len("300 NFU members")), defs) == "Northern Farmers Union"


def test_shouting_headline_has_no_acronyms(nlp):
    doc = nlp("WHO IS TO BLAME FOR THE CRISIS IN THE REGION")
    assert entity_in(doc) is None


@pytest.mark.parametrize("sentence, places", [
    ("Heavy rain hit Syria and Iraq on Monday.", ["Syria", "Iraq"]),
    ("Troops from the US and the UK arrived.", ["United States", "United Kingdom"]),
    ("US-backed fighters entered the town.", []),   # a modifier, not a place
])
def test_places_in(nlp, sentence, places):
    assert places_in(nlp(sentence)) == places


@pytest.mark.parametrize("sentence, number, scope", [
    ("Only about 1,000 fighters remain on the battlefield in Syria and Iraq, the spokesman said.",
     "1,000", ("Syria", "Iraq")),
    ("There are about 1,000 across Iraq and Syria.", "1,000", ("Iraq", "Syria")),
    ("The army says 40 soldiers in Yemen were wounded.", "40", ("Yemen",)),
    ("In Lebanon, officials said 12 people died.", "12", ("Lebanon",)),
    ("Washington sent 500 troops, and 300 more went to Germany.", "500", ()),
])
def test_scope_for(nlp, sentence, number, scope):
    doc = nlp(sentence)
    s = sentence.index(number)
    assert scope_for(doc, (s, s + len(number))) == scope


@pytest.mark.parametrize("text, outlet", [
    ("Military.com", True), ("Reuters", True), ("K24", True), ("CNN", True), ("Twitter", True),
    ("the website", True), ("the Washington Post", True), ("state television", True),
    ("France 24", True), ("bbc.co.uk", True),
    ("reporters", False), ("Ryan Dillon", False), ("the SDF", False), ("the FBI", False),
    ("his colleagues", False),
])
def test_is_outlet_like(text, outlet):
    assert is_outlet_like(text) is outlet


@pytest.mark.parametrize("sentence, number, scope", [
    # a dateline is where the reporter filed, not where the number holds
    ("ROME, June 4 - The insurer said it earned 61 mln dlrs in the half.", "61", ()),
    ("OSLO (Reuters) - The shipping line said it would sell 14 tankers.", "14", ()),
    ("PERTH, Australia, Feb 9 - The miner said 300 workers had been laid off.", "300", ()),
    ("DENVER, Colo., Aug 2 - Storms damaged 80 homes in Nebraska.", "80", ("Nebraska",)),
    # places inside an organisation's name are part of the name
    ("Seven rebels were killed in a raid by US Africa Command, and 20 more fled.", "20", ()),
])
def test_scope_is_not_a_dateline_or_a_name(nlp, sentence, number, scope):
    doc = nlp(sentence)
    s = sentence.index(number)
    assert scope_for(doc, (s, s + len(number))) == scope


@pytest.mark.parametrize("text, dateline", [
    ("LIMA, March 3 - Peru said", "LIMA, March 3 - "),
    ("ST. PAUL, Minn., May 11 - The", "ST. PAUL, Minn., May 11 - "),
    ("KABUL (Reuters) - Two", "KABUL (Reuters) - "),
    ("Madrid, 3 March (AFP) - The", "Madrid, 3 March (AFP) - "),
    ("HAVANA — The", "HAVANA — "),
    ("EU - Japan talks resumed", ""),       # a hyphenated pair, no date or agency
    ("Syria - the country - lost", ""),
])
def test_dateline_end(text, dateline):
    from claimledger.extract.actors import dateline_end
    assert text[:dateline_end(text)] == dateline
