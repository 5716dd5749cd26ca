"""The package's shape: no import cycles, imports only down the flow, no module over 600 lines.

The flow is read → segment → parse → extract → claims → store → track → show.  These tests read
the source with ``ast`` (nothing is imported), so they see imports inside functions too.  Imports
under ``if TYPE_CHECKING:`` are left out: they never run, and a type hint may name a class from
a later stage (``views.export`` annotates with ``Ledger``, whose facade calls the exporter).
"""
from __future__ import annotations

import ast
import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "claimledger"

#: stages in flow order; a module may import its own stage and those before it.  Adjusted to the
#: truth from the order in issue 14: ``lexicon`` (word lists, importing nothing) sits under
#: segment and parse, which read it; ``claims`` (assembly and the page's one coreference pass)
#: comes after extract and before ``pipeline``, which runs them all; ``__main__`` is the command
#: line's entry point.
FLOW = ["lexicon", "readers", "segment", "parse", "extract", "claims", "pipeline", "store", "track",
        "views", "run", "cli", "web"]
#: importable from anywhere: the data model, settings and errors, and the package root (which
#: imports only model and settings when it runs; the rest it loads lazily)
BOTTOM = {"model", "settings", "errors", ""}
#: the modules allowed to import upward: the ``Ledger`` facade (tracking and export on top of the
#: store), the command line (``cli`` registers ``web.cli``'s ``serve``; ``__main__`` runs it) and
#: the package root.  Issue 14 also allowed ``run`` and ``web``: ``web`` is last in the flow and
#: ``run`` needs nothing above it today, so they are left out to keep the check tight.
MAY_IMPORT_UPWARD = {"claimledger", "claimledger.store.ledger", "claimledger.cli", "claimledger.__main__"}

MAX_LINES = 600

#: modules allowed over the limit, each with its reason; none today (the test fails when a
#: listed module is back under the limit, so the list cannot go stale)
KNOWN_TOO_LONG: set[str] = set()
#: imports against the flow today, as ``importer -> imported``; none
KNOWN_UPWARD: set[str] = set()


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _owning_module(name: str) -> str | None:
    """``name`` if it is a module of the package, else the nearest package or module holding it."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(module: str, path: Path) -> set[str]:
    """The package's modules ``module`` imports, anywhere in its body but ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    found: set[str | None] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(_owning_module(a.name) for a in node.names if a.name.startswith("claimledger"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
                base = base[:len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if source.split(".")[0] != "claimledger":
                continue
            for alias in node.names:  # ``from pkg import submodule`` depends on the submodule
                full = f"{source}.{alias.name}"
                found.add(full if full in MODULES else _owning_module(source))
    found.discard(None)
    found.discard(module)
    return found  # type: ignore[return-value]


@functools.lru_cache(maxsize=None)
def import_graph() -> dict[str, set[str]]:
    """Each module of the package → the package's modules it imports (parsed once per run)."""
    return {module: _imports(module, path) for module, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def stage(module: str) -> str:
    """The stage a module belongs to: the first name under ``claimledger`` (``""`` for the root)."""
    parts = module.split(".")
    name = parts[1] if len(parts) > 1 else ""
    return "cli" if name == "__main__" else name


def rank(module: str) -> int:
    name = stage(module)
    if name in BOTTOM:
        return -1
    assert name in FLOW, f"{module}: stage {name!r} is not in FLOW or BOTTOM; place it in the flow"
    return FLOW.index(name)


def may_import_upward(module: str) -> bool:
    """The root itself, and the listed modules with everything under them."""
    return module == "claimledger" or any(
        module == m or module.startswith(m + ".") for m in MAY_IMPORT_UPWARD - {"claimledger"})


def upward_imports(graph: dict[str, set[str]]) -> set[str]:
    return {f"{a} -> {b}" for a, targets in graph.items() if not may_import_upward(a)
            for b in targets if rank(b) > rank(a)}


def test_the_graph_sees_imports_inside_functions_and_skips_type_checking():
    graph = import_graph()
    assert "claimledger.store.ledger" in graph["claimledger.cli.app"]  # imported inside a command
    assert "claimledger.store.ledger" not in graph["claimledger.views.export"]  # TYPE_CHECKING only
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles():
    assert _cycles(import_graph()) == []


def test_imports_go_down_the_flow():
    found = upward_imports(import_graph())
    assert found - KNOWN_UPWARD == set(), "imports against the flow (stage order: FLOW)"
    assert KNOWN_UPWARD - found == set(), "fixed: drop these from KNOWN_UPWARD"


def test_the_store_below_its_facade_imports_nothing_above_the_store():
    graph = import_graph()
    for module, targets in graph.items():
        if stage(module) == "store" and module not in ("claimledger.store", "claimledger.store.ledger"):
            above = {t for t in targets if rank(t) > rank(module)}
            assert not above, f"{module} imports {sorted(above)}; only store.ledger may"


def test_no_module_over_600_lines():
    lengths = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
               for p in MODULES.values()}
    too_long = {p for p, n in lengths.items() if n > MAX_LINES}
    assert too_long - KNOWN_TOO_LONG == set(), {p: lengths[p] for p in too_long - KNOWN_TOO_LONG}
    assert KNOWN_TOO_LONG - too_long == set(), "split: drop these from KNOWN_TOO_LONG"
