"""Tables fit the width they are given: COLUMNS, else the terminal, else 80 when piped.

A table wider than the screen used to squeeze every column, so "maintenance workers" wrapped
letter by letter; now the least useful columns are left out and the rest keep whole words."""
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.cli.output import CLAIM_COLUMNS
from claimledger.cli.tables import (
    CLIP,
    DEFAULT_WIDTH,
    TEXT,
    WHOLE,
    Col,
    fit,
    show,
    terminal_width,
)

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))

#: a word not cut by an ellipsis (a word cut letter by letter leaves fragments outside the data)
WORD = re.compile(r"[A-Za-z]+(?![A-Za-z…])")


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def words(text: str) -> set:
    return set(WORD.findall(text))


def widest(output: str) -> int:
    return max(cell_len(line) for line in output.splitlines())


def analyze(runner, *args, columns=None):
    env = {"COLUMNS": str(columns)} if columns else {"COLUMNS": None}
    res = runner.invoke(app, ["analyze", *map(str, EXAMPLES), *args], env=env)
    assert res.exit_code == 0, res.output
    return res


@pytest.fixture(scope="module")
def vocabulary(runner):
    """Every word the table may show: the claim records, the headers, the titles."""
    res = analyze(runner, "--json")
    vocab = words(res.stdout) | {c.name for c in CLAIM_COLUMNS} | words(" ".join(map(str, EXAMPLES)))
    return vocab | {"statement"}


@pytest.mark.parametrize("width", [80, 120])
def test_analyze_fits_the_width_and_keeps_whole_words(runner, vocabulary, width):
    res = analyze(runner, columns=width)
    assert widest(res.stdout) <= width
    shown = words(res.stdout)
    assert shown <= vocabulary, f"words cut apart: {sorted(shown - vocabulary)}"
    for phrase in ("ISIS members", "Ryan Dillon", "XXXX-12-26", "statement"):
        assert phrase in res.stdout
    headers = res.stdout.splitlines()[2]
    for kept in ("number", "counted", "source", "time", "words"):
        assert kept in headers
    assert "segment" not in headers and "via" not in headers
    assert "left out to fit" in res.stderr and "segment" in res.stderr


def test_analyze_at_120_has_room_for_the_role(runner):
    res = analyze(runner, columns=120)
    assert "spokesman" in res.stdout and "voice" in res.stdout.splitlines()[2]


def test_piped_without_columns_is_80_wide(runner, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    assert terminal_width() == DEFAULT_WIDTH  # pytest's stdout is not a terminal
    res = analyze(runner)
    assert widest(res.stdout) <= DEFAULT_WIDTH


def test_wide_shows_every_column(runner):
    res = analyze(runner, "--wide", columns=80)
    header = res.stdout.splitlines()[2]
    assert all(c.name in header for c in CLAIM_COLUMNS)
    assert widest(res.stdout) > 120
    for whole in ("spokesman", "US-led coalition", "Military.com", "body 0", "comment 4"):
        assert whole in res.stdout
    assert "left out" not in res.stderr


def test_json_does_not_depend_on_the_width(runner):
    assert analyze(runner, "--json", columns=40).stdout == analyze(runner, "--json", "--wide").stdout


def test_segment_lines_are_cut_to_the_width(runner):
    res = runner.invoke(app, ["segment", *map(str, EXAMPLES)], env={"COLUMNS": "60"})
    assert res.exit_code == 0 and widest(res.stdout) <= 60 and "…" in res.stdout
    wide = runner.invoke(app, ["segment", *map(str, EXAMPLES), "--wide"], env={"COLUMNS": "60"})
    assert widest(wide.stdout) > 100


# --------------------------------------------------------------------------- the fitting itself

ROWS = [("12", "maintenance workers", "Transit Authority", "Workers walked out on Monday at dawn."),
        ("7", "drivers", "Bus Union of the Northern Region", "Seven drivers stayed home.")]
COLUMNS = (Col("number", WHOLE), Col("counted"), Col("organisation"), Col("words", CLIP, min=12))


def printed(capsys, monkeypatch, width, **kw):
    monkeypatch.setenv("COLUMNS", str(width))
    left_out = show(COLUMNS, ROWS, **kw)
    return capsys.readouterr().out, left_out


def test_a_phrase_wraps_between_words_never_inside_one(capsys, monkeypatch):
    out, left_out = printed(capsys, monkeypatch, 50, keep=("number", "counted", "words"), drop=("organisation",))
    assert widest(out) <= 50 and left_out == ["organisation"]
    assert "maintenance" in out and "workers" in out  # whole, one per line if need be
    assert words(out) <= words(" ".join(" ".join(r) for r in ROWS)) | {c.name for c in COLUMNS}


def test_columns_go_in_the_order_given(capsys, monkeypatch):
    _, at_60 = printed(capsys, monkeypatch, 60, keep=("number", "counted", "words"), drop=("organisation",))
    _, at_100 = printed(capsys, monkeypatch, 100, keep=("number", "counted", "words"), drop=("organisation",))
    assert at_60 == ["organisation"] and at_100 == []
    # the kept columns too go, last named first, when even their narrowest does not fit
    _, at_30 = printed(capsys, monkeypatch, 30, keep=("number", "counted", "words"))
    assert at_30 == ["organisation", "words"]


def test_the_spare_width_puts_short_phrases_back_on_one_line():
    from rich.text import Text

    cols = (Col("source"), Col("sentence", TEXT, min=20))
    rows = [(Text("Ryan Dillon"), Text("x " * 40)), (Text("United States"), Text("y " * 40))]
    shown, widths = fit(cols, rows, 11 + 20 + 7, keep=("source", "sentence"))
    assert shown == [0, 1] and widths == [11, 20]  # "Ryan Dillon" whole, not "Ryan / Dillon"


def test_a_width_too_small_for_anything_still_fits(capsys, monkeypatch):
    out, _ = printed(capsys, monkeypatch, 12, keep=("number",))
    assert widest(out) <= 12


def test_wide_ignores_the_width(capsys, monkeypatch):
    out, left_out = printed(capsys, monkeypatch, 40, wide=True, keep=("number",))
    assert left_out == [] and "Bus Union of the Northern Region" in out
    assert "Workers walked out on Monday at dawn." in out
