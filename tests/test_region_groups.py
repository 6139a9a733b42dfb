"""Loading region groups from CSV: checks with row and field, all-or-nothing, replacement."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from rus_data import queries_peers
from rus_data.region_groups import RegionGroupImportError, load_region_groups, parse_region_groups

GOOD = "group_code;group_name;region_code\nA;Storstäder;0180\nA;Storstäder;1480\nB;Glesbygd;2584\n"


@pytest.fixture()
def writable_db(demo_db_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "groups.duckdb"
    shutil.copy(demo_db_path, copy)
    return copy


def test_parse_accepts_semicolons_commas_and_a_bom() -> None:
    frame = parse_region_groups(GOOD)
    assert frame["region_code"].tolist() == ["0180", "1480", "2584"]
    assert frame["row"].tolist() == [2, 3, 4]
    comma = parse_region_groups("\ufeffgroup_code,group_name,region_code\nA,X,0114\n")
    assert comma["group_name"].tolist() == ["X"]


def test_problems_name_the_row_and_field() -> None:
    text = (
        "group_code;group_name;region_code\n"
        "A;Storstäder;0180\n"
        "A;Storstad;1480\n"
        "B;;2584\n"
        "C;Annat;abc\n"
        "D;Dubblett;0180\n"
    )
    with pytest.raises(RegionGroupImportError) as caught:
        parse_region_groups(text)
    messages = [str(p) for p in caught.value.problems]
    assert "Rad 2, fält group_name: gruppen A har olika namn: Storstad, Storstäder." in messages
    assert "Rad 4, fält group_name: värde saknas." in messages
    assert "Rad 5, fält region_code: 'abc' är ingen läns- eller kommunkod." in messages
    assert any(
        m.startswith("Rad 6, fält region_code: 0180 står på flera rader (2, 6)") for m in messages
    )


def test_missing_columns_and_empty_files() -> None:
    with pytest.raises(RegionGroupImportError, match="Rad 1, fält group_name: kolumnen saknas"):
        parse_region_groups("group_code;region_code\nA;0180\n")
    with pytest.raises(RegionGroupImportError, match="tom"):
        parse_region_groups("  ")
    with pytest.raises(RegionGroupImportError, match="inga datarader"):
        parse_region_groups("group_code;group_name;region_code\n")


def test_load_writes_groups_and_a_source(writable_db: Path) -> None:
    assert load_region_groups(writable_db, GOOD, "Testindelning", "Testfil") == 3
    with duckdb.connect(str(writable_db), read_only=True) as connection:
        sets = queries_peers.group_sets(connection)
        assert sets.to_dict("records")[0] == {
            "group_set": "Testindelning",
            "groups": 2,
            "regions": 3,
            "source": "Testfil",
            "is_demo": False,
        }
        members = queries_peers.group_of(connection, "Testindelning", "1480")
        assert members["region_code"].tolist() == ["0180", "1480"]
        assert members["group_name"].unique().tolist() == ["Storstäder"]
        assert queries_peers.group_of(connection, "Testindelning", "0114").empty
        kind = connection.execute("SELECT kind, row_count FROM source WHERE name = 'Testfil'")
        assert kind.fetchone() == ("import", 3)


def test_load_is_all_or_nothing_and_replaces_a_set(writable_db: Path) -> None:
    load_region_groups(writable_db, GOOD, "Testindelning", "Testfil")
    unknown = "group_code;group_name;region_code\nA;X;0180\nB;Y;9999\n"
    with pytest.raises(RegionGroupImportError, match="Rad 3, fält region_code: 9999 finns inte"):
        load_region_groups(writable_db, unknown, "Testindelning", "Trasig fil")
    with duckdb.connect(str(writable_db), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM region_group").fetchone()[0] == 3
        assert connection.execute(
            "SELECT count(*) FROM source WHERE name = 'Trasig fil'"
        ).fetchone() == (0,)
    load_region_groups(
        writable_db, "group_code;group_name;region_code\nZ;Z;0114\n", "Testindelning", "Ny"
    )
    with duckdb.connect(str(writable_db), read_only=True) as connection:
        rows = connection.execute("SELECT region_code FROM region_group").fetchall()
        assert rows == [("0114",)]
