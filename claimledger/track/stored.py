"""The tracker's result as Arrow tables, so a ledger can keep it and a view read it back in a
fraction of the time tracking takes (issue 17: series, timeline and conflicts under a second on
the 7,384-page news corpus, where tracking takes seconds).

``to_tables`` writes a ``Tracked`` as three tables: the series (one row per ``SeriesKey``, in
the tracker's order), their points (one row per ``Point``, each series' points together and in
its order) and the relations (relays, conflicts and revisions, each naming its series and points
by row number).  ``from_tables`` builds the very same objects again; ``only`` builds just some
series and the relations within them, which is what a view of a few series needs.

The columns are made from the dataclasses' own fields, so a field added to ``Point``,
``SeriesKey`` or a relation is kept without a change here; ``tracker_digest`` hashes the code
that decides the result, so a result kept by another version of that code is never read back.
Arrow, not pickle: a ledger is a data file users pass around, and reading it must not run code.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import pyarrow as pa

from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point, Series
from claimledger.track.relations import Conflict, Relay, Revision
from claimledger.track.tracker import Tracked, TrackSettings

#: the parts of the package whose code decides what ``track`` returns for given rows: the
#: tracker, the word lists, coreference and alias resolution, and the data files they read
_DECIDING = ("track", "lexicon", "claims", "extract", "data", "model.py")
#: how each relation list of ``Tracked`` is written (the list's name is the table's ``kind``)
RELATIONS: dict[str, type] = {"relays": Relay, "conflicts": Conflict, "revisions": Revision}


@lru_cache(maxsize=1)
def tracker_digest() -> str:
    """A hash of the code and data that decide the tracker's result (``_DECIDING``): a result
    kept by any other version of them is another key, never read back.  Computed once a process
    (reading ~100 small files takes a few milliseconds)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for part in _DECIDING:
        path = root / part
        files = [path] if path.is_file() else sorted(
            p for p in path.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".tsv", ".txt"))
        for f in files:
            h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def settings_text(settings: TrackSettings) -> str:
    """The settings as one stable string (part of a kept result's key)."""
    return ",".join(f"{k}={v!r}" for k, v in sorted(dataclasses.asdict(settings).items()))


# --------------------------------------------------------------------------- columns from fields

def _arrow_type(annotation: str) -> pa.DataType:
    """The Arrow type of a dataclass field, from its annotation as written (``from __future__
    import annotations`` keeps them as strings)."""
    a = annotation.replace(" ", "")
    if a in ("tuple", "list", "Optional[tuple]", "Optional[list]"):  # its items' type decides the column
        raise TypeError(f"a kept field needs its items' type written out, not {annotation!r}")
    if a.startswith(("tuple[", "list[", "Optional[tuple[", "Optional[list[")):
        inner = a.split("[", 2)[-1]
        return pa.list_(pa.float64() if inner.startswith(("float", "Optional[float")) else pa.string())
    for word, dtype in (("float", pa.float64()), ("dt.date", pa.date32()), ("bool", pa.bool_()),
                        ("int", pa.int64())):
        if word in a:
            return dtype
    return pa.string()


def _plain_columns(cls: type, skip: Iterable[str] = ()) -> list[tuple[str, pa.DataType]]:
    return [(f.name, _arrow_type(str(f.type))) for f in dataclasses.fields(cls) if f.name not in skip]


#: a relation's fields that point into the other tables: a series key → the series' row, a
#: point → the point's row, a list of points → their rows
def _link_kind(annotation: str) -> Optional[str]:
    a = annotation.replace(" ", "")
    return {"SeriesKey": "series", "Point": "point", "list[Point]": "points"}.get(a)


_LINK_TYPES = {"series": pa.int32(), "point": pa.int32(), "points": pa.list_(pa.int32())}


def _relation_fields(cls: type) -> list[tuple[str, Optional[str], pa.DataType]]:
    """``(name, link kind or None, arrow type)`` for each field of a relation class."""
    found = []
    for f in dataclasses.fields(cls):
        link = _link_kind(str(f.type))
        found.append((f.name, link, _LINK_TYPES[link] if link else _arrow_type(str(f.type))))
    return found


# --------------------------------------------------------------------------- writing

def to_tables(tracked: Tracked) -> dict[str, pa.Table]:
    """``tracked`` as Arrow tables: ``series``, ``points`` and one per relation list."""
    unknown = {f.name for f in dataclasses.fields(Tracked)} - {"series"} - set(RELATIONS)
    if unknown:  # a new view of the tracker must be written too, not silently dropped
        raise TypeError(f"Tracked has fields stored.py does not keep: {sorted(unknown)}")
    key_columns = _plain_columns(SeriesKey)
    point_columns = _plain_columns(Point)
    series_rows: dict[str, list] = {name: [] for name, _ in key_columns}
    series_rows["n_points"], series_rows["across"], series_rows["series_id"] = [], [], []
    point_rows: dict[str, list] = {name: [] for name, _ in point_columns}
    point_rows["series"] = []
    series_row: dict[int, int] = {}
    point_row: dict[int, int] = {}
    for i, s in enumerate(tracked.series):
        series_row[id(s.key)] = i
        for name, _ in key_columns:
            series_rows[name].append(getattr(s.key, name))
        series_rows["n_points"].append(len(s.points))
        series_rows["across"].append(s.across)
        series_rows["series_id"].append(s.id)
        for p in s.points:
            point_row[id(p)] = len(point_rows["series"])
            point_rows["series"].append(i)
            for name, _ in point_columns:
                point_rows[name].append(getattr(p, name))
    tables = {
        "series": pa.table(series_rows, schema=pa.schema(
            key_columns + [("n_points", pa.int32()), ("across", pa.bool_()), ("series_id", pa.string())])),
        "points": pa.table(point_rows, schema=pa.schema(point_columns + [("series", pa.int32())])),
    }
    for what, cls in RELATIONS.items():
        fields = _relation_fields(cls)
        rows: dict[str, list] = {name: [] for name, _, _ in fields}
        for x in getattr(tracked, what):
            for name, link, _ in fields:
                v = getattr(x, name)
                if link == "series":
                    v = series_row[id(v)]
                elif link == "point":
                    v = point_row[id(v)]
                elif link == "points":
                    v = [point_row[id(p)] for p in v]
                rows[name].append(v)
        tables[what] = pa.table(rows, schema=pa.schema([(n, t) for n, _, t in fields]))
    return tables


def to_bytes(table: pa.Table) -> bytes:
    """One table as an Arrow IPC stream (what the ledger keeps in a BLOB), compressed: the
    points' sentences shrink fourfold, and reading fewer bytes out of DuckDB saves more than
    decompressing costs."""
    sink = io.BytesIO()
    options = pa.ipc.IpcWriteOptions(compression="zstd")
    with pa.ipc.new_stream(sink, table.schema, options=options) as writer:
        writer.write_table(table)
    return sink.getvalue()


def from_bytes(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


#: points a part of the kept result holds: a view of one series reads and decodes one part, not
#: the 17 MB of every point's sentence
POINT_CHUNK = 2048
POINTS = "points/"


def to_parts(tracked: Tracked) -> dict[str, bytes]:
    """``tracked`` as the parts a ledger keeps: one per table, the points in chunks of
    ``POINT_CHUNK`` (named ``points/00000``, ``points/00001`` …)."""
    tables = to_tables(tracked)
    points = tables.pop("points")
    parts = {name: to_bytes(t) for name, t in tables.items()}
    for start in range(0, points.num_rows, POINT_CHUNK):
        parts[f"{POINTS}{start // POINT_CHUNK:05d}"] = to_bytes(points.slice(start, POINT_CHUNK))
    return parts


class Kept:
    """A kept result's tables, decoded when first asked for (``kept["series"]``); the points
    fetched from the ledger a chunk at a time, only the chunks the series being built need
    (``fetch(names) -> {name: bytes}``)."""

    def __init__(self, parts: dict[str, bytes], fetch: Callable[[list[str]], dict[str, bytes]]):
        self._parts = dict(parts)
        self._fetch = fetch
        self._tables: dict[str, pa.Table] = {}

    def __getitem__(self, name: str) -> pa.Table:
        if name not in self._tables:
            if name not in self._parts:
                self._parts.update(self._fetch([name]))
            self._tables[name] = from_bytes(self._parts[name])
        return self._tables[name]

    def points(self, rows: list[int]) -> pa.Table:
        """The points at ``rows`` (ascending), from the chunks holding them."""
        chunks = sorted({r // POINT_CHUNK for r in rows})
        if not chunks:
            return pa.schema(_plain_columns(Point)).empty_table()
        names = [f"{POINTS}{c:05d}" for c in chunks]
        missing = [n for n in names if n not in self._parts and n not in self._tables]
        if missing:
            self._parts.update(self._fetch(missing))
        joined = pa.concat_tables([self[n] for n in names])
        base = {c: k * POINT_CHUNK for k, c in enumerate(chunks)}  # where each chunk starts
        return _rows(joined, [base[r // POINT_CHUNK] + r % POINT_CHUNK for r in rows])


# --------------------------------------------------------------------------- reading

#: which series to build, given the tables: a boolean per series row (``across``, ``at``,
#: ``with_relations``)
Only = Callable[[dict[str, pa.Table]], Iterable[bool]]


def across(tables: dict[str, pa.Table]) -> Iterable[bool]:
    """The series spanning two documents or two sources (what the series views list by default)."""
    return tables["series"].column("across").to_pylist()


def at(*rows: int) -> Only:
    """The series at these rows (``series_sizes`` order)."""
    wanted = set(rows)
    return lambda tables: [i in wanted for i in range(tables["series"].num_rows)]


def with_relations(what: str) -> Only:
    """The series holding at least one of ``what`` (conflicts or revisions)."""
    def mask(tables: dict[str, pa.Table]) -> Iterable[bool]:
        name = next(n for n, link, _ in _relation_fields(RELATIONS[what]) if link == "series")
        held = set(tables[what].column(name).to_pylist())
        return [i in held for i in range(tables["series"].num_rows)]
    return mask


def series_ids(tables: dict[str, pa.Table]) -> list[str]:
    """Every series' id, in the tracker's order (kept as written: no key is built to find one)."""
    return tables["series"].column("series_id").to_pylist()


def series_sizes(tables: dict[str, pa.Table]) -> tuple[list[SeriesKey], list[int]]:
    """Every series' key and number of claims, in the tracker's order, without building points
    (what finding a series by id or words needs)."""
    return _series_keys(tables["series"]), tables["series"].column("n_points").to_pylist()


def from_tables(tables: "dict[str, pa.Table] | Kept", only: Optional[Only] = None) -> Tracked:
    """The ``Tracked`` that ``to_tables`` wrote.  ``only(tables)``, when given, says which series
    are wanted: just those are built, with their points, and the relations within them (a view of
    a few series need not build forty thousand points)."""
    series_table = tables["series"]
    n_points = series_table.column("n_points").to_pylist()
    starts = [0]
    for n in n_points:
        starts.append(starts[-1] + n)
    if only is None:
        wanted = list(range(series_table.num_rows))
        rows_of = list(range(starts[-1]))
    else:
        wanted = [i for i, ok in enumerate(only(tables)) if ok]
        rows_of = [r for i in wanted for r in range(starts[i], starts[i + 1])]
    picked_points = tables.points(rows_of) if isinstance(tables, Kept) else _rows(tables["points"], rows_of)
    keys = dict(zip(wanted, _series_keys(series_table if only is None else _rows(series_table, wanted))))
    points = _points(picked_points)
    point_at = dict(zip(rows_of, points))
    series_at: dict[int, Series] = {}
    out: list[Series] = []
    offset = 0
    for i in wanted:
        s = Series(keys[i], points[offset:offset + n_points[i]])
        offset += n_points[i]
        series_at[i] = s
        out.append(s)
    relations = {what: _relations(tables[what], cls, series_at, point_at)
                 for what, cls in RELATIONS.items()}
    return Tracked(out, **relations)


def _rows(table: pa.Table, rows: list[int]) -> pa.Table:
    """The rows of ``table`` at ``rows`` (ascending), cut as runs of neighbours: the series a view
    wants lie mostly side by side (those across pages come first), and slicing copies nothing
    (``Table.take`` would load pyarrow.compute, a tenth of a second at start-up)."""
    runs: list[list[int]] = []
    for r in rows:
        if runs and runs[-1][1] == r:
            runs[-1][1] = r + 1
        else:
            runs.append([r, r + 1])
    if not runs:
        return table.slice(0, 0)
    return pa.concat_tables([table.slice(a, b - a) for a, b in runs])


def _series_keys(table: pa.Table) -> list[SeriesKey]:
    names = [f.name for f in dataclasses.fields(SeriesKey)]
    columns = [table.column(n).to_pylist() for n in names]
    tuples = {n for n, t in _plain_columns(SeriesKey) if pa.types.is_list(t)}
    for k, n in enumerate(names):
        if n in tuples:
            columns[k] = [tuple(v) if v is not None else () for v in columns[k]]
    keys = [SeriesKey(*row) for row in zip(*columns)]
    # each key's id as it was computed (a sha1 a key: a third of a second for the corpus's 31,787
    # series), where ``SeriesKey.id``, a cached_property, keeps it: in the instance's __dict__
    # (a frozen dataclass refuses setattr, not that).  The same code computed it: the tracker's
    # digest is part of the kept result's key
    for key, series_id in zip(keys, table.column("series_id").to_pylist()):
        key.__dict__["id"] = series_id
    return keys


def _points(table: pa.Table) -> list[Point]:
    names = [f.name for f in dataclasses.fields(Point)]
    columns = [table.column(n).to_pylist() for n in names]
    tuples = {n for n, t in _plain_columns(Point) if pa.types.is_list(t)}
    for k, n in enumerate(names):
        if n in tuples:  # Arrow gives lists back: a point's tuples are compared with ==
            columns[k] = [tuple(v) if v is not None else None for v in columns[k]]
    return [Point(*row) for row in zip(*columns)]


def _relations(table: pa.Table, cls: type, series_at: dict[int, Series],
               point_at: dict[int, Point]) -> list[Any]:
    """The relations of ``table`` whose series are built (all of them when every series is)."""
    fields = _relation_fields(cls)
    columns = [table.column(n).to_pylist() for n, _, _ in fields]
    found = []
    for row in zip(*columns):
        values = []
        for v, (_, link, _) in zip(row, fields):
            if link == "series":
                v = series_at[v].key if v in series_at else None
            elif link == "point":
                v = point_at.get(v)
            elif link == "points":
                v = [point_at.get(r) for r in v]
            if v is None and link or link == "points" and None in v:
                break  # in a series not built (a relay names no series: its points say)
            values.append(v)
        else:
            found.append(cls(*values))
    return found
