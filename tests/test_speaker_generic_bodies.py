"""'The company said', 'the ministry said', 'the report found' are credited in the claim record to
the one body or document the page named before; two candidates, or none, leave them as written."""
from claimledger import analyze
from claimledger.claims.coreference import generic_body


def sources(text):
    return [c.source for c in analyze(text) if c.kind == "statement" and c.source is not None]


def test_the_company_is_the_one_company_named_before():
    text = ("Brandt plans cuts\n\nBrandt Textiles Ltd said on Monday it would close two mills in Leicester. "
            "The company said the closures would cost 200 jobs.")
    names = [s.name for s in sources(text)]
    assert names and set(names) == {"Brandt Textiles Ltd"}, names


def test_a_company_spokesman_speaks_for_that_company():
    text = ("Brandt plans cuts\n\nBrandt Textiles Ltd said on Monday it would close two mills in Leicester. "
            "A company spokesman said the closures would cost 200 jobs.")
    spokesman = [s for s in sources(text) if s.role == "spokesman"]
    assert spokesman and spokesman[0].organization == "Brandt Textiles Ltd", sources(text)


def test_two_companies_named_before_leave_the_company_as_written():
    text = ("Mills merge\n\nBrandt Textiles Ltd and Oakham Weaving Corp agreed to merge on Monday. "
            "The company said the deal would close in May.")
    assert "company" in [s.name for s in sources(text)], sources(text)


def test_the_generic_head_picks_the_body_whose_name_holds_it():
    bodies = [(0, "Oakham Weaving Corp"), (40, "Emergency Situations Ministry")]
    assert generic_body("ministry", bodies, [], 100) == "Emergency Situations Ministry"
    assert generic_body("ministry", bodies, [], 20) is None  # named only after the speaker


def test_the_report_is_the_one_named_report_cited_before():
    docs = [(10, "Harbour Trust report")]
    assert generic_body("report", [], docs, 50) == "Harbour Trust report"
    assert generic_body("report", [], docs + [(30, "Tidewater Council report")], 50) is None
    assert generic_body("study", [], docs, 50) is None
