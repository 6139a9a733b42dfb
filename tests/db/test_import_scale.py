"""Imports at scale: the memory-lean paths give what the general ones give."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from rus_data.imports import reading
from rus_data.imports.checks import Checker
from rus_data.imports.issues import IssueList
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
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_CHARS", 0 if plain else 10**12)
    return reading.read_csv_text(text).frame


def test_arrow_reads_a_plain_csv_as_the_general_reader_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert reading._plain_csv(TEXT, ";") is None  # below the size: the general reader
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_CHARS", 0)
    assert reading._plain_csv(TEXT, ";") is not None
    arrow, general = _read(TEXT, monkeypatch, True), _read(TEXT, monkeypatch, False)
    pd.testing.assert_frame_equal(arrow, general, check_dtype=False)
    assert list(arrow["__row__"]) == [2, 5, 6]  # the note and the empty row left, rows kept


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
    monkeypatch.setattr(reading, "PLAIN_CSV_MIN_CHARS", 0)
    assert reading._plain_csv(text, ";") is None


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
