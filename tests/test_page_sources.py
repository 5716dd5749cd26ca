"""Page-local speaker identity (claims/coreference.py): short and generic mentions resolve to the
page's fuller name."""
from claimledger.claims.coreference import page_speakers


def page(*sources):
    return page_speakers(sources)


def test_a_proper_name_inside_a_longer_one_is_that_source():
    p = page(("Acme Drilling Co", "organization", None), ("Maria Lopez", "person", "Chief Executive"))
    assert p.fuller("Acme") == "Acme Drilling Co"
    assert p.fuller("Acme Drilling") == "Acme Drilling Co"
    assert p.fuller("Lopez") == "Maria Lopez"
    assert p.fuller("Acme Drilling Co") is None  # already the full name
    assert p.fuller("Zenith") is None  # not on the page


def test_two_different_fuller_names_are_left_alone():
    p = page(("John Smith", "person", None), ("Smith Barney", "organization", None))
    assert p.fuller("Smith") is None
    # nested names are one: the longest wins
    p = page(("Hughes Tool", "organization", None), ("Hughes Tool Co", "organization", None))
    assert p.fuller("Hughes") == "Hughes Tool Co"


def test_a_generic_mention_takes_the_name_or_title_with_its_head_word():
    p = page(("Asian Development Bank", "organization", None),
             ("Ana Reyes", "person", "Deputy Finance Minister"), ("bank", "unnamed", None))
    assert p.fuller("bank") == "Asian Development Bank"
    assert p.fuller("the bank") == "Asian Development Bank"
    assert p.fuller("Minister") == "Ana Reyes"
    assert p.fuller("the minister") == "Ana Reyes"
    assert p.fuller("police") is None


def test_the_company_is_the_first_organisation_the_page_names():
    p = page(("Ana Reyes", "person", None), ("Northwind Traders Inc", "organization", None),
             ("Contoso Ltd", "organization", None))
    assert p.fuller("company") == "Northwind Traders Inc"
    assert p.fuller("the firm") == "Northwind Traders Inc"
    assert page(("Ana Reyes", "person", None)).fuller("company") is None
    # a longer generic phrase is somebody else: "a company official", "industry analysts"
    assert p.fuller("analysts") is None


def test_an_organisation_given_to_a_speaker_names_the_generic_mention():
    p = page(("data", "unnamed", None), ("Gun Violence Archive", "organization", None),
             ("archive", "unnamed", None))
    assert p.fuller("archive") == "Gun Violence Archive"


def test_a_page_cites_one_piece_of_research_under_several_names():
    p = page(("report", "document", None), ("study", "document", None), ("Ana Reyes", "person", None))
    assert p.fuller("study") == "report"
    assert p.fuller("report") is None  # already the name it is known by


def test_a_surname_is_the_one_person_whose_name_ends_with_it_even_when_a_firm_shares_it():
    p = page(("John Smith", "person", None), ("Smith Barney", "organization", None))
    assert p.fuller("Smith", "person") == "John Smith"
    assert p.fuller("Smith", "organization") is None
    assert page(("Jan Brudziński", "person", None)).fuller("Brudzinski", "person") == "Jan Brudziński"
