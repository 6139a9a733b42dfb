"""``requirements.txt`` is the whole runtime: every third-party import of the app is in it,
pinned, and nothing is in it that the app does not need.

CI proves the same by running the app from a virtual environment made from
``requirements.txt`` alone (``tests/runtime_smoke.py``); this test finds a missing line at once.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

from rus_data.config import PROJECT_ROOT

FIRST_PARTY = {"rus_data", "ui", "pages", "tests"}
# Needed at run time although no module imports them by name.
INDIRECT = {
    "scipy": "networkx's kamada_kawai_layout imports it (the conflicts page's network)",
}
# name, optional extras (``psycopg[binary]``), version
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)(?:\[[A-Za-z0-9_,\-]+\])?==([0-9][A-Za-z0-9_.+\-]*)$")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_lines(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line]


def _runtime_requirements() -> dict[str, str]:
    pins = {}
    for line in _requirement_lines(PROJECT_ROOT / "requirements.txt"):
        match = _PIN.match(line)
        assert match, f"not pinned with ==: {line!r}"
        pins[_normalise(match.group(1))] = match.group(2)
    return pins


def _third_party_imports() -> dict[str, set[str]]:
    """Top-level module name → the files that import it, over the app's own code."""
    sources = [PROJECT_ROOT / "app.py"]
    for folder in ("rus_data", "ui", "pages"):
        sources += sorted((PROJECT_ROOT / folder).rglob("*.py"))
    found: dict[str, set[str]] = {}
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in FIRST_PARTY and top not in sys.stdlib_module_names:
                    found.setdefault(top, set()).add(str(path.relative_to(PROJECT_ROOT)))
    return found


def test_every_runtime_requirement_is_pinned() -> None:
    pins = _runtime_requirements()
    assert {"streamlit", "pandas", "altair", "geopandas", "pydeck", "duckdb"} <= set(pins)


def test_every_import_of_the_app_is_a_runtime_requirement() -> None:
    pins = _runtime_requirements()
    distributions = packages_distributions()
    missing = {}
    for module, files in _third_party_imports().items():
        providers = {_normalise(d) for d in distributions.get(module, [module])}
        if not providers & set(pins):
            missing[module] = sorted(files)
    assert missing == {}


def test_every_runtime_requirement_is_used() -> None:
    distributions = packages_distributions()
    imported = {
        _normalise(d)
        for module in _third_party_imports()
        for d in distributions.get(module, [module])
    }
    unused = set(_runtime_requirements()) - imported - set(INDIRECT)
    assert unused == set()


def test_dev_requirements_add_to_the_runtime_without_repeating_it() -> None:
    lines = _requirement_lines(PROJECT_ROOT / "requirements-dev.txt")
    assert "-r requirements.txt" in lines and "-e ." in lines
    dev = {_normalise(_PIN.match(line).group(1)) for line in lines if _PIN.match(line)}
    assert dev & set(_runtime_requirements()) == set()
