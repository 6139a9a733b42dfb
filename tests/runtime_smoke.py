"""Proof that ``requirements.txt`` alone runs the whole app (CI runs this in a fresh venv).

Run with the Python of a virtual environment made from ``requirements.txt`` and nothing else
(no pytest, no dev tools): ``python tests/runtime_smoke.py``. It

1. imports every module of ``rus_data``, ``ui`` and the page folders (the page scripts
   themselves run under AppTest instead, since importing them draws a page);
2. builds the demo database in a temporary folder;
3. runs every page, and every mode of each page, once in Swedish and once in English under
   Streamlit's AppTest, and fails on any exception or error box.

It prints one line per check and ends with ``N passed, N failed``; the exit code is 1 when
anything failed. It does not import pytest, so a dependency that only the dev requirements
bring in shows up here as a failure.
"""

from __future__ import annotations

import functools
import importlib
import logging
import os
import pkgutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:  # run as a plain script from a venv without the project
    sys.path.insert(0, str(PROJECT_ROOT))

os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")

PACKAGES = ("rus_data", "ui", "pages")
ADMIN_PASSWORD = "smoke-test"

# Each page with the URL parameters of each of its modes (one AppTest run per entry).
PAGE_MODES: dict[str, list[dict[str, str]]] = {
    "overview": [{}],
    "map": [
        {},
        {"map_level": "lan", "map_cls": "equal"},
        {"map_show": "change_abs"},
        {"map_show": "change_pct"},
        {"map_mode": "assessment"},
    ],
    "trends": [{}, {"tr_mode": "idx", "tr_band": "iqr"}, {"tr_obj": "0", "region": "14"}],
    "conflicts": [
        {"cf_mode": mode}
        for mode in ("matrix", "network", "influence", "ranking", "trends", "workshop")
    ]
    + [{"cf_matrix": "targets"}, {"cf_matrix": "goals"}],
    "peers": [{"peer_mode": mode} for mode in ("county", "group", "custom", "similar")],
    "presentation": [{}, {"present": "1"}],
    "admin": [{}, {"_admin": "1"}],
}


def module_names() -> Iterator[str]:
    """Every importable module of the project's packages; page scripts and ``__main__`` left out."""
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        yield package_name
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}."):
            if info.name.endswith(".__main__"):  # runs the command line
                continue
            if info.name.startswith("pages.") and info.name.endswith(".page"):
                continue
            yield info.name


def check(label: str, action: Callable[[], None], results: list[bool]) -> None:
    """Run one check, print its outcome and record it."""
    try:
        action()
    except Exception:
        results.append(False)
        print(f"FAILED {label}\n{traceback.format_exc()}", flush=True)
    else:
        results.append(True)
        print(f"ok     {label}", flush=True)


def run_page(page: str, query: dict[str, str], language: str) -> None:
    """Open ``page`` with ``query`` under AppTest and raise on an exception or error box."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=120)
    query = dict(query)
    as_admin = query.pop("_admin", None) == "1"
    if as_admin:
        app.secrets["admin_password"] = ADMIN_PASSWORD
    app.run()
    if as_admin:
        from pages.admin.access import SESSION_KEY

        app.session_state[SESSION_KEY] = True
    app.query_params.clear()
    app.query_params.update({"lang": language, **query})
    app.switch_page(f"pages/{page}/page.py").run()
    if app.exception:
        raise AssertionError(f"exception: {app.exception[0].message}")
    if app.error:
        raise AssertionError(f"error box: {app.error[0].value}")
    if not app.title and not app.header:
        raise AssertionError("the page drew no title")


def main() -> int:
    """Run every check; 0 when all passed."""
    # Building outside a script run warns about the missing script context; that is expected.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").disabled = True
    results: list[bool] = []
    for name in module_names():
        check(f"import {name}", lambda name=name: importlib.import_module(name), results)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RUS_DB"] = str(Path(folder) / "rus.duckdb")
        os.environ["RUS_WORKSHOP_DB"] = str(Path(folder) / "workshop.duckdb")
        from rus_data.build.database import build_database
        from rus_data.config import DEMO_SEED

        check(
            "build the demo database",
            lambda: build_database(Path(os.environ["RUS_DB"]), DEMO_SEED, progress=print),
            results,
        )
        for page, modes in PAGE_MODES.items():
            for query in modes:
                for language in ("sv", "en"):
                    label = f"page {page} {query or '(default)'} in {language}"
                    action = functools.partial(run_page, page, query, language)
                    check(label, action, results)
    passed = sum(results)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
