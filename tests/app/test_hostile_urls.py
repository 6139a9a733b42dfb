"""Hostile URLs: every parameter a page declares, given values that have crashed pages before
(``slide=²``, a repeated indicator) and others an attacker would try, never raises an
exception or shows an error box; the page falls back to its defaults and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.apptest import open_page
from tests.support.hostile import HOSTILE_GROUP_SET

HOSTILE_VALUES = [
    "²",  # str.isdigit() is true, int() fails
    "١٢",  # Arabic-Indic digits
    "'; DROP TABLE x;--",
    "../../etc/passwd",
    "9" * 10_000,
    "a,a,a",
    "",
    "\x00",
    "%00",
    "🌍",
    "-1",
    "1e309",
]
# Page and the parameters that open a mode (they stay valid while the rest is hostile).
VIEWS: list[tuple[str, dict[str, str]]] = [
    ("pages/overview/page.py", {}),
    ("pages/map/page.py", {}),
    ("pages/map/page.py", {"map_show": "change"}),
    ("pages/map/page.py", {"map_mode": "assessment"}),
    ("pages/trends/page.py", {}),
    *[
        ("pages/conflicts/page.py", {"cf_mode": mode})
        for mode in ("matrix", "network", "influence", "ranking", "trends", "workshop")
    ],
    ("pages/peers/page.py", {}),
    ("pages/peers/page.py", {"peer_mode": "group", "peer_set": HOSTILE_GROUP_SET}),
    ("pages/peers/page.py", {"peer_mode": "custom"}),
    ("pages/peers/page.py", {"peer_mode": "similar"}),
    ("pages/peers/page.py", {"peer_obj": "custom"}),
    ("pages/presentation/page.py", {}),
    ("pages/admin/page.py", {}),
]
MODE_SAMPLE = 5  # hostile values tried in each further mode of a page
RUNS: dict[str, int] = {"runs": 0, "parameters": 0, "values": 0}


@pytest.fixture(scope="module", autouse=True)
def count_runs() -> Iterator[None]:
    """Print how many runs, declared parameters and parameter values the module tried."""
    yield
    print(
        f"\nhostile URLs: {RUNS['runs']} runs, {RUNS['parameters']} declared parameters, "
        f"{RUNS['values']} hostile parameter values, no exception and no error box"
    )


def _healthy(app: AppTest, what: str) -> None:
    assert not app.exception, f"{what}: {app.exception}"
    assert not app.error, f"{what}: {[e.value for e in app.error]}"


def _declared(app: AppTest) -> list[str]:
    return sorted(app.session_state["_url_declared"])


def _rerun_with(app: AppTest, query: dict[str, str]) -> None:
    """The same session, the address edited by hand (or the back button)."""
    app.query_params.clear()
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    RUNS["runs"] += 1


def _presenting() -> AppTest:
    """A session with one chart in the presentation basket, in presentation mode (so that
    ``present`` and ``slide`` are declared)."""
    app = open_page("pages/overview/page.py")
    app.button(key="pres_add_overview_matrix").click().run()
    app.query_params.clear()
    app.query_params["present"] = "1"
    app.switch_page("pages/presentation/page.py").run()
    _healthy(app, "presentation mode")
    RUNS["runs"] += 4
    return app


def _values_for(number: int, base: dict[str, str]) -> list[str]:
    """Every hostile value for a page's first view (no mode chosen: ``lang``, ``region``,
    ``year`` and the default mode's parameters); a rotating sample for the other modes, which
    keeps the suite's time in bounds (URL values are decoded the same way for every key)."""
    if not base:
        return HOSTILE_VALUES
    start = number * MODE_SAMPLE
    return [HOSTILE_VALUES[(start + i) % len(HOSTILE_VALUES)] for i in range(MODE_SAMPLE)]


@pytest.mark.parametrize(("page", "base"), VIEWS)
def test_every_declared_parameter_survives_hostile_values(
    hostile_db: Path, page: str, base: dict[str, str]
) -> None:
    number = VIEWS.index((page, base))
    app = open_page(page, **base)
    RUNS["runs"] += 2
    parameters = [key for key in _declared(app) if key not in base]
    assert {"lang", "region", "year"} <= set(parameters)
    values = _values_for(number, base)
    if not base:  # a new session that follows a link whose every parameter is hostile ...
        first = HOSTILE_VALUES[number % len(HOSTILE_VALUES)]
        fresh = open_page(page, **dict.fromkeys(parameters, first))
        RUNS["runs"] += 2
        RUNS["values"] += len(parameters)
        _healthy(fresh, f"{page} new session, every parameter = {first!r:.40}")
    # ... and a session whose address is edited to each hostile value in turn.
    for value in values:
        _rerun_with(app, {**base, **dict.fromkeys(parameters, value)})
        _healthy(app, f"{page} {base}, every parameter = {value!r:.40}")
    RUNS["parameters"] += len(parameters)
    RUNS["values"] += len(parameters) * len(values)


def test_presentation_mode_survives_hostile_slide_numbers(hostile_db: Path) -> None:
    app = _presenting()
    parameters = [key for key in _declared(app) if key != "present"]
    assert "slide" in parameters
    for value in HOSTILE_VALUES:
        _rerun_with(app, {"present": "1", **dict.fromkeys(parameters, value)})
        _healthy(app, f"presentation mode, every parameter = {value!r:.40}")
    _rerun_with(app, dict.fromkeys(["present", *parameters], "²"))  # out of presentation mode
    _healthy(app, "presentation mode, present=²")
    RUNS["parameters"] += len(parameters) + 1
    RUNS["values"] += len(parameters) * len(HOSTILE_VALUES) + len(parameters) + 1


def test_slide_superscript_two_opens_the_first_slide(demo_db_path: Path) -> None:
    # "²".isdigit() is true, and int("²") raises: the link once crashed the page.
    app = open_page("pages/overview/page.py")
    app.button(key="pres_add_overview_matrix").click().run()
    app.query_params.clear()
    app.query_params["present"] = "1"
    app.query_params["slide"] = "²"
    app.switch_page("pages/presentation/page.py").run()
    _healthy(app, "slide=²")
    assert any(m.value == "Bild 1 av 1" for m in app.markdown)
    assert any("slide" in w.value and "²" in w.value for w in app.warning)  # named, escaped


def test_a_repeated_indicator_in_a_peers_link_is_chosen_once(demo_db_path: Path) -> None:
    # Two equal values made two widgets with the same key (peer_w_<id>).
    ghg = "ghg_emissions_per_capita"
    app = open_page("pages/peers/page.py", peer_mode="similar", peer_sim=f"{ghg},{ghg},{ghg}")
    _healthy(app, "peer_sim repeated")
    assert app.multiselect(key="peer_sim").value == [ghg]
    assert [n.key for n in app.number_input] == [f"peer_w_{ghg}"]
