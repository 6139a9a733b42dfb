"""The shape of the code, kept: layers, module sizes, no import cycles, no SQL in pages."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx as nx

from rus_data.config import PROJECT_ROOT

PACKAGES = ("rus_data", "ui", "pages")
MAX_LINES = 400
# Modules that are data (reference facts, the demo catalogue), not logic.
DATA_MODULES = {
    "rus_data/demo/catalogue.py",
    "rus_data/reference/sdg.py",
    "rus_data/reference/interactions.py",
}
_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]{0,200}\b(FROM|INTO|SET)\b")


def _modules() -> dict[str, Path]:
    """Dotted module name → file, over the project's packages."""
    found = {}
    for package in PACKAGES:
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules that ``path`` imports at module level or in functions."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if name in modules}


def test_no_import_cycle() -> None:
    modules = _modules()
    graph = nx.DiGraph()
    for name, path in modules.items():
        for imported in _imports(path, modules):
            # A package importing its own submodules (``__init__`` re-exports) is not a cycle
            # of logic; every other edge counts.
            if not imported.startswith(f"{name}."):
                graph.add_edge(name, imported)
    assert list(nx.simple_cycles(graph)) == []


def test_no_module_over_the_size_limit() -> None:
    too_long = {
        str(path.relative_to(PROJECT_ROOT)): lines
        for path in _modules().values()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and str(path.relative_to(PROJECT_ROOT)) not in DATA_MODULES
    }
    assert too_long == {}


def test_the_data_layer_never_imports_streamlit() -> None:
    offenders = [
        str(path.relative_to(PROJECT_ROOT))
        for name, path in _modules().items()
        if name.startswith("rus_data")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any(
            (alias.name if isinstance(node, ast.Import) else node.module or "").startswith(
                "streamlit"
            )
            for alias in node.names
        )
    ]
    assert offenders == []


def test_pages_and_ui_hold_no_sql() -> None:
    offenders = [
        str(path.relative_to(PROJECT_ROOT))
        for name, path in _modules().items()
        if name.startswith(("pages", "ui")) and _SQL.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_page_has_its_folder_and_its_data_layer() -> None:
    """A page's name leads to its code in two hops: ``pages/<page>/`` and ``rus_data/<page>/``."""
    from ui.navigation import PAGES

    data_layer = {"admin": "imports"}
    for spec in PAGES:
        assert (PROJECT_ROOT / "pages" / spec.name / "page.py").is_file()
        package = data_layer.get(spec.name, spec.name)
        assert (PROJECT_ROOT / "rus_data" / package / "__init__.py").is_file(), package
