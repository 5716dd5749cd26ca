"""Source records of people named by office, named together, or with a particle in the surname.

- An office written with "of"/"for" is a title: "Secretary of State", "Minister for Health".
  The words after "of" are the person's organisation only when they name a body ("Director of
  the FBI" → FBI); a field ("State", "Finance") is part of the title.
- Without a name, "the Minister of Finance said" is a person by office, not a body "Minister".
- Two people named together ("Dr Ana Li and Dr Tomas Brook") are two speakers: a person is
  never another person's organisation.
- A surname particle joins the name ("Ursula von der Leyen", "Marta de Souza"), however the
  model split it.
"""
import pytest

from claimledger import analyze


def sources(text):
    return [c.source for c in analyze(text) if c.kind == "statement" and c.source is not None]


@pytest.mark.parametrize("text, name, title, org", [
    ("Secretary of State Helen Marsh said 40 diplomats had left the embassy.", "Helen Marsh", "Secretary of State", None),
    ("Minister for Health Jonas Berg said 200 hospitals were full on Monday.", "Jonas Berg", "Minister for Health", None),
    ("Director of the FBI Carl Weston said 12 agents had been reassigned.", "Carl Weston", "Director", "FBI"),
])
def test_an_office_of_a_field_is_a_title_and_of_a_body_an_organisation(text, name, title, org):
    found = sources(text)
    assert found and found[0].name == name, found
    assert found[0].title == title, found
    assert found[0].organization == org, found


@pytest.mark.parametrize("text, name, org", [
    ("The Minister of Finance said the deficit would fall to 3 percent next year.", "Minister of Finance", None),
    ("The Secretary of State said 40 diplomats had left the embassy.", "Secretary of State", None),
    ("The Director of the FBI said 12 agents had been reassigned.", "Director of the FBI", "FBI"),
])
def test_an_office_without_a_name_is_a_person_not_a_body(text, name, org):
    found = sources(text)
    assert found and found[0].name == name and found[0].kind == "person", found
    assert found[0].organization == org, found


def test_a_department_of_a_field_stays_a_body():
    found = sources("The Department of Health said 200 hospitals were full on Monday.")
    assert found and found[0].name == "Department of Health" and found[0].kind == "organization", found


@pytest.mark.parametrize("text", [
    "Dr Tomas Brook and Dr Ana Lindqvist said the 24 rats learned to switch levers within a week.",
    "Professor Tomas Brook and Ana Lindqvist said 24 rats had learned the task.",
])
def test_a_person_named_with_another_is_not_their_organisation(text):
    found = sources(text)
    assert found and found[0].name == "Tomas Brook", found
    assert found[0].organization is None, found


def test_two_interviewees_keep_their_own_records():
    text = ("Wikinews spoke with Dr Tomas Brook and Dr Ana Lindqvist, two of the authors of the study.\n\n"
            "((Tomas Brook)) We used 24 rats in total and 12 of them switched levers.\n\n"
            "((Ana Lindqvist)) We saw that 9 rats never switched.")
    found = {s.name: s for s in sources(text)}
    assert set(found) == {"Tomas Brook", "Ana Lindqvist"}, found
    assert all(s.organization is None for s in found.values()), found


@pytest.mark.parametrize("text, name", [
    ("Ursula von der Leyen said 27 countries had signed the pact.", "Ursula von der Leyen"),
    ("Marta de Souza said 14 schools would close in March.", "Marta de Souza"),
])
def test_a_surname_particle_joins_the_name(text, name):
    found = sources(text)
    assert found and found[0].name == name, found
    assert found[0].organization is None, found


def test_a_person_styled_by_a_possessive_is_not_an_organisation():
    found = sources("Tom Riley, Mr Hanley's lawyer, said the trial would last 6 weeks.")
    assert found and found[0].name == "Tom Riley", found
    assert found[0].organization is None, found


def test_a_body_named_like_a_person_stays_the_organisation():
    found = sources("Harlan Brooke chairwoman, Meredith Vance, said the deal was affordable and workable.")
    assert found and found[0].name == "Meredith Vance", found


def test_the_surname_of_a_person_named_before_is_not_an_organisation():
    text = ("Mayor Ricardo Rossi said on Monday that he would resign. "
            "Tomas Ruiz, Rossi's chief of staff, said 40 aides would leave.")
    found = [s for s in sources(text) if s.name == "Tomas Ruiz"]
    assert found and found[0].organization is None, found


def test_an_office_word_inside_a_bodys_name_stays_the_body():
    found = sources("The plane broke in two, according to the Directorate General of Civil Aviation.")
    assert all(s.kind != "person" for s in found), found
