"""Content spans: the characters of what a cue reports, and whether they are a direct quote.

Helpers that turn a reported clause (a subtree of the parse) into a trimmed character span,
cut off what is not reported ('while Y wrote …', 'citing sources …') and tell a direct quote
from an indirect or mixed one.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from claimledger.extract.attribution.channels import looks_like_channel
from claimledger.extract.attribution.cues import coordinated_cue, is_cue
from claimledger.extract.attribution.speakers import _clean_name, _lemma
from claimledger.extract.quotes import CLOSING_MARKS, DOUBLED_APOSTROPHE, STRAIGHT_MARK
from claimledger.extract.tree import (
    MAX_EXACT_WIDTH,
    ents_between,
    first_token_from,
    subtree,
    text_of,
)
from claimledger.lexicon import attribution as lex


def _span_chars(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Strip spaces, commas, the complementiser 'that' and quote marks from a content span."""
    text = text_of(doc)
    strip = " \t\n,;:—–-"
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip + ".":
        e -= 1
    m = re.match(r"(that|whether)\s+", text[s:e], re.I)
    if m:
        s += m.end()
    return s, e


def subtree_span(t: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    skip = set()
    for x in exclude:
        skip.update(w.i for w in subtree(x))
    toks = [w for w in subtree(t) if w.i not in skip]
    return _span_chars(toks) if toks else (t.idx, t.idx + len(t))


def skip_leading_time(doc: Doc, s: int, e: int) -> int:
    """'said on Monday they believe …': the date belongs to the cue, not the content."""
    first, after = first_token_from(doc, s), first_token_from(doc, e)
    if first is None:
        return s
    toks = doc[first.i:after.i if after is not None else len(doc)]
    i = 0
    if toks and toks[0].pos_ == "ADP" and len(toks) > 1 and toks[1].ent_type_ in ("DATE", "TIME"):
        i = 1
    if i < len(toks) and toks[i].ent_type_ in ("DATE", "TIME") and (i == 1 or toks[i].dep_ in ("npadvmod", "pobj")):
        while i < len(toks) and toks[i].ent_type_ in ("DATE", "TIME"):
            i += 1
        if i < len(toks) and i < len(toks) - 2:
            return toks[i].idx
    return s


def beside_phrase(doc: Doc, sent: Span, phrase_start: int, speaker: Token) -> tuple[int, int]:
    """The content of 'According to X, …' / '…, according to X.': the sentence beside the phrase.

    The phrase ends after the speaker's noun phrase (its subtree, which may take in a
    'via news agency Interfax'); the content is the longer side of the sentence.
    """
    ph_end = max(subtree_span(speaker)[1], speaker.idx + len(speaker))
    before = trim(doc, sent.start_char, phrase_start)
    after = trim(doc, ph_end, sent.end_char)
    return before if before[1] - before[0] >= after[1] - after[0] else after


def quote_kind(near: list[tuple[int, int]], s: int, e: int) -> tuple[int, int, str]:
    """Direct when the content is one quotation, mixed when it holds one, else indirect."""
    inner = [q for q in near if q[0] >= s - 1 and q[1] <= e + 1]
    # an opening mark may be two characters: ''Yes,'' he said
    if len(inner) == 1 and inner[0][0] <= s + len(DOUBLED_APOSTROPHE) and inner[0][1] >= e - 2:
        return inner[0][0], inner[0][1], "direct"
    return s, e, ("mixed" if inner else "indirect")


def near_quotes(quotes: list[tuple[int, int]], sent: Span) -> list[tuple[int, int]]:
    """Quotes that overlap the sentence (a quote of two sentences ends in the cue's sentence), and
    a quote closing right before it: the parser ends a sentence at a quoted '!' or '?' ('"Why
    now?" she asked'), and the quote is still what the cue after it reports."""
    text = sent.doc.text
    return [q for q in quotes if (q[1] >= sent.start_char - 1 or _only_marks(text[q[1]:sent.start_char]))
            and q[0] <= sent.end_char + 1]


def _only_marks(gap: str) -> bool:
    """Nothing but closing quotation marks and spaces (one line: a paragraph break ends a quote)."""
    return len(gap) <= 4 and "\n" not in gap and not gap.strip(CLOSING_MARKS + STRAIGHT_MARK + "' ")


def is_parenthetical(doc: Doc, cue: Token, sent: Span) -> bool:
    """'One child was, according to police, among the dead': a phrase set off by commas inside
    a clause that goes on after it (not before 'and …', 'which …', 'killing …')."""
    if cue.i <= sent.start + 1 or doc[cue.i - 1].text != ",":
        return False
    comma = next((t.i for t in doc[cue.i:sent.end] if t.text == ","), None)
    if comma is None or comma - cue.i > 8:
        return False
    phrase_end = comma - 1
    after = [t for t in doc[phrase_end + 2:min(phrase_end + 5, sent.end)]]
    if not after or after[0].pos_ in ("CCONJ", "SCONJ") or after[0].tag_ == "VBG":
        return False
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in after)


def _cut_tokens(head: Token, last: int) -> set[int]:
    """Parts of a reported clause that are not reported: 'while Y wrote …', 'citing sources …',
    'when they offered …' — another speaker's clause or the reporter's own circumstance."""
    cut: set[int] = set()
    for w in subtree(head):
        if w.dep_ == "conj" and w.i > head.i and w.pos_ in ("VERB", "AUX") and coordinated_cue(w):
            cut.update(t.i for t in subtree(w))  # "… would reopen and said the tunnel …": a second statement
            cut.update(c.i for c in w.head.children if c.dep_ == "cc" and c.i < w.i)
        elif w.dep_ in ("advcl", "xcomp") and w.i > head.i and (
                any(m.dep_ == "mark" and m.lower_ in lex.CONTRAST_MARKS for m in w.children)
                or any(m.dep_ == "mark" and m.lower_ in lex.OTHER_VOICE_MARKS for m in w.children)
                and _lemma(w) in lex.CUE_VERBS and any(c.dep_ == "nsubj" for c in w.children)
                or w.tag_ == "VBG" and _lemma(w) in lex.CUE_VERBS):
            cut.update(t.i for t in subtree(w))
        elif w.i > head.i and _own_attribution(w) and _ends_clause(w, last):
            cut.update(t.i for t in subtree(w))  # "…, who has called …": an attribution of its own
    return cut


def _ends_clause(w: Token, last: int) -> bool:
    """Whether ``w``'s clause runs to the content's last token ``last`` (only punctuation after it): a
    clause in the middle ('a feature, which had not failed before, was forcing …') is part of
    the reported words."""
    return all(t.is_punct for t in w.doc[w.right_edge.i + 1:last + 1])


def _own_attribution(w: Token) -> bool:
    """A clause set off by a comma at the tail of a reported clause that PolNeAR gives an
    attribution of its own, so the outer content stops before it: a relative clause of a person
    or headed by a cue ('… echoed the tone of the senator, who has called the plan a sham') and a
    participle that reports ('…, saying …').  On PolNeAR train (relation F1, 840 articles):
    cue or 'who' relative clauses +0.0010; every relative clause +0.0019 but it takes the
    numbers out of Wikinews contents ('…, four of whom were injured'); every participle -0.0005."""
    if w.pos_ not in ("VERB", "AUX") or w.left_edge.i == 0:
        return False
    if w.doc[w.left_edge.i - 1].text not in (",", "—", "–"):
        return False
    if w.dep_ == "relcl":
        return is_cue(w) or any(c.dep_ == "nsubj" and c.lower_ == "who" for c in w.children)
    return w.dep_ in ("advcl", "acl") and w.tag_ == "VBG" and is_cue(w)


def clause_span(head: Token, cue: Token, extra: Iterable[Token] = ()) -> tuple[int, int]:
    """Character span of ``head``'s subtree (and ``extra`` subtrees) up to the first cut clause."""
    toks = sorted({w.i for t in [head, *extra] for w in subtree(t)}, key=int)
    cut = _cut_tokens(head, toks[-1])
    kept = []
    for i in toks:
        if i in cut:
            if i > head.i:
                break
            continue
        kept.append(head.doc[i])
    return _span_chars(kept) if kept else (head.idx, head.idx + len(head))


def listener_prefix(doc: Doc, cue: Token, s: int, e: int) -> tuple[int, Optional[str]]:
    """'told Agence France-Presse nets were lost', 'told NPR Tom Sand had appeared': the parser
    takes the listener into the reported clause; a channel name opening it is the listener.
    Returns the content's new start and the channel's name."""
    if _lemma(cue) != "tell" or any(c.dep_ == "dative" for c in cue.children):
        return s, None
    first = first_token_from(doc, s)
    if first is None or first.i != cue.i + 1:
        return s, None
    ent = next((x for x in ents_between(doc, first.i, first.i + MAX_EXACT_WIDTH) if x.start == first.i and x.label_ == "ORG"), None)
    if ent is not None and len(ent) > 1 and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", first.text) \
            and not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", doc[first.i + 1].text):
        ent = None  # "NPR Hamza bin Laden": the acronym is the listener, the name the subject
    end = ent.end if ent is not None else (first.i + 1 if looks_like_channel(first) else None)
    if end is None or end >= len(doc) or doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX") or \
            (ent is not None and ent.root.dep_ != "compound" and first.pos_ != "PROPN") or doc[end].idx >= e:
        return s, None
    return doc[end].idx, _clean_name(text_of(doc)[first.idx:doc[end - 1].idx + len(doc[end - 1])])


def between_is_circumstance(cue: Token, q_start: int) -> bool:
    """Only the cue's listener, channel or time stands between it and a quote: 'told Reuters
    “…”', 'said on Monday: “…”', 'wrote in a statement, “…”'."""
    doc = cue.doc
    own = set()
    for c in cue.children:
        if c.i > cue.i and (c.dep_ in ("npadvmod", "advmod", "prt")
                            or c.dep_ in ("dobj", "dative") and _lemma(cue) in lex.LISTENER_CUES
                            or c.dep_ == "prep" and c.lower_ in lex.CIRCUMSTANCE_PREPS):
            own.update(w.i for w in subtree(c))
    between = [t for t in doc if cue.idx + len(cue) <= t.idx < q_start and not t.is_punct]
    return bool(between) and len(between) <= 8 and all(t.i in own for t in between)


#: what may stand between a quote and its cue: marks (straight, curly, doubled apostrophes),
#: commas, colons, dashes
AROUND_QUOTE = " ,:“”\"'—–-"


def whole_quotes(doc: Doc, near: list[tuple[int, int]], s: int, e: int, quote: str) -> tuple[int, int, str]:
    """A content that ends inside a quotation it opened goes on to the quotation's end: the
    parse stops at a bracket or a second sentence ('would "carpet-bomb [them] into oblivion.
    I don't know …"'), the quoted words do not."""
    text = text_of(doc)
    for q0, q1 in near:
        if abs(s - q0) <= 1 and q1 < e - 1 and text[q0:q1].rstrip()[-1:] in _SENTENCE_CLOSE \
                and text[q1:e].strip(AROUND_QUOTE + ".…"):
            # 'said: "… a mistake," but in fact …': a content opening on a quotation closed by its
            # own punctuation ends with it; what follows is the writer's (PolNeAR train:
            # direct-quote F1 0.9317 -> 0.9321, content partial F1 +0.0002, Wikinews unchanged)
            return q0, q1, "direct"
    for q0, q1 in near:
        if s < q0 < e < q1:
            e = q1
            return s, e, "mixed" if quote == "indirect" else quote
        if q0 <= s and e <= q1 and (s, e) != (q0, q1) and (
                not text[q0:s].strip(_IN_QUOTE_EDGE) or not text[e:q1].strip(_IN_QUOTE_EDGE)):
            # '“You know what? Shout it out,” Trump continued': the parser's clause is the quote's
            # last sentence; the quotation, one speaker's words, is the content
            return q0, q1, "direct"
    return s, e, quote


#: what closes a quoted sentence or clause just inside its closing mark
_SENTENCE_CLOSE = (",", ".", "!", "?")

#: what may stand between a clause and the edge of the quotation it sits in
_IN_QUOTE_EDGE = " ,.;:!?…—–-"


#: what ends a lead-in sentence before the quote it introduces ('X declared the need for drive:
#: "…," she said'; 'X suggested Y - "…," he said')
_LEAD_IN_END = re.compile(r"(?::|\s[—–-])[\s\"“'‘]*$")


def quote_after_lead_in(doc: Doc, near: list[tuple[int, int]], s: int, e: int, quote: str,
                         cue_at: int) -> tuple[int, int, str]:
    """'Rhimes declared the need for drive: "Change the world," she said': the cue after a quote
    reports the quote; the lead-in before the colon or dash is the writer's own sentence."""
    if quote != "mixed":
        return s, e, quote
    text = text_of(doc)
    last = [q for q in near if s < q[0] < e and q[1] <= cue_at and not text[q[1]:cue_at].strip(AROUND_QUOTE + ".")]
    if not last:
        return s, e, quote
    q0, q1 = last[-1]
    if _LEAD_IN_END.search(text[s:q0]) and not any(s <= q[0] < q0 for q in near):
        return q0, q1, "direct"
    return s, e, quote


def claimed_by_earlier_cue(cue: Token, quote_end: int) -> bool:
    """'"…," Jacobs said, adding that …', '…, she said, referring to …': a quote before the cue
    belongs to the cue verb that stands between them, not to a second cue after it, which reports
    its own complement (it took the quote, and the one-content-one-statement rule then dropped it
    as a copy).  PolNeAR train: +103 statements, +71 matched; relation F1 +0.002, content partial
    F1 +0.003."""
    return any(t.pos_ in ("VERB", "AUX") and is_cue(t) for t in cue.doc[:cue.i] if t.idx >= quote_end)


def past_relative_speaker(cue: Token, subj: Token, comp: Token, s: int) -> int:
    """'a bill that critics said was anti-gay', 'moves that he said improved the economy', 'which
    an FBI inquiry said was careless': in a relative clause the parser puts the relative pronoun
    in the reported clause, so the speaker and the cue stand inside the content.  What the speaker
    says is what follows the cue; returns where it starts (``s`` unchanged when the words before
    the cue are more than a relative pronoun and the speaker)."""
    doc = cue.doc
    first = first_token_from(doc, s)
    if first is None or cue.i + 1 >= len(doc):
        return s
    start = min(first.i, comp.left_edge.i)  # a relative "that" the trim already took off
    if start >= subj.left_edge.i:
        return s
    before = [t for t in doc[start:cue.i] if not subj.left_edge.i <= t.i <= subj.right_edge.i]
    relative = [t for t in before if t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that"]
    if not relative or any(t not in relative and t.dep_ not in ("aux", "neg", "advmod") for t in before):
        return s
    return doc[cue.i + 1].idx
