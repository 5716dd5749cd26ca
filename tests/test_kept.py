"""The tracker's result kept in the ledger (store/kept.py, track/stored.py): read back exactly as
computed, never stale, keyed by the settings, kept by a read-only ledger as it closes, and the
views that read it do not load spaCy."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_track import PAGES, analysed

from claimledger.model import Document
from claimledger.store import ledger as ledger_module
from claimledger.store.ledger import Ledger
from claimledger.track.tracker import DEFAULT_TRACK_SETTINGS

ROOT = Path(__file__).resolve().parents[1]

#: two pages written for these tests whose tolls for one blast conflict
BLAST = [
    Document(doc_ref="blast1.txt", published="2021-05-03", outlet="Outlet A",
             text="Police said 12 people were killed in the bombing in Kandahar on Monday."),
    Document(doc_ref="blast2.txt", published="2021-05-04", outlet="Outlet B",
             text="Hospital officials said 30 people were killed in the bombing in Kandahar."),
]
#: a page whose headline names what its count is about ("39 people killed": in Magnitogorsk)
COLLAPSE = Document(doc_ref="collapse.txt", published="2019-01-01", outlet="Outlet D",
                    title="Magnitogorsk apartment building collapse kills 39",
                    text="MOSCOW, Jan 1 - An apartment building collapsed on Monday in Magnitogorsk, "
                         "officials said. Rescuers said 39 people were killed.")
LATER = Document(doc_ref="blast3.txt", published="2021-05-05", outlet="Outlet C",
                 text="Officials said 41 people were killed in the bombing in Kandahar.")


@pytest.fixture(scope="module")
def batch():
    return analysed(PAGES + BLAST)


def _dicts(tracked) -> dict[str, list]:
    return {"series": [s.to_dict() for s in tracked.series],
            "relays": [r.to_dict() for r in tracked.relays],
            "conflicts": [c.to_dict() for c in tracked.conflicts],
            "revisions": [r.to_dict() for r in tracked.revisions]}


def _kept_rows(led: Ledger) -> int:
    return led.query("SELECT count(*) FROM tracked")[1][0][0]


def test_a_kept_result_reads_back_as_it_was_computed(tmp_path, batch):
    with Ledger(tmp_path / "l.duckdb") as led:
        led.add(batch)
        assert _kept_rows(led) == 0
        computed = led.tracked()
        assert _kept_rows(led) > 0  # a writable ledger keeps what it computes at once
        read_back = led.tracked()
        assert read_back is not computed
        assert _dicts(read_back) == _dicts(computed)
        assert computed.conflicts and computed.revisions and computed.relays  # all kinds kept
        # the views build only what they show, the same as from the whole result
        assert [s.to_dict() for s in led.series(across=True)] == \
            [s.to_dict() for s in computed.series if s.across]
        assert [c.to_dict() for c in led.conflicts()] == [c.to_dict() for c in computed.conflicts]
        assert [r.to_dict() for r in led.revisions()] == [r.to_dict() for r in computed.revisions]
        for s in computed.series[:5]:
            assert led.timeline(s.id).to_dict() == s.to_dict()
        words = "ISIS members in Syria and Iraq"
        from claimledger.track.find import find_series

        assert led.timeline(words).to_dict() == find_series(computed.series, words)[0].to_dict()


def test_a_kept_result_is_never_read_back_stale(tmp_path, batch):
    with Ledger(tmp_path / "l.duckdb") as led:
        led.add(batch)
        before = led.conflicts()
        assert _kept_rows(led) > 0
        led.add(analysed([LATER]))
        assert _kept_rows(led) == 0  # adding claims forgets the kept result
        after = led.conflicts()
        assert len(after) > len(before)
        assert any(41 in (c.a.value, c.b.value) for c in after)
        # a change made behind the ledger's back (plain SQL) changes the key all the same
        led.connection.execute("UPDATE claims SET value = 13 WHERE value = 12")
        values = {p.value for s in led.series() for p in s.points}
        assert 13 in values and 12 not in values


def test_settings_are_part_of_the_key(tmp_path, batch):
    with Ledger(tmp_path / "l.duckdb") as led:
        led.add(batch)
        assert led.conflicts()
        tight = DEFAULT_TRACK_SETTINGS.with_(window_days=0)
        assert led.conflicts(tight) == []  # the pages are a day apart
        assert led.conflicts() and led.conflicts(tight) == []  # both kept, neither confused


def test_a_read_only_ledger_keeps_its_result_as_it_closes(tmp_path, batch, monkeypatch):
    path = tmp_path / "l.duckdb"
    with Ledger(path) as led:
        led.add(batch)
    monkeypatch.setattr(ledger_module, "KEEP_AFTER_SECONDS", 0.0)
    with Ledger(path, read_only=True) as led:
        computed = _dicts(led.tracked())
    with Ledger(path, read_only=True) as led:
        assert _kept_rows(led) > 0
        assert _dicts(led.tracked()) == computed


def test_a_read_only_ledger_held_elsewhere_computes_without_keeping(tmp_path, batch, monkeypatch):
    path = tmp_path / "l.duckdb"
    with Ledger(path) as led:
        led.add(batch)
    monkeypatch.setattr(ledger_module, "KEEP_AFTER_SECONDS", 0.0)
    with Ledger(path, read_only=True) as holder:
        with Ledger(path, read_only=True) as led:
            assert led.conflicts()
        assert _kept_rows(holder) == 0  # the file could not be opened for writing: nothing kept


def test_the_views_do_not_load_spacy(tmp_path, batch):
    path = tmp_path / "l.duckdb"
    with Ledger(path) as led:
        led.add(batch)
        led.tracked()
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from claimledger.cli import app\n"
        "for args in (['series'], ['conflicts'], ['revisions'], ['timeline', 'ISIS members']):\n"
        "    res = CliRunner().invoke(app, args + ['--db', sys.argv[1]])\n"
        "    assert res.exit_code == 0, res.output\n"
        "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"


def test_the_web_warm_up_tracks_as_the_ledger_does(tmp_path, batch):
    """The web's warm-up reads the claims through its own cursors, and with the pages'
    headlines: its series are the command line's (it once left the headlines out)."""
    from claimledger.web.tracking import Tracking
    from claimledger.web.warming import Warmup

    path = tmp_path / "l.duckdb"
    with Ledger(path) as led:
        led.add(batch + analysed([COLLAPSE]))
    with Ledger(path, read_only=True) as led:  # nothing kept: the warm-up tracks
        warmup = Warmup(lambda w: None)
        tracking = Tracking(led)
        tracking.warm(warmup)
        warmed = tracking._get()["tracked"]
        assert _dicts(warmed) == _dicts(led.tracked())
        assert "persons killed in Magnitogorsk" in [s.label for s in warmed.series]


def _a_value(annotation: str, n: int):
    """A value of a field's type that is not its default, so a lost or mistyped column shows."""
    import datetime as dt
    a = annotation.replace(" ", "")
    if "tuple[Optional[float]" in a:
        return (float(n), None, n + 0.5)
    if "tuple[str" in a:
        return (f"place {n}", f"place {n + 1}")
    for word, value in (("float", n + 0.25), ("dt.date", dt.date(2020, 1, 1) + dt.timedelta(days=n)),
                        ("bool", True), ("int", n)):
        if word in a:
            return value
    return f"text {n}"


def test_every_field_of_a_point_and_a_key_is_kept_with_its_type():
    """A field the tracker adds to a point or a series key comes back from the kept tables equal,
    tuples as tuples (the tracker compares them with ==), whatever its type."""
    import dataclasses

    from claimledger.track import stored
    from claimledger.track.keys import SeriesKey
    from claimledger.track.points import Point, Series
    from claimledger.track.tracker import Tracked

    def filled(cls):
        return cls(**{f.name: _a_value(str(f.type), i) for i, f in enumerate(dataclasses.fields(cls))})

    point, key = filled(Point), filled(SeriesKey)
    back = stored.from_tables(stored.to_tables(Tracked([Series(key, [point])], [], [], [])))
    assert back.series[0].points[0] == point
    assert back.series[0].key == key
