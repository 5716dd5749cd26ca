"""Reported speech on sentences written for these tests: who said what, with which cue, through
which channel — the hard cases users report in other quote extractors."""
import pytest

from claimledger import analyze
from claimledger.extract.quotes import quote_spans


def statements(text):
    return [(text[c.span[0]:c.span[1]], c) for c in analyze(text) if c.kind == "statement"]


def one(text, content_start):
    """The statement whose content starts with ``content_start``."""
    hits = [c for words, c in statements(text) if words.startswith(content_start)]
    assert hits, f"no statement starting {content_start!r} in {[w for w, _ in statements(text)]}"
    return hits[0]


# --------------------------------------------------------------------------- speakers outside the sentence

def test_pronoun_and_surname_resolve_to_the_full_name_given_before():
    text = ("Hugh Hill, a doctor at St Mary's Hospital, said the ward was full.\n\n"
            "Hill added that staff were exhausted. He said more beds would open on Friday.")
    for start in ("the ward was full", "staff were exhausted", "more beds would open"):
        c = one(text, start)
        assert c.source.name == "Hugh Hill"
        assert c.source.role == "doctor" and c.source.organization == "St Mary's Hospital"


def test_quote_continues_with_the_previous_speaker():
    text = ('"We expected worse," said Maria Lopez, the company\'s finance director.\n\n'
            '"Next year will be harder still for every shop we run."')
    c = one(text, "Next year will be harder")
    assert c.source.name == "Maria Lopez" and c.quote == "direct"


def test_person_memory_carries_a_title_given_outside_a_speech_sentence():
    text = ("Detective Inspector Jane Roe of Kent Police arrived at the scene on Tuesday.\n\n"
            "Roe said the investigation was ongoing.")
    c = one(text, "the investigation was ongoing")
    assert (c.source.name, c.source.title, c.source.organization) == ("Jane Roe", "Detective Inspector", "Kent Police")


def test_the_office_word_resolves_to_the_person_who_holds_it():
    text = ("Governor Ana Cruz visited the flooded town on Sunday.\n\n"
            "Three bridges collapsed, the governor said.")
    c = one(text, "Three bridges collapsed")
    assert c.source.name == "Ana Cruz" and c.source.title == "Governor"


# --------------------------------------------------------------------------- appositions and verb-less layouts

@pytest.mark.parametrize("text, name, role, org", [
    ("Tom Baker, a spokesman for the fire brigade, told reporters that two engines attended.",
     "Tom Baker", "spokesman", "fire brigade"),
    ("Anna Berg, a harbour authority spokeswoman, said the port was closed.",
     "Anna Berg", "spokeswoman", "harbour authority"),
    ("Police press officer Eva Nowak stated the driver had been drinking.",
     "Eva Nowak", "press officer", "Police"),
])
def test_apposition_and_prefixed_roles(text, name, role, org):
    (words, c), = statements(text)
    assert c.source.name == name
    assert role in c.source.role
    assert c.source.organization.lower() == org.lower()


def test_lower_case_office_in_a_title_is_still_the_title():
    (_, c), = statements("Prime minister Tom Hale said taxes would fall next year.")
    assert c.source.title == "Prime minister" and c.source.role is None


@pytest.mark.parametrize("text, content, name, cue", [
    ("According to the ministry, forty people were rescued from the river.",
     "forty people were rescued from the river", "ministry", "according to"),
    ("Forty people were rescued from the river, according to the coast guard.",
     "Forty people were rescued from the river", "coast guard", "according to"),
    ("Police say the suspect fled on foot towards the station.",
     "the suspect fled on foot towards the station", "Police", "say"),
    ("The report found that most schools lacked trained staff.",
     "most schools lacked trained staff", "report", "found"),
])
def test_verbless_and_impersonal_sources(text, content, name, cue):
    c = one(text, content)
    assert text[c.span[0]:c.span[1]] == content
    assert c.source.name.lower() == name.lower() and c.cue == cue


def test_a_parenthetical_according_to_stays_inside_the_content():
    text = "One boat was, according to the coast guard, found empty near the pier."
    (words, c), = statements(text)
    assert words == "One boat was, according to the coast guard, found empty near the pier"


def test_study_verbs_need_a_document_subject():
    assert statements("The children found a wallet that was full of cash.") == []


def test_estimates_need_an_estimate_object():
    (words, c), = statements("The insurer placed the cost of the damage at two million dollars.")
    assert words.startswith("the cost of the damage") and c.cue == "placed"
    assert statements("The mayor placed a wreath at the memorial on the hill.") == []


def test_a_document_read_speaks_for_its_author():
    (words, c), = statements('Mayor Lee\'s statement read: "We regret the loss of the bridge and will rebuild it."')
    assert c.source.name == "Lee" and c.source.kind == "document" and c.quote == "direct"


# --------------------------------------------------------------------------- channels and nesting

@pytest.mark.parametrize("text, via", [
    ("Tom Baker told the BBC that two engines attended the fire.", ["BBC"]),
    ("Tom Baker wrote on Twitter that two engines attended the fire.", ["Twitter"]),
    ('"I could not believe it," wrote Ada Grant in an e-mail to The Guardian.', ["The Guardian"]),
    ("Tom Baker told reporters that two engines attended the fire.", []),
    ("Tom Baker told his wife that two engines attended the fire.", []),
])
def test_channels(text, via):
    (_, c), = statements(text)
    assert [v.lower().removeprefix("the ") for v in c.via] == [v.lower().removeprefix("the ") for v in via]


def test_a_listener_the_parser_took_into_the_content_is_the_channel():
    text = "One fisherman, Paul Grant, on Monday told Agence France-Presse nets were lost at sea."
    (words, c), = statements(text)
    assert words == "nets were lost at sea" and c.via == ("Agence France-Presse",)


def test_nested_attribution_passes_through_the_outer_speaker():
    text = "Two ferries sank near the coast, the BBC reported the minister said."
    (words, c), = statements(text)
    assert words == "Two ferries sank near the coast"
    assert c.cue == "said" and c.source.name == "minister" and c.via == ("BBC",)


def test_reported_that_officials_said_keeps_the_outer_outlet_as_via():
    text = "Reuters reported that officials said the dam had been breached overnight."
    inner = one(text, "the dam had been breached")
    assert inner.source.name.lower() == "officials" and "Reuters" in inner.via


def test_another_speakers_clause_is_not_part_of_the_content():
    text = ('Lawyer Sam Hale called the ruling "a disgrace" while Labour Minister Ruth Kay '
            "wrote she had ordered a review.")
    hale = [c for _, c in statements(text) if c.source.name == "Sam Hale"]
    kay = one(text, "she had ordered a review")
    assert kay.source.name == "Ruth Kay" and kay.via == ()
    assert all("Ruth Kay" not in text[c.span[0]:c.span[1]] for c in hale)


def test_a_reporters_circumstance_is_not_part_of_the_content():
    text = "Several outlets reported the singer to be engaged citing sources close to the family."
    (words, _), = statements(text)
    assert words == "the singer to be engaged"


# --------------------------------------------------------------------------- indirect, mixed, direct

def test_indirect_mixed_and_direct():
    text = ('The minister said prices would rise. She said the plan was "a bold step" for the region. '
            '"We will not retreat from it," she said.')
    kinds = {words: c.quote for words, c in statements(text)}
    assert kinds["prices would rise"] == "indirect"
    assert kinds['the plan was "a bold step" for the region'] == "mixed"
    assert kinds["We will not retreat from it,"] == "direct"


def test_direct_quote_after_the_listener():
    text = 'Ada Grant told Reuters "the report looks as if it was written in advance".'
    (words, c), = statements(text)
    assert c.quote == "direct" and words.startswith("the report looks") and c.via == ("Reuters",)


# --------------------------------------------------------------------------- quotation marks

def test_scare_quotes_and_titles_are_not_statements():
    text = ('The so-called "reform" was dropped. Critics watched the film "Night Train" twice. '
            'The "stabilization" of the region is years away.')
    assert statements(text) == []


@pytest.mark.parametrize("text", [
    'He said "the road is closed. Nobody said it would reopen soon.',
    '“The road is closed," she said. "It will reopen in May,” he said.',
    '"Unbalanced "quote" marks"" everywhere" said nobody.',
    '”Backwards“ quotes ” confuse “ readers.',
])
def test_unbalanced_or_mixed_quotes_do_not_crash(text):
    for words, c in statements(text):
        assert 0 <= c.span[0] < c.span[1] <= len(text)


def test_an_unbalanced_quote_does_not_swallow_the_rest_of_the_article():
    text = ('The mayor said "we are ready.\n\n'
            "Officials said the river would peak on Friday.")
    c = one(text, "the river would peak")
    assert c.source.name.lower() == "officials" and c.quote == "indirect"


def test_quote_spans_pair_curly_and_straight_marks():
    text = '“One two,” then "three four" and an open “five'
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans[:2] == ["One two,", "three four"]


def test_one_quote_pairer_keeps_or_drops_an_unclosed_quote_as_asked():
    text = 'He said “we stay,” and then "the rest runs on'
    kept = [text[s:e] for s, e in quote_spans(text)]
    dropped = [text[s:e] for s, e in quote_spans(text, unclosed_runs_to_end=False)]
    assert kept == ["we stay,", "the rest runs on"] and dropped == ["we stay,"]


def test_a_quote_ends_at_a_blank_line():
    text = '“It opens here\n\nand a new paragraph “starts” fresh'
    assert [text[s:e] for s, e in quote_spans(text)] == ["It opens here", "starts"]
    assert [text[s:e] for s, e in quote_spans(text, unclosed_runs_to_end=False)] == ["starts"]


# --------------------------------------------------------------------------- later additions

def test_sentence_initial_according_to_before_a_speech_verb_is_the_source():
    text = "According to the filing, the firm disclosed the fault to regulators in March."
    (words, c), = statements(text)
    assert c.cue == "according to" and c.source.name == "filing"
    assert words == "the firm disclosed the fault to regulators in March"


def test_an_acronym_listener_before_a_name_is_the_channel():
    text = "Retired police chief Ann Lee told NPR Tom Sand had appeared in court twice."
    (words, c), = statements(text)
    assert words == "Tom Sand had appeared in court twice" and c.via == ("NPR",)


def test_a_hyphenated_body_before_a_role():
    (_, c), = statements("Blue-Sky spokeswoman Ida Marsh said the flights would resume.")
    assert c.source.name == "Ida Marsh" and c.source.organization == "Blue-Sky"


@pytest.mark.parametrize("text, field, expected", [
    ("The United Nations said food aid would reach the port within a week.", "name", "United Nations"),
    ("US President Jon Hale said food aid would reach the port within a week.", "organization", "United States"),
    ("The Regional Flood Office (RFO) warned of rain. RFO said the river would crest on Friday.",
     "name", "Regional Flood Office"),
])
def test_organisations_under_their_full_names(text, field, expected):
    c = one(text, "food aid" if "food" in text else "the river")
    assert getattr(c.source, field) == expected


# --------------------------------------------------------------------------- misparsed speakers, call, parentheticals

def test_a_name_the_parser_took_for_a_dates_object_is_the_speaker():
    text = "On Tuesday Northwind Airlines said the route would close in March."
    (words, c), = statements(text)
    assert words == "the route would close in March"
    assert c.source.name == "Northwind Airlines" and c.via == ()


def test_a_participle_cue_and_an_apposed_speaker_before_told():
    text = ('Calling it "a cynical gesture", Maria Vance of "Clean Rivers", a water campaign group, '
            'told Reuters "nothing in this plan will change how the river is policed".')
    told = one(text, "nothing in this plan")
    assert told.source.name == "Maria Vance" and told.source.organization == "Clean Rivers"
    assert told.cue == "told" and told.via == ("Reuters",) and told.quote == "direct"
    calling = one(text, "it")
    assert calling.cue == "Calling" and calling.source.name == "Maria Vance"
    assert text[calling.span[0]:calling.span[1]] == 'it "a cynical gesture"'


def test_called_on_after_a_parenthetical_between_auxiliary_and_verb():
    text = 'The Transport Ministry has, in a statement, called on drivers to "slow down near every school this winter."'
    c = one(text, "drivers to")
    assert c.cue == "called on" and c.source.name == "Transport Ministry"


@pytest.mark.parametrize("text", [
    "The mayor called the police.",
    "Residents called a meeting on Friday.",
])
def test_call_without_on_or_a_predicate_is_no_cue(text):
    assert statements(text) == []


def test_a_cue_set_off_by_commas_stays_inside_the_content():
    text = "The ferry had, the harbour master says, left the port without permission."
    (words, c), = statements(text)
    assert words == "The ferry had, the harbour master says, left the port without permission"
    assert c.cue == "says" and c.source.name == "harbour master"


def test_with_officials_saying_makes_them_the_speaker():
    text = "The storm hit the coast on Monday, with officials saying that 40 homes were destroyed."
    c = one(text, "40 homes")
    assert c.source.name == "officials" and c.cue == "saying"


def test_a_shorter_form_of_a_body_named_before_is_the_same_body():
    text = ("The Emergency Relief Ministry said roads were closed.\n\n"
            "The Relief Ministry later warned that more rain would fall.")
    assert one(text, "more rain").source.name == "Emergency Relief Ministry"


# --------------------------------------------------------------------------- organisations given outside the name

def test_a_police_rank_without_a_force_speaks_for_the_force_the_story_names():
    text = ("Officers from Kent Police were called to the warehouse on Monday.\n\n"
            '"We are appealing for witnesses," said Detective Sergeant Paul Reed.')
    c = one(text, "We are appealing")
    assert c.source.name == "Paul Reed" and c.source.organization == "Kent Police"


@pytest.mark.parametrize("text, org", [
    ("Lena Ortiz, the founder of Open Maps Trust, who has campaigned on data rights for a decade, "
     "said the law would fail.", "Open Maps Trust"),
    ("Omar Haddad, the director of Delta Forge, which builds rail cars, said the law would fail.",
     "Delta Forge"),
])
def test_a_clause_said_of_the_body_is_not_its_name(text, org):
    c = one(text, "the law would fail")
    assert c.source.organization == org


@pytest.mark.parametrize("text, org", [
    ("The head of the river police said the boats were seized.", "river police"),
    ("Vice Admiral Ruth Kane, commander of the Atlantic fleet, said the boats were seized.", "Atlantic fleet"),
    ("Gen. Omar Idris, the head of Sudanese military intelligence, said the boats were seized.",
     "Sudanese military intelligence"),
    # a function, not a body: no organisation
    ("The head of state said the boats were seized.", None),
])
def test_a_role_that_speaks_for_a_body_takes_its_of_object(text, org):
    c = one(text, "the boats were seized")
    assert c.source.organization == org


def test_a_retired_officer_no_longer_speaks_for_the_body():
    (_, c), = statements("Retired army general and author Tom Fry said the plan would fail.")
    assert c.source.name == "Tom Fry" and c.source.organization is None


def test_the_city_as_possessor_is_the_place_the_story_names():
    text = ("A bridge collapsed in Lyon on Sunday.\n\n"
            "Marc Dubois, the city's transport minister, said repairs would take a year.")
    c = one(text, "repairs would take")
    assert c.source.role.endswith("minister") and c.source.organization == "Lyon"


def test_of_and_a_quoted_name_after_a_person_is_the_body():
    text = 'Anna Berg of "Safe Harbour", a charity for sailors, told reporters the port was unsafe.'
    c = one(text, "the port was unsafe")
    assert c.source.name == "Anna Berg" and c.source.organization == "Safe Harbour"


def test_a_national_body_of_a_country_speaks_for_it():
    c = one("The Disaster Management Agency of Nepal said on Monday that 30 villages were cut off.", "30 villages")
    assert c.source.name == "Disaster Management Agency" and c.source.organization == "Nepal"


def test_declared_with_an_intent_reports_it_but_not_a_state_of_emergency():
    text = ("The chairman of Delta Foods, Carl Moss, publicly declared his intent to cut prices by ten percent. "
            "The army declared a state of emergency in the north.")
    (words, c), = statements(text)
    assert words == "his intent to cut prices by ten percent" and c.cue == "declared"


# --------------------------------------------------------------------------- clauses the parser split

def test_a_reported_clause_split_into_object_and_predicate_is_one_content():
    text = ("Preliminary checks suggest a loose bolt on the 320 Neo, which had not flown before, was causing "
            "the shaking in a failed attempt to stop a stall.")
    (words, c), = statements(text)
    assert words.startswith("a loose bolt on the 320 Neo") and "was causing the shaking" in words
    assert c.cue == "suggest" and c.source.name == "preliminary checks"


def test_a_gerund_complement_is_the_content():
    (words, c), = statements("Last week the company announced investigating itself.")
    assert words == "investigating itself" and c.cue == "announced"


def test_an_intensive_pronoun_taken_for_the_subject_gives_way_to_the_name():
    text = 'In the report itself Boeing also made this point, writing "we have told every airline about the fault this week."'
    c = one(text, "we have told")
    assert c.source.name == "Boeing" and c.cue == "writing"


def test_an_imperative_in_a_title_borrows_no_speaker():
    assert statements("The ruling comes after the song Please don't say goodbye was banned from radio on Friday.") == []


def test_with_officials_reporting_takes_the_rest_of_the_clause_after_its_time_phrase():
    text = ("Rebels attacked the base in May, with officials reporting at the time 30 soldiers, 12 civilians, "
            "and dozens of rebels killed.")
    c = one(text, "30 soldiers")
    assert text[c.span[0]:c.span[1]] == "30 soldiers, 12 civilians, and dozens of rebels killed"
    assert c.source.name == "officials" and c.cue == "reporting"
    numbers = [q for q in analyze(text) if q.kind == "quantity" and q.quantity.value == 30]
    assert numbers and numbers[0].source.name == "officials"


def test_with_and_a_participle_that_is_no_cue_is_no_statement():
    assert statements("The team won, with fans cheering loudly in the stands.") == []


# --------------------------------------------------------------------------- who can be a source

@pytest.mark.parametrize("text", [
    "Ancient bones suggest the valley held 9,000 farms.",
    "The radar signal showed the plane turned 40 degrees west.",
    "Rising margins suggest the grocer made 12 million pounds.",
])
def test_a_thing_or_an_abstraction_is_no_unnamed_source(text):
    assert all(c.source is None or c.source.name not in ("ancient bones", "radar signal", "rising margins")
               for _, c in statements(text))


@pytest.mark.parametrize("text, name, kind", [
    ("Police said 30 people were hurt in the crash.", "police", "organization"),
    ("Local fishermen said the catch had fallen by half.", "local fishermen", "unnamed"),
    ("Archaeologists said the wall was 3,000 years old.", "archaeologists", "unnamed"),
    ("The ministry said 14 schools would close.", "ministry", "unnamed"),
    ("A new report found 40 rivers were polluted.", "new report", "document"),
])
def test_people_bodies_and_documents_stay_sources(text, name, kind):
    (words, c), = statements(text)
    assert (c.source.name, c.source.kind) == (name, kind)


def test_a_hyphenated_role_stays_whole_and_the_name_after_it_speaks():
    text = '"The lake is shrinking every single year," said survey co-author Lena Park.'
    c = one(text, "The lake is shrinking")
    assert (c.source.name, c.source.role) == ("Lena Park", "co-author")
    c = one("A vice-president of the bank said rates would rise.", "rates would rise")
    assert c.source.name == "vice-president" and "-" in c.source.role


def test_a_relative_pronoun_speaks_for_its_antecedent():
    c = one("The shooting began at noon, according to police, who said officers arrived six minutes later.",
            "officers arrived")
    assert c.source.name == "police"
    c = one("The club issued a statement which said 300 fans were banned.", "300 fans were banned")
    assert c.source.name == "statement" and c.source.kind == "document"


def test_some_of_a_group_speaks_for_the_group_and_one_alone_is_no_one():
    c = one("Some of the nurses said they worked 16 hours a day.", "they worked 16 hours")
    assert c.source.name == "nurses"
    assert statements("One could argue that 12 cases are not enough.") == []


def test_an_organisation_is_a_body_not_any_prepositional_phrase():
    c = one("Omar Haddad, an engineer with long experience of dam design, said the wall would hold.", "the wall would hold")
    assert c.source.name == "Omar Haddad" and c.source.organization is None
    c = one("Ines Moro, a clerk from the town of arrival, said 80 trucks had crossed.", "80 trucks had crossed")
    assert c.source.organization is None
    c = one("Farm minister Ruth Vale said 200 farms had flooded.", "200 farms had flooded")
    assert c.source.organization is None
    c = one("Tom Baker, a spokesman for the regional water company, said two pipes burst.", "two pipes burst")
    assert c.source.organization == "regional water company"


def test_a_publication_name_is_no_person():
    c = one("Two trawlers sank in the storm, according to Coastal Gazette.", "Two trawlers sank")
    assert c.source.name == "Coastal Gazette" and c.source.kind == "organization"


# --------------------------------------------------------------------------- the derived cue lexicon (PolNeAR train)

def test_a_belief_with_its_clause_is_a_statement_of_the_believer():
    c = one("Tom Reyes runs the depot. He believes the new schedule will fail by spring.", "the new schedule will fail")
    assert c.source.name == "Tom Reyes" and c.cue == "believes"


def test_a_belief_inside_what_someone_said_is_part_of_that_statement():
    found = statements("Ana Ruiz said she thinks the council wants the road closed.")
    assert len(found) == 1 and found[0][1].cue == "said"


def test_a_judging_verb_reports_its_object_and_what_follows():
    c = one("Senator Jill Parr criticized the ministry for its slow response to the floods.", "the ministry")
    assert c.source.name == "Jill Parr"
    assert c.span[1] - c.span[0] == len("the ministry for its slow response to the floods")


def test_a_phrasal_cue_reports_the_object_of_its_preposition():
    c = one("Mayor Lena Ortiz talked about the cost of the new bridge.", "the cost of the new bridge")
    assert c.cue == "talked about"


def test_a_preposition_after_an_object_is_no_phrasal_cue():
    assert statements("Residents called a meeting on Friday.") == []


def test_a_participle_leading_into_a_speech_verb_is_not_a_second_statement():
    found = statements("Speaking about the strike, union leader Omar Haddad said talks would resume on Monday.")
    assert [c.cue for _, c in found] == ["said"]


# --------------------------------------------------------------------------- quotes in pieces

def test_an_interrupted_quote_is_one_statement_in_pieces_sharing_cue_and_speaker():
    text = ('Maria Lopez runs the shelter. "We have to treat people the same," she said, '
            '"and find out what they really need."')
    a, b = one(text, "We have to treat"), one(text, "and find out what")
    assert a.cue_span == b.cue_span and a.source_span == b.source_span and b.quote == "direct"


def test_a_later_quote_of_the_paragraph_joins_the_quoted_statement_before_it():
    text = ('"The vote was close," said Ivo Stan, a councillor in the north. '
            'Once the count ended, "nobody wanted a recount at that hour."')
    b = one(text, "nobody wanted a recount")
    assert b.source.name == "Ivo Stan" and b.cue_span == one(text, "The vote was close").cue_span


def test_doubled_apostrophes_are_quotation_marks():
    assert [("''Yes, we will,'' he said."[s:e]) for s, e in quote_spans("''Yes, we will,'' he said.")] == ["Yes, we will,"]


def test_a_content_ending_inside_a_quote_goes_on_to_its_end():
    text = 'Governor Al Moss said he would "cut the budget [for roads] in half. We start in May."'
    c = one(text, "he would")
    assert text[c.span[0]:c.span[1]].rstrip('."').endswith("We start in May")


# --------------------------------------------------------------------------- shares of people, names before a colon

def test_a_share_of_people_speaks_for_the_people_counted():
    text = "A majority of nurses say they would strike again. In the survey, 40 percent said pay was too low."
    assert one(text, "they would strike").source.name == "nurses"
    assert one(text, "pay was too low").source.name == "40 percent"


def test_a_name_and_a_colon_opening_a_line_is_a_statement():
    text = "Dana Whitfield took the first question.\nWHITFIELD: Our schools need more teachers next year."
    c = one(text, "Our schools need")
    assert c.source.name == "Dana Whitfield" and c.cue == ":"


def test_an_ordinary_colon_is_no_statement():
    assert statements("The menu was simple: bread, soup and a glass of wine for every guest.") == []


# --------------------------------------------------------------------------- interviews, pronouns, datelines, acronyms

INTERVIEW = ("Our reporter spoke with the climber Ines Varga about the expedition.\n\n"
             "((WN))  What did you expect to find on the ridge?\n\n"
             "((Ines Varga))  I think the ice had moved more than anyone expected last year.")


def test_an_interview_answer_is_the_interviewees_and_the_question_is_no_claim():
    found = statements(INTERVIEW)
    assert [c.source.name for _, c in found] == ["Ines Varga"]
    assert found[0][0].startswith("I think the ice had moved")


def test_initials_before_a_colon_name_the_person_given_before():
    text = "The guide Maria Lopez led the climb.\nML: The ridge was harder than the maps showed."
    assert one(text, "The ridge was harder").source.name == "Maria Lopez"


def test_no_pronoun_is_a_source_name():
    text = "I think the council is wrong about the bridge. You know the plan will cost more."
    for _, c in statements(text):
        assert c.source.name is None or c.source.name.lower() not in ("i", "you")
    assert all(c.source.name is None for _, c in statements(text))


def test_a_wire_dateline_is_not_part_of_the_content():
    c = one("OSLO, May 4 (Reuters) - Salmon prices fell for a third week, traders said.", "Salmon prices fell")
    assert c.source.name == "traders"


def test_a_name_and_its_acronym_are_one_source():
    text = ("The vaccine is safe, according to the Food Safety Council (FSC). "
            "The FSC said further trials would start in June.")
    assert one(text, "The vaccine is safe").source.name == one(text, "further trials").source.name


def test_a_speaker_named_by_office_after_the_content():
    text = "The depot was hit twice, the head of Lakeland Civil Defence, Col. Ana Brook, said on Friday."
    c = one(text, "The depot was hit twice")
    assert c.source.name == "Ana Brook"


def test_quoted_as_saying_reports_the_subjects_words():
    c = one("The minister was quoted as saying that fuel prices would fall.", "fuel prices would fall")
    assert c.source.name == "minister" or c.source.role == "minister"


# --------------------------------------------------------------------------- cues that report through their object

@pytest.mark.parametrize("text, content, cue", [
    ("The union leader accused the airline of hiding its safety reports from inspectors.",
     "the airline of hiding its safety reports from inspectors", "accused"),
    ("The farmers cited the long drought as the reason for the poor harvest.",
     "the long drought as the reason for the poor harvest", "cited"),
])
def test_a_cue_whose_content_is_its_object_in_train_takes_the_object_and_its_complements(text, content, cue):
    (words, c), = statements(text)
    assert words == content and c.cue == cue


@pytest.mark.parametrize("text, name", [
    ("Advocates for the new park said the city had ignored their petition.", "advocates"),
    ("The nominee told supporters the tax plan would pass by spring.", "nominee"),
])
def test_a_noun_that_heads_sources_in_train_can_speak(text, name):
    (words, c), = statements(text)
    assert c.source.name == name and c.source.kind == "unnamed"


@pytest.mark.parametrize("text, content, cue", [
    ("Mr. Ortiz seemed to enjoy the long fight with the council.",
     "Mr. Ortiz seemed to enjoy the long fight with the council", "seemed"),
    ("The bill is expected to pass the senate next week.", "The bill is expected to pass the senate next week", "expected"),
])
def test_a_raising_verb_credits_its_subject_and_complement_to_no_one(text, content, cue):
    (words, c), = statements(text)
    assert words == content and c.cue == cue and c.source is None and c.voice == "outlet"


def test_appearing_somewhere_is_no_appearance():
    assert statements("The mayor appeared on television on Monday.") == []


@pytest.mark.parametrize("text, found", [
    ("A Harbor Institute poll showed that most renters back the new rules.", True),
    ("The polling firm found that turnout fell in every district.", True),
    ("She found the new job harder than the old one.", False),
    ("The radar signal showed the plane turned 40 degrees west.", False),
])
def test_a_poll_or_body_finds_and_shows_a_person_or_a_thing_does_not(text, found):
    assert bool(statements(text)) == found


@pytest.mark.parametrize("text, name", [
    ("Exporters said prices would rise by ten percent.", "exporters"),
    ("Several investors told the board the merger would fail.", "investors"),
])
def test_an_agent_noun_can_speak(text, name):
    (words, c), = statements(text)
    assert c.source.name.endswith(name)


def test_said_a_and_said_b_are_two_statements_of_one_speaker():
    text = "The mayor said the bridge would reopen in May and said the tunnel would close in June."
    found = statements(text)
    assert [w for w, _ in found] == ["the bridge would reopen in May", "the tunnel would close in June"]
    assert all(c.source.name == "mayor" for _, c in found)


def test_a_new_voice_keeps_names_but_not_the_pronoun_antecedents_of_the_article():
    from claimledger.extract.attribution import SpeakerMemory, find_statements
    from claimledger.parse.models import load_pipeline

    nlp, memory = load_pipeline(), SpeakerMemory()
    find_statements(nlp("Union officials said the strike would last a week. Maria Lopez, a union negotiator, said talks had failed."), memory)
    memory.new_voice()  # a reader comment begins
    assert find_statements(nlp("They said the numbers were made up."), memory) == []
    assert find_statements(nlp("She said the talks had gone well."), memory) == []
    (st,) = find_statements(nlp("Lopez said the talks would resume on Monday."), memory)
    assert st.source.name == "Maria Lopez"


def test_an_infinitive_of_purpose_borrows_the_subject_of_its_verb():
    (words, c), = statements("The senator went on local radio to say that the plant would close in March.")
    assert words == "the plant would close in March" and c.source.name == "senator"


def test_a_quoted_complement_after_the_object_belongs_to_the_content():
    (words, c), = statements('The mayor called the budget plan "reckless" on Tuesday.')
    assert words.startswith('the budget plan "reckless') and c.cue == "called"


def test_a_full_name_in_capitals_before_a_colon_speaks_though_not_named_before():
    (words, c), = statements("TOMASZ KOWALCZYK: We will open three new clinics in the valley next spring.")
    assert c.source.name == "Tomasz Kowalczyk" and c.cue == ":" and words.startswith("We will")


def test_an_interview_answer_mark_is_no_speaker():
    assert all(c.cue != ":" for _, c in statements("A: Not yet, but I will call him about the budget next week."))


def test_a_question_asked_by_no_one_named_is_credited_to_no_one():
    found = statements("Asked about the merger, the director defended her decision to cut jobs.")
    asked = [(w, c) for w, c in found if c.cue == "Asked"]
    assert asked and asked[0][0] == "about the merger" and asked[0][1].source is None
    assert any(c.cue == "defended" and c.source.name == "director" for _, c in found)


def test_asking_someone_whether_reports_the_question_not_the_listener():
    (words, c), = statements("The reporter asked the mayor whether the bridge would reopen in May.")
    assert words == "the bridge would reopen in May" and c.cue == "asked"


@pytest.mark.parametrize("text, name, content", [
    ("The company released a statement saying the plant would close in March.", "company",
     "the plant would close in March"),
    ("The senator ended the debate by saying the bill was dead.", "senator", "the bill was dead"),
])
def test_a_participle_cue_below_a_verb_takes_that_verbs_subject(text, name, content):
    c = one(text, content)
    assert c.source.name == name and c.cue == "saying"


def test_two_cues_of_one_speaker_reading_the_same_words_give_the_wider_statement():
    from claimledger.extract.attribution.record import Statement
    from claimledger.extract.attribution.statements import _drop_contained
    from claimledger.model import Source

    league = Source("league", kind="organization")
    wide = Statement(20, 80, "indirect", league, "issued", (11, 17), (0, 10))
    inner = Statement(40, 80, "indirect", league, "told", (85, 89), (0, 10))  # cue outside both
    nested = Statement(40, 80, "indirect", league, "said", (30, 34), (0, 10))  # cue inside the wide one
    assert _drop_contained([wide, inner]) == [wide]
    assert _drop_contained([wide, nested]) == [wide, nested]
