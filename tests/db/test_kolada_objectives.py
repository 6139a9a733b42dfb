"""``sync kolada --objectives``: the objectives' KPIs chosen from a realistic Kolada catalogue
(Kolada's own selection, the descriptions naming an objective, the reviewed table), their
directions from the reviewed table or no verdict, into an empty database."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pytest

from rus_data.build.database import build_database
from rus_data.cli import main
from rus_data.connectors.http import JsonClient
from rus_data.connectors.kolada import KoladaClient
from rus_data.connectors.kolada_objectives import (
    REVIEWED_DIRECTIONS,
    REVIEWED_LINKS,
    objectives_in_description,
    unit_from_title,
)
from rus_data.connectors.objectives_sync import sync_kolada_objectives
from rus_data.trends.queries import objective_indicators
from rus_data.trends.stats import trend
from tests.support.database import query_rows as _rows
from tests.support.fake_apis import (
    KPIS,
    FakeServer,
    kolada_for_the_app,
    kolada_ids,
    kolada_route,
    serve,
)


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with reference data only, no demo values."""
    path = tmp_path_factory.mktemp("empty") / "rus.duckdb"
    build_database(path, 1, progress=lambda _m: None, with_demo=False)
    return path


def _client(fake: FakeServer) -> KoladaClient:
    return KoladaClient(JsonClient(fake.base_url, "Kolada", sleep=lambda _s: None))


@pytest.mark.parametrize(
    ("kpi_id", "expected"),
    [
        ("N00401", (1,)),
        ("N85047", (2, 3, 7)),  # "följer upp miljökvalitetsmålen Frisk luft, Bara … och …"
        ("N85048", (2,)),
        ("N85600", (7,)),
        ("U07801", ()),  # an environment KPI whose description names no objective
        ("N07403", ()),  # "målet för resandet" is not an environmental objective
        ("N01951", ()),
    ],
)
def test_objectives_are_read_from_kolada_descriptions(kpi_id: str, expected: tuple) -> None:
    assert objectives_in_description(KPIS[kpi_id]["description"]) == expected


def test_reviewed_tables_cover_their_kpis_with_known_objectives_and_directions() -> None:
    assert set(REVIEWED_DIRECTIONS) <= set(REVIEWED_LINKS)
    assert set(REVIEWED_DIRECTIONS.values()) == {"higher", "lower"}
    assert all(1 <= o <= 16 for links in REVIEWED_LINKS.values() for o in links)
    assert REVIEWED_DIRECTIONS["N00401"] == "lower" and REVIEWED_DIRECTIONS["N85054"] == "higher"


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv", "ton CO2-ekv/inv"),
        ("Skyddad natur totalt, andel (%)", "%"),
        ("Invånare totalt, antal", "antal"),
        ("Ett nyckeltal utan enhet", "enligt Kolada"),
    ],
)
def test_units_from_kolada_titles(title: str, unit: str) -> None:
    assert unit_from_title(title) == unit


EXPECTED_PLAN = {
    # id: (objectives, direction, origin)
    "N00401": ((1,), "lower", "kpi_group"),
    "N85048": ((2,), "lower", "kpi_group"),
    "U07414": ((15,), "higher", "kpi_group"),
    "N85054": ((16,), "higher", "kpi_group"),
    "N07702": ((1,), "lower", "description"),
    "N85532": ((1,), "lower", "description"),
    "N85047": ((2, 3, 7), "lower", "description"),
    "N85600": ((7,), "none", "description"),
    "N85601": ((1,), "none", "description"),
    "U07801": ((15,), "lower", "reviewed"),
    "N00403": ((13,), "higher", "reviewed"),
    "N45930": ((1,), "higher", "reviewed"),
    "N07945": ((1, 2), "higher", "reviewed"),
}


def test_dry_run_plans_from_the_three_sources_and_writes_nothing(empty_db: Path) -> None:
    with serve(FakeServer(kolada_route(page_size=5000)), "/v3") as fake:
        result = sync_kolada_objectives(empty_db, [2021, 2022], dry_run=True, client=_client(fake))
    planned = {p.kpi.id: (p.objectives, p.better, p.origin) for p in result.plan}
    assert planned == EXPECTED_PLAN
    assert not any(r.startswith("/data/") for r in fake.requests)
    assert result.counts() == (
        "13 KPI:er för 7 miljömål (1, 2, 3, 7, 13, 15, 16): 4 ur Koladas urval, "
        "5 ur beskrivningarna, 4 ur den granskade tabellen; 11 med riktning, 2 utan."
    )
    assert _rows(empty_db, "SELECT count(*) FROM indicator_value") == [(0,)]


def test_without_kolada_kpi_groups_the_descriptions_and_the_table_still_answer(
    empty_db: Path,
) -> None:
    with serve(FakeServer(kolada_route(page_size=5000, kpi_groups=False)), "/v3") as fake:
        result = sync_kolada_objectives(empty_db, [2022], dry_run=True, client=_client(fake))
    planned = {p.kpi.id: p.origin for p in result.plan}
    assert set(planned) == set(EXPECTED_PLAN)
    assert planned["N00401"] == "description" and planned["U07414"] == "reviewed"


def test_objectives_sync_fills_an_empty_database_per_objective(
    empty_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "rus.duckdb"
    path.write_bytes(empty_db.read_bytes())
    with serve(FakeServer(kolada_route(page_size=5000)), "/v3") as fake:
        result = sync_kolada_objectives(
            path, list(range(2015, 2023)), client=_client(fake), imported_by="test"
        )
    data_calls = [r for r in fake.requests if r.startswith("/data/")]
    assert len(data_calls) == len(EXPECTED_PLAN)  # one call per KPI for every region
    assert sorted(result.new_indicators) == sorted(EXPECTED_PLAN)
    expected_rows = 0
    for kpi_id in EXPECTED_PLAN:
        kind = KPIS[kpi_id]["municipality_type"]
        genders = 3 if KPIS[kpi_id]["is_divided_by_gender"] else 1
        cells = len(kolada_ids(kind)) * 8 * genders
        left_out = genders * (kind != "L") * 2  # 0114 null in 2020, 0115 deleted in 2020
        expected_rows += cells - left_out
    assert result.row_count == expected_rows
    with duckdb.connect(str(path), read_only=True) as connection:
        climate = objective_indicators(connection, 1, "sv")
        eutrophication = objective_indicators(connection, 7, "sv")
    assert set(climate["indicator_id"]) == {
        "N00401",
        "N07702",
        "N85532",
        "N85601",
        "N45930",
        "N07945",
    }
    assert dict(zip(eutrophication["indicator_id"], eutrophication["better"], strict=True)) == {
        "N85047": "lower",
        "N85600": "none",
    }
    no_direction = _rows(path, "SELECT description_sv FROM indicator WHERE id = 'N85600'")
    assert "förändringen visas utan omdöme" in no_direction[0][0]
    source = _rows(path, "SELECT kind, license FROM source WHERE name = 'Kolada N85600'")
    assert source == [("kolada", "Kolada (RKA): fri att använda med källangivelse")]


def test_an_indicator_without_direction_gets_no_verdict() -> None:
    years = np.arange(2010, 2022)
    rising = 10.0 + (years - 2010) * 2.0  # from 10 to 32: a change that matters
    assert trend(years, rising, "none").verdict == "no_direction"
    assert trend(years, rising, "lower").verdict == "wrong"
    assert trend(years[:3], rising[:3], "none").verdict == "too_few"


def test_cli_objectives_dry_run_prints_one_kpi_a_line(
    empty_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    with kolada_for_the_app(monkeypatch, page_size=5000):
        monkeypatch.setenv("RUS_DB", str(empty_db))
        assert main(["sync", "kolada", "--objectives", "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    lines = [line for line in out if line[:1] in "NU" and " mål " in line]
    assert len(lines) == len(EXPECTED_PLAN)
    assert (
        "N85047   mål 2,3,7    lower           (beskrivningen)  "
        "Utsläpp till luft av kväveoxider (NOx), kg/inv"
    ) in lines
    assert any(line.startswith("N85600   mål 7        ingen riktning") for line in lines)
    assert "Torrkörning: inget hämtades eller skrevs" in out[-1]


def test_map_and_peers_handle_an_indicator_without_direction(tmp_path: Path) -> None:
    from rus_data.map.classes import (
        DIVERGING,
        DIVERGING_NO_VERDICT,
        SEQUENTIAL,
        classify_change,
        oriented,
    )
    from rus_data.peers.queries import municipal_indicators

    assert oriented(SEQUENTIAL, "none") == SEQUENTIAL  # light low, dark high: magnitude only
    change = classify_change(np.array([-2.0, -1.0, 1.0, 3.0]), "equal", "none")
    assert set(change.colours) <= set(DIVERGING_NO_VERDICT)
    assert not set(change.colours) & set(DIVERGING)  # no red for worse, no blue for better
    path = tmp_path / "rus.duckdb"
    build_database(path, 1, progress=lambda _m: None, with_demo=False)
    with duckdb.connect(str(path)) as connection:
        connection.execute(
            "INSERT INTO indicator VALUES ('utan', 'Utan riktning', 'No direction', 'st', 'pcs', "
            "'none', 'kommun', 'sum', 0, NULL, NULL)"
        )
        listed = municipal_indicators(connection, "sv")
    assert "utan" not in set(listed["id"])  # ranking needs a direction
