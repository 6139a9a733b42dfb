"""Imports at scale: the memory-lean paths give what the general ones give."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from rus_data.imports import reading
from rus_data.imports import validate as validate_module
from rus_data.imports.checks import Checker, _repeated
from rus_data.imports.issues import IssueList
from rus_data.imports.kinds import VALUES
from rus_data.imports.transaction import transaction_on_copy

TEXT = (
    "indicator_id;region_code;year;value;gender\n"
    "ghg;0180;2020;1,5;T\n"
    "# en anteckning;;;;\n"
    ";;;;\n"
    " ghg ;01;2021; 2 ;K\r\n"
    "ghg;01;2021;x;\n"
)


def _read(text: str, monkeypatch: pytest.MonkeyPatch, plain: bool) -> pd.DataFrame:
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_BYTES", 0 if plain else 10**12)
    return reading.read_table(text.encode(), "f.csv").frame


def test_arrow_reads_a_plain_csv_as_the_general_reader_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert reading._plain_csv(TEXT.encode()) is None  # below the size: the general reader
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_BYTES", 0)
    assert reading._plain_csv(TEXT.encode()) is not None
    arrow, general = _read(TEXT, monkeypatch, True), _read(TEXT, monkeypatch, False)
    pd.testing.assert_frame_equal(arrow.astype(str), general.astype(str))
    assert list(arrow["__row__"]) == [2, 5, 6]  # the note and the empty row left, rows kept


def test_arrow_keeps_repeated_values_as_small_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A column with few distinct values becomes a categorical; a column of distinct values
    stays text; both read back as the file's cells."""
    lines = [f"ghg;{code};{2000 + n % 20};{n},5;T" for n, code in enumerate(["01", "0180"] * 50)]
    text = "indicator_id;region_code;year;value;gender\n" + "\n".join(lines) + "\n"
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_BYTES", 0)
    frame = reading.read_table(text.encode(), "f.csv").frame
    assert isinstance(frame["region_code"].dtype, pd.CategoricalDtype)
    assert not isinstance(frame["value"].dtype, pd.CategoricalDtype)
    assert list(frame["region_code"].astype(str)[:2]) == ["01", "0180"]
    assert frame["value"].iloc[3] == "3,5" and list(frame["__row__"][:2]) == [2, 3]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeffa;b\nx;1\n".encode(), "UTF-8"),  # a BOM is no part of the first header
        ("a;b\nå;1\n".encode("cp1252"), "Windows-1252"),  # not UTF-8: the general reader
    ],
)
def test_arrow_leaves_the_encoding_to_what_the_general_reader_does(
    data: bytes, encoding: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_BYTES", 0)
    table = reading.read_table(data, "f.csv")
    assert list(table.frame.columns) == ["a", "b", "__row__"]
    assert table.encoding == encoding and table.frame["a"].astype(str).iloc[0] in ("x", "å")


def test_arrow_skips_title_lines_and_keeps_the_file_s_row_numbers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Utsläpp till luft\nEnhet: ton\nindicator_id;region_code\nghg;01\nghg;03\n"
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_BYTES", 0)
    assert reading._plain_csv(text.encode()) is not None
    table = reading.read_table(text.encode(), "f.csv")
    assert table.header_row == 3 and list(table.frame["__row__"]) == [4, 5]


@pytest.mark.parametrize(
    "text",
    [
        'a;b\n"x;y";1\n',  # quotes: the general reader knows them
        "a;b\n1;2\n\n3;4\n",  # a blank line: its row number must count
        "a;a\n1;2\n",  # repeated headers: the general reader names them
        "a;b\n1;2;3\n",  # a wrong field count: the general reader names the row
    ],
)
def test_what_is_not_plain_goes_to_the_general_reader(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_BYTES", 0)
    assert reading._plain_csv(text.encode()) is None


def test_duplicates_name_the_first_row_with_the_key() -> None:
    frame = pd.DataFrame(
        {
            "indicator_id": ["a", "a", "b", "a"],
            "year": pd.array([2020, 2020, 2020, 2020], dtype="Int64"),
            "__row__": [2, 3, 4, 7],
        }
    )
    issues = IssueList()
    checker = Checker(frame, issues)
    checker.duplicates(frame[["indicator_id", "year"]], ("indicator_id", "year"))
    assert [(i.row, i.message) for i in issues.items] == [
        (3, "samma indicator_id, year som rad 2 (dubblett)."),
        (7, "samma indicator_id, year som rad 2 (dubblett)."),
    ]
    assert list(checker.bad) == [False, True, False, True]


def test_a_write_that_fails_after_its_statements_committed_leaves_the_file_as_it_was(
    demo_db_path: Path, tmp_path: Path
) -> None:
    """The copy is the transaction: its statements commit one by one, and still nothing of a
    failed write reaches the database file."""
    path = tmp_path / "rus.duckdb"
    shutil.copyfile(demo_db_path, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def work(connection: duckdb.DuckDBPyConnection) -> None:
        connection.execute(
            "INSERT INTO source (id, name, fetched_at, is_demo, kind) "
            "VALUES (900, 'Halv', now()::TIMESTAMP, false, 'import')"
        )
        connection.execute("DELETE FROM indicator_value")
        assert connection.execute("SELECT count(*) FROM indicator_value").fetchall() == [(0,)]
        raise RuntimeError("avbruten mitt i")

    with pytest.raises(RuntimeError):
        transaction_on_copy(path, work)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not [p.name for p in tmp_path.iterdir() if "importing" in p.name]  # no copy left
    result = transaction_on_copy(
        path, lambda c: c.execute("SELECT 1").fetchall()[0][0], dry_run=True
    )
    assert result == 1 and hashlib.sha256(path.read_bytes()).hexdigest() == before


GHG = "ghg_emissions_per_capita"
# Issues in every part: a duplicate across parts (rows 2 and 9), "Region Gotland" in a part
# (rows 5–7) with no other known name, while the file's other names are municipalities (so
# it is Gotland's municipality, not the county, as in one part), an
# unknown code, a bad number and missing values in two parts.
PARTS_TEXT = (
    "indicator_id;region_code;year;value;gender\n"
    f"{GHG};0180;2031;1,5;T\n"  # 2
    f"{GHG};0181;2031;..;T\n"  # 3 missing
    f"{GHG};0182;2031;2;T\n"  # 4
    f"{GHG};Region Gotland;2031;3;T\n"  # 5
    f"{GHG};0190;2031;4;T\n"  # 6 unknown code
    f"{GHG};0190;2031;x;T\n"  # 7 unknown code, not a number
    f"{GHG};0184;2031;-;T\n"  # 8 missing
    f"{GHG};0180;2031;9;T\n"  # 9 duplicate of row 2
    f"{GHG};0186;2031;5;K\n"  # 10
)


def _validated(text: str, db: duckdb.DuckDBPyConnection, part_rows: int, monkeypatch):
    monkeypatch.setattr(validate_module, "VALUE_CHUNK_ROWS", part_rows)
    return validate_module.validate(
        reading.read_table(text.encode(), "f.csv"), VALUES, validate_module.load_context(db)
    )


def test_a_file_checked_in_parts_gets_the_report_of_one_part(
    db: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _validated(PARTS_TEXT, db, 10**9, monkeypatch)
    parts = _validated(PARTS_TEXT, db, 3, monkeypatch)
    report = [issue.text() for issue in parts.issues.sorted()]
    assert report == [issue.text() for issue in whole.issues.sorted()]
    assert [r.split(":")[0] for r in report] == [
        "Rad 6, kolumn ”region_code”",
        "Rad 7, kolumn ”region_code”",
        "Rad 7, kolumn ”value”",
        "Rad 9",
    ]
    assert "som rad 2 (dubblett)" in report[-1]
    assert parts.missing == whole.missing and parts.missing.rows == (3, 8)
    assert parts.missing.markers == {"..": 1, "-": 1}


def test_rows_checked_in_parts_are_the_rows_of_one_part(
    db: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = "\n".join(line for n, line in enumerate(PARTS_TEXT.splitlines()) if n not in (5, 6, 8))
    whole = _validated(clean, db, 10**9, monkeypatch)
    parts = _validated(clean, db, 2, monkeypatch)
    assert not parts.issues and not whole.issues
    pd.testing.assert_frame_equal(parts.rows, whole.rows)
    assert parts.rows["region_code"].astype(str).tolist() == ["0180", "0182", "0980", "0186"]
    assert isinstance(parts.rows["indicator_id"].dtype, pd.CategoricalDtype)  # lean rows
    assert parts.rows["__row__"].tolist() == [2, 4, 5, 7]  # the lines of the shorter file


def test_a_file_whose_values_are_all_missing_says_so_in_parts_too(
    db: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "indicator_id;region_code;year;value\n" + "".join(
        f"{GHG};0180;{2000 + n};..\n" for n in range(5)
    )
    plan = _validated(text, db, 2, monkeypatch)
    assert [i.text() for i in plan.issues.sorted()] == [
        "Rad 2, kolumn ”value”: filen har inga värden. 5 saknade värden lämnades bort, "
        "inte som 0: ”..” (5); rad 2, 3, 4, 5, 6."
    ]


@pytest.mark.parametrize("seed", range(5))
def test_repeated_keys_are_found_as_pandas_finds_them(seed: int) -> None:
    keys = np.random.default_rng(seed).integers(0, 50, size=200)
    assert list(_repeated(keys)) == list(pd.Series(keys).duplicated(keep=False))
    assert not _repeated(np.arange(10)).any()
