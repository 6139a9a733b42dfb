"""The trends page on a database with many indicators per objective (national scale, small):
ten indicator sections at a time, the rest one click (or link) away, and the cached section
models shared between sessions with the same choices."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pages.trends import data, history_model, indicator_model
from pages.trends.sections import INDICATORS_PER_PART
from rus_data.build.national import NationalShape, add_national_values
from tests.app.apptest import open_page

PAGE = "pages/trends/page.py"


@pytest.fixture(scope="module")
def many_indicators(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database plus 40 national-scale indicators over three years."""
    path = tmp_path_factory.mktemp("scale") / "rus.duckdb"
    shutil.copyfile(demo_db_path, path)
    add_national_values(path, NationalShape(indicators=40, first_year=2021, last_year=2023))
    return path


def _objective_1_count(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as connection:
        return connection.execute(
            "SELECT count(*) FROM indicator_objective WHERE objective_id = 1"
        ).fetchone()[0]


def _section_headings(app) -> list[str]:
    """The indicator cards' headings (each names its verdict on a second line; the headline
    above the cards is a heading too, without one)."""
    return [m.value for m in app.markdown if m.value.startswith("#### ") and "  \n" in m.value]


def test_eight_indicators_at_a_time(many_indicators: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUS_DB", str(many_indicators))
    count = _objective_1_count(many_indicators)
    size = INDICATORS_PER_PART
    assert size == 8 and count > size
    app = open_page(PAGE)
    first = _section_headings(app)
    assert len(first) == size
    part = app.button_group(key="tr_part")
    assert part.options == ["1–8", f"9–{min(16, count)}", *part.options[2:]]
    rest = _section_headings(open_page(PAGE, tr_part="1"))
    assert len(rest) == min(size, count - size)
    assert not set(first) & set(rest)


def test_an_objective_with_few_indicators_shows_them_all(
    many_indicators: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUS_DB", str(many_indicators))
    with duckdb.connect(str(many_indicators), read_only=True) as connection:
        few = connection.execute(
            "SELECT objective_id, count(*) AS n FROM indicator_objective GROUP BY ALL "
            "HAVING n <= 8 ORDER BY n DESC LIMIT 1"
        ).fetchone()
    app = open_page(PAGE, tr_obj=str(few[0]))
    assert len(_section_headings(app)) == few[1]
    assert not [g for g in app.get("button_group") if g.proto.id.endswith("tr_part")]


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[tuple]:
    """Replace ``module.name`` by a wrapper that notes the arguments of every call in the
    list it returns, then calls the function."""
    calls: list[tuple] = []
    compute = getattr(module, name)

    def counting(*args, **kwargs):
        calls.append(args)
        return compute(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_a_second_session_with_the_same_choices_reuses_the_sections(
    many_indicators: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUS_DB", str(many_indicators))
    # Each section computed (not served from the cache) works out its statistics once.
    calls = _counted(monkeypatch, indicator_model, "series_statistics")
    data.indicator_model.clear()
    first = open_page(PAGE, region="12", tr_obj="1")
    computed = len(calls)
    assert computed == INDICATORS_PER_PART
    second = open_page(PAGE, region="12", tr_obj="1")
    assert len(calls) == computed  # every section came from the cache
    assert _section_headings(first) == _section_headings(second)
    open_page(PAGE, region="12", tr_obj="1", tr_mode="idx")
    assert len(calls) == computed + INDICATORS_PER_PART  # another choice: new sections


def test_the_histories_do_not_depend_on_the_chart_choices(
    many_indicators: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUS_DB", str(many_indicators))
    built = _counted(monkeypatch, history_model, "history_frame")
    data.history_model.clear()
    open_page(PAGE, region="03", tr_obj="2")
    assert len(built) == 2  # the area's history and the objective's
    open_page(PAGE, region="03", tr_obj="2", tr_mode="idx", tr_band="iqr", tr_cmp="14")
    assert len(built) == 2
    open_page(PAGE, region="14", tr_obj="2")
    assert len(built) == 4
