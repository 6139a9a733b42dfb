"""Imports at scale: the memory-lean paths give what the general ones give."""

from __future__ import annotations

import pandas as pd
import pytest

from rus_data.imports import reading
from rus_data.imports.checks import Checker
from rus_data.imports.issues import IssueList

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
