"""Personal names inside a speaker phrase the small model mislabelled: a name after a rank or
title ('Col. Ana Brook'), two to four capitalised words beside a role ('Jasim Uddin, a
spokesperson for …'), and the rank words before a name."""
from __future__ import annotations

import re

from typing import Optional

from spacy.tokens import Doc, Span, Token

from claimledger.extract.actors import DATE_PATTERN, dateline_end
from claimledger.extract.tree import text_of
from claimledger.lexicon import attribution as lex
from claimledger.lexicon.lowercase_words import LOWERCASE_WORDS
from claimledger.lexicon.name_parts import NAME_PARTICLES, PERSONAL_STYLES, POST_NOMINALS


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _title_words(doc: Doc, start: int) -> list[Token]:
    """Rank or office words right before a name: 'Army Col.', 'Prime minister', 'archbishop',
    and an office written with its field or body, 'Secretary of State', 'Minister for Health',
    'Director of the FBI' (see :func:`office_field`).

    A run of title words counts from its first capitalised word; a lower-case run counts only
    when its words are ranks that are never mere functions ('archbishop', not 'minister')."""
    return office_with_field(doc, start) or _rank_words(doc, start)


#: how an office is joined to its field or body ("Secretary of State", "Minister for Health")
_OFFICE_JOINS = ("of", "for")


def office_with_field(doc: Doc, start: int) -> list[Token]:
    """'Secretary of State', 'Minister for Health', 'Director of the FBI' right before the token
    ``start``: a capitalised office, "of" or "for", and one to four capitalised words (an
    article may open them) that are no one's name; [] when the words before are otherwise."""
    k = start - 1
    field: list[Token] = []
    while k >= 0 and len(field) < 5 and (doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].ent_type_ != "PERSON"
                                         or doc[k].lower_ == "the" and field):
        field.insert(0, doc[k])
        k -= 1
    if not field or k < 1 or doc[k].lower_ not in _OFFICE_JOINS:
        return []
    office = _rank_words(doc, k)
    if not any(w.text[:1].isupper() and w.lower_ in lex.TITLE_WORDS for w in office):
        return []
    return office + list(doc[k:start])


def office_field(title: list[Token]) -> tuple[list[Token], Optional[str]]:
    """An office written with "of"/"for" split into the office and the body it serves, when the
    words after the join name a body: 'Director of the FBI' → (Director, "FBI"), 'Prime Minister of
    Ruritania' → (Prime Minister, "Ruritania"); a field is no body and stays in the title
    ('Secretary of State', 'Minister of Finance' → the whole title, None)."""
    join = next((k for k, w in enumerate(title) if w.lower_ in _OFFICE_JOINS), None)
    if join is None:
        return title, None
    field = [w for w in title[join + 1:] if w.lower_ != "the"]
    body = any(w.lower_ in lex.ORG_NAME_WORDS or w.ent_type_ == "GPE" or w.text.isupper() and len(w.text) > 1
               or w.ent_type_ == "ORG" and w.lower_ not in lex.TITLE_WORDS for w in field)
    if not body:
        return title, None
    return title[:join], " ".join(w.text for w in field)


def _rank_words(doc: Doc, start: int) -> list[Token]:
    """The run of rank or office words right before ``start`` (see :func:`_title_words`)."""
    run: list[Token] = []
    i = start - 1
    while i >= 0:
        w = doc[i]
        if w.text == "." and i > 0 and doc[i - 1].lower_ + "." in lex.TITLE_WORDS:
            run.insert(0, w)
        elif w.lower_ in lex.TITLE_WORDS and w.pos_ in ("PROPN", "NOUN", "ADJ") or (
                w.text[:1].isupper() and w.lower_ in lex.TITLE_WORDS):
            run.insert(0, w)
        else:
            break
        i -= 1
    caps = [k for k, w in enumerate(run) if w.text[:1].isupper()]
    if caps:
        return run[caps[0]:]
    tail: list[Token] = []
    for w in reversed(run):
        if w.lower_ not in lex.LOWERCASE_TITLES:
            break
        tail.insert(0, w)
    return tail


def _person_like(head: Token, phrase: list[Token]) -> Optional[Span]:
    """A personal name the small model tagged as an organisation ('Jasim Uddin, a spokesperson
    for …', 'Sea-Eye spokesperson Carlotta Weibl'): two to four capitalised words heading a
    phrase that also gives a role or a title.  Without the role or title it stays a body (a
    description word before capitalised words is not enough: "Fan Expo Canada", "Special
    Interest Groups" are bodies, measured on the Wikinews articles)."""
    doc = head.doc
    k = head.i
    while k > 0 and doc[k - 1].dep_ == "compound" and doc[k - 1].head.i in range(k, head.i + 1) \
            and doc[k - 1].pos_ == "PROPN" and doc[k - 1].lower_ not in lex.TITLE_WORDS:
        k -= 1
    words = doc[k:head.i + 1]
    if not 2 <= len(words) <= 4 or any(not (w.text[:1].isupper() and w.text.isalpha() or w.i - k < len(words) - 1
                                            and w.lower_ in NAME_PARTICLES)
                                      or w.lower_ in lex.ORG_NAME_WORDS or w.lower_ in lex.ROLE_WORDS for w in words):
        return None
    described = any(w.i not in range(k, head.i + 1) and w.pos_ in ("NOUN", "PROPN") and w.tag_ not in ("NNS", "NNPS")
                    and (_lemma(w) in lex.ROLE_WORDS or w.lower_ in lex.ROLE_WORDS) for w in phrase) \
        or bool(_title_words(doc, k))
    return words if described else None


def _titled_apposition(phrase: list[Token]) -> Optional[Span]:
    """A name in apposition inside the speaker phrase written after a rank or title ('…, Col. Ana
    Brook,'): a person, whatever label the small model gave it.  Returns the name without the title."""
    doc = phrase[0].doc
    for w in phrase:
        if w.dep_ != "appos" or w.pos_ != "PROPN":
            continue
        start = w.left_edge.i
        while start < w.i and (doc[start].lower_ in lex.TITLE_WORDS or doc[start].lower_ + "." in lex.TITLE_WORDS
                               or doc[start].text == "."):
            start += 1
        if start > w.left_edge.i and 1 <= w.i + 1 - start <= 4:
            return doc[start:w.i + 1]
    return None


def leading_description(ent: Span) -> list[Token]:
    """The words at the front of a person's name that describe the person rather than name them,
    when the model took them into the name: "Astronomer" in "Astronomer Anthony Boccaletti",
    "Former" in "Former Governor Jane Roe".  A word counts when the news corpus writes it in
    lower case (:data:`LOWERCASE_WORDS`), capitalised here only because it opens the sentence or
    a headline, and a name of two words or more follows that starts with a capital and is not an
    initial ("Will Smith", "Bill de Blasio", "Jock A. Finlayson" keep their first word).  Rank
    and office words ("Governor") after such a word are left to the title rules."""
    toks = list(ent)
    out: list[Token] = []
    while toks and toks[0].text[:1].isupper() and toks[0].is_alpha and toks[0].lower_ in LOWERCASE_WORDS \
            and toks[0].lower_ not in lex.TITLE_WORDS and _name_follows(toks[1:]):
        out.append(toks.pop(0))
    return out


def _name_follows(toks: list[Token]) -> bool:
    """Two or more words (one after a rank or office word: "Former Governor Roe"), the first capitalised and not an initial."""
    k = 0
    while k < len(toks) and (toks[k].lower_ in lex.TITLE_WORDS or toks[k].text == "."):
        k += 1
    words = "".join(t.text_with_ws for t in toks[k:]).split()
    return len(words) >= (1 if k else 2) and words[0][:1].isupper() and len(words[0].rstrip(".")) > 1


def _looks_like_name(ent: Span) -> bool:
    """A PERSON entity that names someone: not all title words, not a modifier inside another
    noun phrase ("the Maidan Wardak provincial council")."""
    if ent.root.dep_ in ("compound", "amod") and ent.root.head.pos_ == "NOUN":
        return False
    if len(ent) > 1 and ent[-1].lower_ in lex.BODY_NAME_ENDINGS:
        return False  # "Maritime Bulletin", "Daily Herald": a publication or a body
    return any(t.text[:1].isupper() and t.lower_ not in lex.TITLE_WORDS for t in ent)


def proper_word(w: Token) -> bool:
    """A word of an unnamed speaker's phrase that keeps its capital: a name or an acronym ("the
    Biden campaign", "WHO statistics"), not a common word capitalised at the sentence start."""
    if w.text.isupper() and len(w.text) > 1:
        return True
    named = w.ent_type_ in _NAME_LABELS
    if w.is_sent_start:  # "More than two million people", "Notes": capitalised by the sentence
        return w.text[:1].isupper() and named
    return w.text[:1].isupper() and (w.pos_ == "PROPN" or named)


#: entity labels of names (not numbers, dates or amounts, which a sentence may open with)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def description_before(doc: Doc, front: int, root: Token) -> list[Token]:
    """Description words written right before a name (and its title) as modifiers of it, which
    the model left out of the name: "astronomer" in "Astronomer Anna Kowalczyk", "veteran
    broadcaster" in "veteran broadcaster Tom Hale".  The last is a noun the news corpus writes in
    lower case (:data:`LOWERCASE_WORDS`); words saying the office was held before are left out."""
    run: list[Token] = []
    k = front - 1
    while k >= 0 and doc[k].lower_ in LOWERCASE_WORDS and doc[k].is_alpha and doc[k].head.i == root.i \
            and doc[k].dep_ in ("compound", "amod", "nmod") and doc[k].lower_ not in lex.TITLE_WORDS:
        run.insert(0, doc[k])
        k -= 1
    while run and run[-1].tag_ not in ("NN", "NNP"):
        run.pop()
    return [t for t in run if t.lower_ not in lex.FORMER_WORDS]


def post_nominal_end(ent: Span) -> int:
    """The end of a person's name before honours the model took into it ("Durham Hall QC" → the
    index after "Hall"); ``ent.end`` when there are none."""
    end = ent.end
    while end - ent.start > 2 and ent.doc[end - 1].lower_ in POST_NOMINALS:
        end -= 1
    return end


def name_after_office(head: Token) -> Optional[tuple[Span, list[Token]]]:
    """'First Minister of Scotland Nicola Sturgeon', 'Senator from Vermont Bernie Sanders',
    'Ambassador to the United Nations Nikki Haley': an office written before its "of", "from" or
    "to" phrase, and the holder's name at the end of that phrase, glued to the place or body
    (the small model reads "Scotland Nicola Sturgeon" as one organisation).  Returns the name (the
    last two capitalised words) and the place or body before it; None when the phrase has fewer
    than three capitalised words or ends like a body's name."""
    if not (head.text[:1].isupper() and head.lower_ in lex.TITLE_WORDS):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "to")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return None
    doc = head.doc
    chain = [t for t in doc[prep.i + 1:obj.i + 1] if t.dep_ != "det"]
    if len(chain) < 3 or any(not (t.text[:1].isupper() and t.is_alpha) for t in chain) \
            or any(t.lower_ in lex.ORG_NAME_WORDS or t.lower_ in lex.TITLE_WORDS or t.lower_ in LOWERCASE_WORDS
                   for t in chain[-2:]):
        return None
    return doc[chain[-2].i:chain[-1].i + 1], chain[:-2]


def without_office_place(ent: Span) -> Span:
    """A person's name without the place or body of an office the model took into it
    ("Eastbrook Tomas Aldridge" in "Senator from Eastbrook Tomas Aldridge"), else ``ent``."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return ent
    office = name_after_office(root.head.head)
    if office is None or not ent.start <= office[0].start < ent.end:
        return ent
    return office[0]


def with_surname_particles(ent: Span) -> Span:
    """A person's name with the surname the model cut off after a particle: "Ursula von der" +
    "Leyen", "Ana de" + "Souza" (the model often labels the rest a place or a body).  A name that
    ends in a lower-case particle, or is followed by lower-case particles, takes the capitalised
    word after them; else ``ent``."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].text in NAME_PARTICLES:
        end += 1
    ends_in_particle = end > ent.end or ent[-1].text in NAME_PARTICLES
    if ends_in_particle and end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
        return doc[ent.start:end + 1]
    return ent


def another_person(ent: Span, person: Span) -> bool:
    """Whether ``ent``, found in a speaker phrase beside ``person``, is another speaker rather than
    the person's organisation: a conjunct of the person ("Christian Keysers and Valeria Gazzola",
    "Jane Roe and the Red Cross"), or a name styled as a person's ("Dr Valeria Gazzola") whatever
    label the model gave it.  A person is never another person's organisation."""
    k = ent.root
    while k.dep_ == "conj" and k.head.i != k.i:
        k = k.head
        if person.start <= k.i < person.end:
            return True
    return ent[0].lower_ in PERSONAL_STYLES and len(ent) > 1 and ent[1].text[:1].isupper()


def office_holder(head: Token) -> Optional[tuple[str, str, Optional[str]]]:
    """'The Minister of Finance', 'the Secretary of State', 'the Director of the FBI' without a
    name: the holder of a capitalised office written with its field or body, as (the office as
    written, the title, the body).  The words after "of"/"for" are the organisation only when
    they name a body (:func:`office_field`): 'Finance' and 'State' are fields."""
    if not (head.text[:1].isupper() and head.lower_ in lex.TITLE_WORDS and head.lower_ not in lex.ORG_NAME_WORDS):
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _OFFICE_JOINS), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    office = office_with_field(head.doc, obj.right_edge.i + 1)
    if not office or head not in office or any(c.dep_ in ("compound", "amod", "nmod") and c not in office
                                                for c in head.lefts):
        return None  # "the Directorate General of Civil Aviation": the office word names a body
    title, body = office_field(office)
    return _words(office), _words(title), body


def _words(tokens: list[Token]) -> str:
    """The document's own characters for a run of tokens."""
    return text_of(tokens[0].doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])] if tokens else ""


def styled_name(text: str) -> str:
    """'Dr Valeria Gazzola', "Mr Ebbers'" -> 'Valeria Gazzola', 'Ebbers': a name without the words
    styling a person, or a possessive ending."""
    words = re.sub(r"(?:'s|’s|'|’)$", "", text.strip()).split()
    while len(words) > 1 and (words[0].lower() in PERSONAL_STYLES or words[0].lower() in lex.TITLE_WORDS):
        words = words[1:]
    return " ".join(words)


def names_another_person(org: Optional[str], own_name: str, memory) -> bool:
    """Whether an organisation found for the person ``own_name`` names another person: a name
    styled as a person's ("Mr Ebbers'", "Dr Ana Li"), or the surname of a person the page named
    before in full (``memory``, a SpeakerMemory: "Rosselló's chief of staff").  A full name stays
    an organisation's ("James Hardie chairwoman", "Christian Aid": bodies the model may take for
    people, measured on 1,000 news articles).  A person is never another person's organisation."""
    if not org:
        return False
    if styled_name(org) != org and org.split()[0].lower() in PERSONAL_STYLES:
        return True
    other = memory.person_by_surname(styled_name(org)) if memory is not None else None
    return other is not None and other is not memory.person_by_surname(own_name) \
        and len(other.name.split()) > len(styled_name(org).split())


#: a story's date alone before the dash ("March 31 - Quest Biotechnology Inc"), when the
#: parser took the opening line into the speaker's name
_DATE_DASH = re.compile(rf"^{DATE_PATTERN}[ \u00a0]*(?:-{{1,2}}|–|—)[ \u00a0]+")


def clean_name(text: str) -> str:
    """A speaker's or body's words as a name: no dateline, no article, no possessive, an
    acronym the name defines standing for it."""
    text = " ".join(text.split())
    cut = dateline_end(text)  # "PHOENIX, Ariz., March 17 - Southwest Forest Industries Inc"
    if 0 < cut < len(text):
        text = text[cut:]
    text = _DATE_DASH.sub("", text)
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    m = _DEFINED_ACRONYM.match(text.strip(" ,."))
    if m:  # "World Health Organization (WHO)": one source with the later "WHO", by its acronym
        return m.group("short")
    return text.strip(" ,.").lstrip("-–— ")  # "- Moody's …": the dateline's dash


#: a name followed by the acronym it defines, as a speaker phrase may end ("(WHO" when the parser
#: left the closing bracket out)
_DEFINED_ACRONYM = re.compile(r"^(?P<long>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){1,8})\s*\((?P<short>[A-Z][A-Z0-9&]{1,9})\)?$")
