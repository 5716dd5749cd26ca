"""Who a speaker is: name, title, role and organisation, remembered across the document.

English coreference models are not installable offline, so a person is one person across the
article by :class:`SpeakerMemory`: every personal name the document gives is remembered with the
description given at its first mention ("Detective Inspector Jane Roe of Kent Police arrived…"),
also outside a speech sentence, and later mentions ("Roe said", "she added") take it over.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from claimledger.extract.actors import dateline_end
from claimledger.extract.attribution.person_names import (
    _person_like, _title_words, _looks_like_name, description_before, proper_word, _titled_apposition, another_person,
    leading_description, name_after_office, office_field, names_another_person, office_holder, post_nominal_end,
    with_surname_particles, without_office_place,
)
from claimledger.extract.attribution.person_names import clean_name as _clean_name
from claimledger.extract.attribution.speaker_bodies import _bare_function, _of_name_after, _represents
from claimledger.extract.attribution.speaker_dateline import speaker_after_dateline
from claimledger.extract.attribution.speaker_generic import body_named_by_head, own_name_first, with_of_name
from claimledger.extract.attribution.speaker_subjects import UNRESOLVED_PERSON
from claimledger.extract.names import fold as _fold, stems
from claimledger.extract.tree import MAX_EXACT_WIDTH, ents_between, sentence_of, subtree, text_of, without_clauses
from claimledger.lexicon import attribution as lex
from claimledger.lexicon import derived_speakers
from claimledger.model import Source

ORG_LABELS = ("ORG", "GPE", "NORP")


@dataclass
class SpeakerMemory:
    """What the document has said about speakers and channels so far (one per document)."""

    people: dict[str, Source] = field(default_factory=dict)  # full name -> source
    bodies: list[str] = field(default_factory=list)  # organisations and places named so far
    places: list[str] = field(default_factory=list)  # countries, cities, regions named so far
    last_person: Optional[Source] = None
    last_group: Optional[Source] = None
    last_speaker: Optional[Source] = None
    last_channel: Optional[str] = None
    last_direct: Optional[object] = None  # the previous direct quote (a Statement), for continuations
    interviewee: Optional[Source] = None  # the last speaker named before a colon ("NG: …"): "I" in answers
    in_voice: bool = False  # inside a reader comment or post: a "he" with no antecedent names no one

    def person_by_initials(self, letters: str) -> Optional[Source]:
        """'NG' for Natasha Gownaris: transcripts name a speaker by initials after the first answer."""
        hits = [p for p in self.people.values() if p.name and len(p.name.split()) >= 2
                and "".join(w[0] for w in p.name.split()).upper() == letters]
        return hits[-1] if len(hits) == 1 else None

    def new_voice(self) -> None:
        """A reader comment or a post begins: its "he", "they" and unattributed quotes have their
        antecedents inside it, never in the article above (a reader's "they" is not the article's
        last group).  Names stay known: a reader's "Dillon" is still the article's Ryan Dillon."""
        self.last_person = self.last_group = self.last_speaker = None
        self.last_direct = self.interviewee = None
        self.in_voice = True

    def remember(self, source: Source | None, via: Iterable[str] = ()) -> None:
        if source is None or not source.name:
            return  # the unnamed writer ("I think …" in a column) is no antecedent
        if source.kind == "person" and source.name:
            source = self.know(source)
            self.last_person = source
        else:
            self.last_group = source
            if source.kind == "organization" and source.name and source.name not in self.bodies:
                self.bodies.append(source.name)  # a body the NER missed, named as a speaker
        self.last_speaker = source
        for v in via:
            self.last_channel = v

    def know(self, source: Source) -> Source:
        """Merge ``source`` with what is known of the same person; store and return the result."""
        known = self.person_by_surname(source.name) if source.name else None
        if known is not None:
            name = known.name if len(known.name.split()) >= len(source.name.split()) else source.name
            if name != known.name:
                self.people.pop(known.name, None)
            source = Source(name, source.title or known.title, source.role or known.role,
                            source.organization or known.organization, "person")
        self.people[source.name] = source
        return source

    def learn(self, doc: Doc) -> None:
        """Remember every person the segment names, with the title, role and organisation given
        beside the name, and the organisations it names (for "the palace" later)."""
        orgs = [e for e in doc.ents if e.label_ in ORG_LABELS + ("FAC",)]
        for e in orgs:
            name = _clean_name(e.text)
            if name and name not in self.bodies:
                self.bodies.append(name)
            if name and e.label_ == "GPE" and name not in self.places:
                self.places.append(name)
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not _looks_like_name(ent):
                continue
            ent = with_surname_particles(ent)
            near = [o for o in ents_between(doc, ent.start - 8, ent.end + 12)
                    if o.label_ in ORG_LABELS and not (o.label_ == "NORP" and o.root.pos_ == "ADJ")
                    and not (ent.start < o.end and o.start < ent.end)]
            title, role, org = title_role_org(ent.root, ent, near, self)
            self.know(Source(_clean_name(_strip_title_words(without_office_place(ent))), title, role, org, "person"))

    def person_by_surname(self, name: str) -> Optional[Source]:
        """'Dillon' -> the Ryan Dillon named before (the words match the end of a known name)."""
        words = _fold(name).split()
        if not words:
            return None
        for full, src in reversed(list(self.people.items())):
            fw = _fold(full).split()
            if fw == words or fw[-len(words):] == words or words[-len(fw):] == fw:
                return src
        return None

    def person_by_office(self, word: str) -> Optional[Source]:
        """'the governor' -> the last person named with that title or role."""
        for src in reversed(list(self.people.values())):
            office = f"{src.title or ''} {src.role or ''}".lower().replace(".", "").split()
            if word in office:
                return src
        return None

    def body_like(self, name: str) -> str:
        """'Emergencies Ministry' -> the 'Emergency Situations Ministry' named before: a body of two
        or more words whose words (plurals folded) are all in a longer body named earlier and
        that ends in the same word; else the name itself."""
        words = stems(name)
        if len(words) < 2:
            return name
        for known in self.bodies:
            kw = stems(known)
            if len(kw) > len(words) and kw[-1] == words[-1] and set(words) <= set(kw):
                return known
        return name

    def police_force(self) -> Optional[str]:
        """The police force the article named ('Kent Police'), for a rank given without one."""
        return next((b for b in self.bodies if len(b.split()) > 1 and b.split()[-1].lower() in ("police", "constabulary")), None)

    def home_place(self, country: bool = False) -> Optional[str]:
        """The place the article is about: the first it names (a country known to the alias
        table first when a country is asked for)."""
        if country:
            from claimledger.extract.actors import (  # the shipped gazetteer of countries
                is_place,
                resolve_alias,
            )
            for p in self.places:
                canon = resolve_alias(p)
                if canon and is_place(canon):
                    return p
        return self.places[0] if self.places else None

    def body_named(self, phrase: str) -> Optional[str]:
        """'the palace' -> 'Blenheim Palace' named before: an organisation ending in the same noun."""
        head = phrase.split()[-1].lower() if phrase.split() else ""
        for name in reversed(self.bodies):
            if len(name.split()) > 1 and name.split()[-1].lower() == head:
                return name
        return None


def _strip_title_words(ent: Span) -> str:
    """'Lawyer Sam Hale', 'Astronomer Ana Li' (the NER took the title or description in) -> 'Sam Hale'."""
    described = {t.i for t in leading_description(ent)}
    toks = list(ent)[:post_nominal_end(ent) - ent.start]
    while len(toks) > 1 and (toks[0].i in described or toks[0].lower_ in lex.TITLE_WORDS or toks[0].lower_ in lex.ROLE_WORDS
                             or toks[0].lower_ in lex.HONORIFICS):
        toks = toks[1:]
    return _text_of(toks)

# --------------------------------------------------------------------------- helpers

def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _text_of(tokens: list[Token]) -> str:
    """The document's own characters for a run of tokens (keeps 'US-led', not 'US - led')."""
    if not tokens:
        return ""
    return text_of(tokens[0].doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without relative clauses, appositions and determiners."""
    left = [w for w in head.lefts if w.dep_ in ("compound", "amod", "poss", "nmod", "case", "det", "nummod", "quantmod")]
    toks = sorted({w for l in left for w in subtree(l)} | {head}, key=lambda w: w.i)
    word = _hyphen_word(toks[0])
    if word[0].i < toks[0].i:  # "study co-author": the parser cut the word at its hyphen
        first = word[0]
        more = {w for c in first.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for w in subtree(c)}
        toks = sorted(set(toks) | set(word) | more, key=lambda w: w.i)
    return [w for w in toks if w.dep_ != "det" and w.tag_ not in ("POS", "PRP$")]


def _hyphen_word(t: Token) -> list[Token]:
    """The tokens of the hyphenated word ``t`` is part of ('co', '-', 'author'), else [t]."""
    doc = t.doc
    lo = hi = t.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and doc[lo - 2].text[-1:].isalpha():
        lo -= 2
    if doc[hi].text == "-":
        hi -= 1
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and not doc[hi + 1].whitespace_ \
            and doc[hi + 2].text[:1].isalpha():
        hi += 2
    return list(doc[lo:hi + 1]) if lo <= t.i <= hi else [t]


def _speaker_head(head: Token) -> Optional[Token]:
    """The word that names the speaker: the end of a hyphenated word the parser cut ('study
    co-author Ana Li': 'co' -> 'Li'), the antecedent of a relative pronoun ('police, who said'),
    the people after 'some of', 'one of'; None for a pronoun that names no one ('one could
    argue', 'this shows')."""
    word = _hyphen_word(head)
    if word[-1].i != head.i:
        head = word[-1]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head
    low = head.lower_
    if head.tag_ in ("WP", "WDT") or low == "that" and head.dep_ in ("nsubj", "nsubjpass"):
        if head.head.dep_ == "relcl" and head.head.head.i != head.i:
            return head.head.head
        doc = head.doc
        if head.i >= 2 and doc[head.i - 1].text == "," and doc[head.i - 2].pos_ in ("NOUN", "PROPN") and low != "that":
            return doc[head.i - 2]  # "according to police, who said …" parsed without the relative clause
        return None
    if low in lex.QUANTIFIER_PRONOUNS or head.pos_ == "NUM" or _lemma(head) in lex.PROPORTION_NOUNS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.lower_ not in ("them", "us", "these", "those"):
            return obj
        if low == "one" and not any(c.dep_ == "appos" for c in head.children):
            return None  # "one could argue"
    if low in lex.DEMONSTRATIVES and head.tag_ == "DT" and not list(head.children):
        return None  # "this shows": a pronoun for a thing
    return head


def _can_speak(head: Token) -> bool:
    """A common noun that can head an unnamed source: people, a body, a document or an outlet
    ('officials', 'the ministry', 'a report', 'state media'), not a thing or an abstraction
    ('historical evidence suggests', 'the signal showed')."""
    if head.pos_ in ("PRON", "PROPN") or head.ent_type_ in ORG_LABELS + ("PERSON",):
        return True
    if head.pos_ not in ("NOUN", "ADJ", "NUM"):
        return False
    if head.pos_ in ("ADJ", "NUM") or head.text[:1].isupper() and not head.is_sent_start \
            or len(head.text) > 1 and head.text.isupper():
        return True  # "the injured said", "two of them"; a name the tagger took for a noun
    lemma, low = _lemma(head), head.lower_
    words = {lemma, low}
    return bool(words & (derived_speakers.SPEAKER_HEADS | lex.PROPORTION_NOUNS | lex.SPEAKER_NOUNS | lex.ROLE_WORDS | lex.TITLE_WORDS | lex.UNNAMED_HEADS | lex.DOCUMENT_HEADS | lex.BODY_NOUNS
                         | lex.ORG_NAME_WORDS | lex.CHANNEL_ANAPHORS | lex.ORGANISATION_WORDS)) \
        or any(w.endswith(lex.PEOPLE_SUFFIXES) and len(w) > 5 for w in words)


def _body_phrase(tokens: list[Token], office: bool = False) -> bool:
    """An organisation's phrase: a named entity or a proper name in it, or a head noun that
    denotes a body ('the fire service', 'the company'); not 'the port of departure'."""
    toks = [t for t in tokens if not t.is_punct and t.tag_ != "POS"]
    if not toks:
        return False
    root = next((t for t in toks if t.head not in toks or t.head.i == t.i), toks[-1])
    if root.ent_type_ in ORG_LABELS + ("FAC",) or root.pos_ == "PROPN" and root.text[:1].isupper():
        return True  # not "a study published in the Journal of …": the phrase's head names the body
    if office and (_lemma(root) in lex.ROLE_WORDS or root.lower_ in lex.TITLE_WORDS):
        return True  # "spokesperson for the provincial governor": an office is represented
    return _lemma(root) in lex.BODY_NOUNS | lex.ORG_NAME_WORDS | lex.ORGANISATION_WORDS or root.lower_ in lex.BODY_NOUNS


def channel_name(head: Token) -> str:
    """A channel's own name: 'news agency Interfax' -> 'Interfax', 'CBS station KDKA-TV' -> 'KDKA-TV'."""
    toks = np_tokens(head)
    last_common = max((k for k, w in enumerate(toks) if w.pos_ == "NOUN" and w.text.islower()), default=-1)
    if 0 <= last_common < len(toks) - 1 and toks[-1].pos_ == "PROPN":
        toks = toks[last_common + 1:]
    return _clean_name(_text_of(toks))


# --------------------------------------------------------------------------- speakers

def _past_dateline(head: Token) -> Optional[Token]:
    """The speaker when the parser took a story's dateline for it: "TORONTO, April 9 - Noranda
    Inc said …" parses with TORONTO as the subject and the company as its apposition.  A place
    in the dateline never speaks; the apposition after it does (None when there is none)."""
    sent = sentence_of(head)
    end = dateline_end(text_of(head.doc), sent.start_char)
    if end == sent.start_char or head.idx >= end:
        return head
    return next((ch for ch in head.children if ch.dep_ == "appos" and ch.idx >= end), None) \
        or speaker_after_dateline(head, end)


def describe_speaker(head: Token, memory: SpeakerMemory) -> tuple[Optional[Source], Optional[tuple[int, int]]]:
    """Name, title, role and organisation of the phrase headed by ``head`` (a cue's subject), and
    where the speaker is written.  A relative pronoun ("Kaine, who criticized …") is described by
    its antecedent but is itself the speaker's mention in the clause, as PolNeAR marks it (train:
    207 of 250 matched pairs with such a gold source had the antecedent's span instead)."""
    source, span = _described(head, memory)
    if source is not None and relative_pronoun(head):
        span = (head.idx, head.idx + len(head))
    return source, span


def relative_pronoun(head: Token) -> bool:
    """'who', 'which', 'that' heading a relative clause whose antecedent names the speaker."""
    return (head.tag_ in ("WP", "WDT") or head.lower_ == "that" and head.dep_ in ("nsubj", "nsubjpass")) \
        and head.head.dep_ == "relcl" and head.lower_ in ("who", "which", "that")


def _described(head: Token, memory: SpeakerMemory) -> tuple[Optional[Source], Optional[tuple[int, int]]]:
    doc, head = head.doc, _past_dateline(head)
    head = _speaker_head(head) if head is not None else None
    if head is None:
        return None, None
    sub = _phrase_tokens(head)
    word = _hyphen_word(sub[0])
    if word[0].i < sub[0].i:
        sub = word[:word.index(sub[0])] + sub
    span = (sub[0].idx, sub[-1].idx + len(sub[-1]))
    low = head.lower_
    here = (head.idx, head.idx + len(head))
    if low in lex.PERSON_PRONOUNS:
        # the nearest person named before in this paragraph, else the document's last speaker
        # (within a long paragraph's reach: a dump of thousands of names is not read per pronoun)
        before = [e for e in ents_between(doc, head.i - 4 * MAX_EXACT_WIDTH, head.i)
                  if e.label_ == "PERSON" and _looks_like_name(e)]
        last = memory.last_person
        if last is not None and any(memory.person_by_surname(_clean_name(_strip_title_words(e))) == last for e in before):
            return last, here  # "Hotak … said. '…,' he said": the speaker just quoted goes on
        subjects = [e for e in before if e.root.dep_ in ("nsubj", "nsubjpass")]
        before = subjects or before
        if before:
            name = _clean_name(_strip_title_words(before[-1]))
            known = memory.person_by_surname(name)
            return (known or Source(name, kind="person")), here
        return memory.last_person or (None if memory.in_voice else UNRESOLVED_PERSON), here
    if low in lex.FIRST_PERSON or low in lex.FIRST_PERSON_GROUP:
        # outside quotes "I" is the person interviewed where the article names one ("NG: I …"),
        # else the writer, who is not named here: never the word "i"
        return memory.interviewee or Source(None, kind="unnamed"), here
    if low in lex.SECOND_PERSON:
        return None, None  # an interviewer's question or the reader: no one's claim
    if low in lex.GROUP_PRONOUNS and head.i == sub[0].i:
        return (memory.last_group or memory.last_speaker), here

    inside = ents_between(doc, sub[0].i, sub[-1].i + 1)
    persons = [with_surname_particles(e) for e in inside if e.label_ == "PERSON" and _looks_like_name(e)]
    orgs = [e for e in inside if e.label_ in ORG_LABELS and not (e.label_ == "NORP" and e.root.pos_ == "ADJ")
            and not any(p.start < e.end and e.start < p.end for p in persons)]
    persons, orgs = own_name_first(head, persons), own_name_first(head, orgs)  # not whom its apposition names
    head_lemma = _lemma(head)
    if head_lemma in lex.DOCUMENT_HEADS:
        # "Trump's statement read", "the ministry's report found": the document's author speaks
        owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
        if owner is not None:
            src, _ = describe_speaker(owner, memory)
            if src is not None and src.name:
                return replace(src, kind="document"), span
    if not persons and head.pos_ == "NOUN" and head.is_sent_start and head.text[:1].isupper() and len(sub) == 1:
        known = memory.person_by_surname(head.text)
        if known:  # "Trump characterized …": a surname the tagger read as a noun at the sentence start
            return known, span
    if not persons and head.pos_ == "PROPN":
        known = memory.person_by_surname(_clean_name(_text_of(np_tokens(head))))
        if known:
            return known, span
        name_like = _person_like(head, sub)
        if name_like is not None:
            persons = [name_like]
            orgs = [e for e in orgs if not (e.start < name_like.end and name_like.start < e.end)]
    office = name_after_office(head)
    if office is not None and all(p.start <= office[0].start < p.end for p in persons):  # "First Minister of Scotland Nicola Sturgeon": the title without the place
        title = " ".join(w.text for w in np_tokens(head) if w.ent_type_ not in ORG_LABELS and w.text[:1].isupper())
        return memory.know(Source(_clean_name(office[0].text), title or None, None, _clean_name(_text_of(office[1])), "person")), span
    if not persons:
        titled = _titled_apposition(sub)
        if titled is not None:  # "the head of Lakeland Civil Defence, Col. Ana Brook,"
            persons = [titled]
            orgs = [e for e in orgs if not (e.start < titled.end and titled.start < e.end)]
    if persons:
        # the person nearest the head (the head itself in "spokesman Ryan Dillon")
        person = min(persons, key=lambda e: 0 if e.start <= head.i < e.end else abs(e.root.i - head.i) + 1)
        name = _clean_name(_strip_title_words(person))
        title, role, org = title_role_org(head, person, orgs, memory)
        if org and org.find(name) > 0 and "," in org[:org.find(name)]:
            # "the head of X, Col. Ana Brook": the body ends before the name
            org = _clean_name(org[:org.find(name)].rsplit(",", 1)[0]) or None
        return memory.know(Source(name, title, role, org, "person")), span
    if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and (head_lemma in lex.ROLE_WORDS or head_lemma in lex.TITLE_WORDS) and head.tag_ not in ("NNS", "NNPS"):
        known = memory.person_by_office(head_lemma)
        if known is not None:  # "the governor said", after "Governor Jane Roe …"
            return known, span
    if (office := office_holder(head)) is not None:  # "the Minister of Finance said": a person by office, not a body
        return Source(_clean_name(office[0]), office[1], None, office[2], "person"), span
    # no personal name: an organisation, a document, or unnamed people
    if orgs and (head.ent_type_ in ORG_LABELS or head_lemma not in lex.UNNAMED_HEADS):
        org = max(orgs, key=lambda e: (head.i in range(e.start, e.end), len(e)))
        name = _clean_name(org.text)
        if head.ent_type_ in ORG_LABELS or head_lemma in lex.ROLE_WORDS:
            if head_lemma in lex.ROLE_WORDS:  # "the coalition's spokesman" without a name
                return Source(_clean_name(_text_of(np_tokens(head))), None,
                              _role_of(head), name, "unnamed"), span
            # "the Flood Authority of Kenya": a national body speaks for its country
            country = next((e for e in orgs if e.label_ == "GPE" and e.start == org.end + 1 and org.label_ == "ORG"
                            and doc[org.end].lower_ == "of"), None)
            return Source(memory.body_like(name), None, None, _clean_name(country.text) if country is not None else None,
                          "organization"), span
    if head.pos_ == "PROPN":
        name = _clean_name(_text_of(with_of_name(head, np_tokens(head))))
        return Source(memory.body_like(name), None, None, None, "organization"), span
    words = np_tokens(head)
    phrase = _clean_name("".join(w.text + (w.whitespace_ if k + 1 < len(words) and words[k + 1].i == w.i + 1 else " ")
                                 for k, w in enumerate(words)))
    if not phrase:
        return None, None
    if head_lemma in lex.DOCUMENT_HEADS:
        kind = "document"
    elif head_lemma in lex.ROLE_WORDS and head.tag_ not in ("NNS", "NNPS"):
        kind = "person"
    else:
        kind = "unnamed"
        if not _can_speak(head):
            body = body_named_by_head(head, memory.bodies)  # "the exchange", after "Vancouver Stock Exchange"
            return (Source(body, kind="organization"), span) if body else (None, None)
    org = _clean_name(orgs[0].text) if orgs else None
    if org is None and kind == "person":
        org = _org_of(head, memory)  # "the head of the regional police"
    name = phrase if kind != "unnamed" else _clean_name("".join(
        (w.text if proper_word(w) else w.lower_) + (w.whitespace_ if k + 1 < len(words) and words[k + 1].i == w.i + 1 else " ")
        for k, w in enumerate(words)))
    if org and org.lower() in name.lower():
        org = None  # "the Myanmar embassy" speaks for itself
    if name.lower() in lex.ORGANISATION_WORDS or (org and head_lemma == "police"):
        kind = "organization"
    return Source(name, None, _role_of(head) if kind == "person" else None, org, kind), span


def _phrase_tokens(head: Token) -> list[Token]:
    """The speaker phrase: the head's subtree without relative clauses or clauses hung on it."""
    skip = set()
    for c in head.children:
        if c.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            skip.update(w.i for w in subtree(c))
    toks = [w for w in subtree(head) if w.i not in skip]
    return toks or [head]


def _role_of(head: Token) -> Optional[str]:
    if _lemma(head) not in lex.ROLE_WORDS and head.lower_ not in lex.ROLE_WORDS:
        return None
    mods = [w for w in head.lefts if w.dep_ in ("compound", "amod") and w.lower_ in lex.ROLE_MODIFIERS]
    word = _hyphen_word(head)
    return " ".join([w.lower_ for w in mods if w not in word] + [_text_of(word).lower()])


def title_role_org(head: Token, person: Span, orgs: list[Span], memory: Optional[SpeakerMemory] = None
                   ) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Titles are rank words right before the name ("Army Col.", "Prime Minister"); roles
    are lower-case function nouns in the phrase or its apposition ("spokesman", "chief executive");
    the organisation is the role's possessor or "of"-object, a name right before the title
    ("Taliban spokesperson", "Bahamas Prime Minister"), or an "of"-phrase on the person."""
    doc = head.doc
    inner = [t for t in person if t.lower_ in lex.TITLE_WORDS and t.i < person.root.i]
    title_toks = _title_words(doc, person.start)
    # the NER took a description into the name ("Astronomer Ana Li"): it is the role, unless it
    # only says the office was held before ("Former Governor Jane Roe": part of the title)
    described = leading_description(person)
    former = bool(described) and all(t.lower_ in lex.FORMER_WORDS for t in described)
    opening = person.start + (0 if former else len(described))
    if inner and inner[0].i == person.start + len(described):  # the NER took the title into the name
        title_toks = (title_toks if not described else []) + [t for t in person if opening <= t.i <= inner[-1].i]
    title = None
    office, office_body = office_field(title_toks)  # "Director of the FBI": the office, and its body
    if title_toks:
        title = re.sub(r"\s+\.", ".", _text_of(office)).strip()
        if title.lower().rstrip(".") in lex.HONORIFICS:
            title = None
    taken = {w.i for w in title_toks} | set(range(person.start, person.end))
    front = title_toks[0].i if title_toks else person.start

    role, org = None, None
    root = person.root
    candidates = _phrase_tokens(head) + [w for c in root.children if c.dep_ == "appos" for w in _phrase_tokens(c)]
    for w in candidates:
        if w.i in taken or (_lemma(w) not in lex.ROLE_WORDS and w.lower_ not in lex.ROLE_WORDS) \
                or w.pos_ not in ("NOUN", "PROPN") or w.tag_ in ("NNS", "NNPS"):
            continue
        if w.pos_ == "PROPN" and w.text[:1].isupper() and w.i < front:
            continue  # a capitalised office before the name is a title, handled above
        role = _role_of(w) or w.lower_
        org = _org_of(w, memory, exclude=taken)
        break
    if role is None and described and not former and described[-1].pos_ in ("NOUN", "PROPN"):
        role = " ".join(t.lower_ for t in described if t.lower_ not in lex.FORMER_WORDS)
    if role is None:
        role = " ".join(t.lower_ for t in description_before(doc, front, root)) or None
    if org is None and front > 0:
        # "Taliban spokesperson Zabiullah Mujahid", "Bahamas Prime Minister Hubert Minnis"
        k = front - 1
        if role and doc[k].lower_ == role.split()[-1]:
            k -= len(role.split())
        ent = next((e for e in orgs if e.end - 1 == k), None)
        if ent is not None:
            org = _clean_name(ent.text)
    if org is None:
        org = _org_of(root, memory, exclude=taken)
    if org is None:
        others = [e for e in orgs if not (e.start >= person.start and e.end <= person.end)
                  and not any(k in taken for k in range(e.start, e.end))
                  and e.start >= _phrase_tokens(head)[0].i and e.end <= _phrase_tokens(head)[-1].i + 1
                  and not all(doc[k].lower_ in lex.TITLE_WORDS for k in range(e.start, e.end))
                  and not another_person(e, person)]
        if others:
            org = _clean_name(others[0].text)
    if org is None:
        org = office_body
    if org is None:
        org = _of_name_after(person)
    described = _phrase_tokens(head) + [w for c in root.children if c.dep_ == "appos" for w in _phrase_tokens(c)]
    if any(w.lower_ in lex.FORMER_WORDS and w.i < person.start + len(person) for w in described) or (
            front > 0 and doc[front - 1].lower_ in lex.FORMER_WORDS):
        return title, role, None  # "retired FBI agent": no longer speaks for the body
    if org is None and memory is not None and title:
        words = set(re.findall(r"[a-z.]+", title.lower()))
        if words & lex.POLICE_RANKS:
            org = memory.police_force()  # "Detective Inspector Jane Roe", in a story about Kent Police
    if names_another_person(org, _clean_name(_strip_title_words(person)), memory):
        org = None  # another person ("Mr Ebbers' lawyer") is never this person's organisation
    return title, role, org


def _org_of(w: Token, memory: Optional[SpeakerMemory] = None, exclude: Iterable[int] = ()) -> Optional[str]:
    """The body a role or person belongs to: possessor, of/for/at/from-object, the nouns before
    a role that speaks for a body ('fire service spokesman', 'Police press officer')."""
    exclude = set(exclude)

    def named(tokens: list[Token]) -> str:
        text = _clean_name(_text_of(tokens))
        tokens = [t for t in tokens if t.tag_ != "POS"]
        if memory is not None and tokens and tokens[0].lower_ in ("the", "this") and tokens[-1].pos_ == "NOUN":
            if len(tokens) == 2 and tokens[-1].lower_ in lex.PLACE_NOUNS:  # "the city's home minister"
                return memory.home_place(country=tokens[-1].lower_ in ("country", "nation")) or text
            return memory.body_named(text) or text
        return text

    def as_body(tokens: list[Token], office: bool = False) -> Optional[str]:
        text = named(tokens)
        return text if text != _clean_name(_text_of(tokens)) or _body_phrase(tokens, office) else None

    for c in w.children:
        if c.dep_ == "poss" and c.lower_ not in lex.POSSESSIVE_PRONOUNS:
            return as_body(list(subtree(c)))
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "from", "with"):
            objs = [x for x in c.children if x.dep_ == "pobj"]
            if objs:
                phrase = without_clauses(objs[0])
                if _bare_function(objs[0]):
                    return None  # "head of state", "chief of staff": a function, not a body
                body = as_body(phrase, office=c.lower_ in ("of", "for"))
                if body is None and c.lower_ in ("of", "for") and _represents(w, objs[0]):
                    body = named(phrase)  # "head of Iraqi military intelligence"
                return body
    if _lemma(w) in lex.BODY_ROLES or w.lower_ in lex.BODY_ROLES:
        chain = []
        k = w.i - 1
        while k >= 0 and (w.doc[k].dep_ in ("compound", "nmod") or w.doc[k].tag_ == "HYPH") \
                and w.doc[k].head.i in {w.i, *[t.i for t in chain]} and k not in exclude:
            chain.insert(0, w.doc[k])
            k -= 1
        body = [t for t in chain if t.lower_ not in lex.ROLE_MODIFIERS or t.text[:1].isupper()]
        if body and body[0].tag_ != "HYPH" and all(t.pos_ in ("NOUN", "PROPN") or t.tag_ == "HYPH" for t in body) \
                and _body_phrase(body):  # "fire service spokesman", not "energy minister"
            return _clean_name(_text_of(body))
    for c in w.children:
        if c.dep_ == "compound" and c.ent_type_ in ("ORG", "NORP", "GPE") and c.i not in exclude:
            return _clean_name(_text_of(list(subtree(c))))
    return None
