"""Exports never hand a spreadsheet a formula: text beginning with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return gets a leading apostrophe; numbers stay numbers."""

from __future__ import annotations

import io
import math

import pandas as pd
import pytest
from openpyxl import load_workbook

from rus_data.charts.export import frame_csv
from rus_data.exports.about import ExportAbout
from rus_data.exports.files import table_csv
from rus_data.peers.tables import excel_bytes
from rus_data.text.cells import inert_cell, neutralise_formula, original_cell
from tests.support.exports import read_export_csv

FORMULAS = [
    '=HYPERLINK("http://127.0.0.1:9/?"&A1,"x")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_text_that_would_run_gets_an_apostrophe(text: str) -> None:
    assert inert_cell(text) == "'" + text


@pytest.mark.parametrize("text", [*FORMULAS, "-2", "Kiruna", "'citat'", "'-2", "'=x", "''@y"])
def test_a_file_read_back_gets_its_text_again(text: str) -> None:
    assert original_cell(inert_cell(text)) == text


@pytest.mark.parametrize(
    "value", ["-2", "+1,5", "-0.25", "-1e5", "Göteborg", "a=b", "", "'citat", -3, -2.5, None]
)
def test_numbers_and_harmless_text_stay_as_they_are(value: object) -> None:
    assert inert_cell(value) == value


def test_a_frame_keeps_its_numbers_and_its_original() -> None:
    frame = pd.DataFrame(
        {
            "name": [FORMULAS[0], "Kiruna", None],
            "value": [-1.5, 2.0, math.nan],
            "rank": pd.array([-1, 2, None], dtype="Int64"),
            "=header": ["-", "@x", "ok"],
        }
    )
    safe = neutralise_formula(frame)
    assert safe["name"].tolist()[:2] == ["'" + FORMULAS[0], "Kiruna"]
    assert pd.isna(safe["name"].iloc[2])
    assert safe["value"].dtype == frame["value"].dtype
    assert safe["value"].iloc[0] == -1.5
    assert safe["rank"].dtype == frame["rank"].dtype
    assert list(safe.columns) == ["name", "value", "rank", "'=header"]
    assert safe["'=header"].tolist() == ["'-", "'@x", "ok"]
    assert frame["name"].iloc[0] == FORMULAS[0]  # the caller's frame is untouched


def test_chart_data_csv_is_inert() -> None:
    frame = pd.DataFrame({"indicator": FORMULAS[:2], "value": [-3.5, 4.0]})
    text = frame_csv(frame).decode("utf-8-sig")
    back = pd.read_csv(io.StringIO(text))
    assert back["indicator"].tolist() == ["'" + f for f in FORMULAS[:2]]
    assert back["value"].tolist() == [-3.5, 4.0]  # negative numbers are numbers
    assert "\n-3.5" not in text and ",-3.5" in text


def _ranking_export() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Rang": pd.array([1, 2], dtype="Int64"),
            "Kommun": ["Ett", "Två"],
            "Indikator": [FORMULAS[0], FORMULAS[0]],
            "Enhet": ["@enhet", "@enhet"],
            "Skillnad mot median": [-1.25, 1.25],
        }
    )


def test_peer_ranking_csv_is_inert() -> None:
    about = ExportAbout(title=FORMULAS[1], source_line="Källa: test")
    facts, rows = read_export_csv(table_csv(_ranking_export(), about, {"Skillnad mot median": 2}))
    assert facts["Titel"] == "'" + FORMULAS[1]
    assert {row["Indikator"] for row in rows} == {"'" + FORMULAS[0]}
    assert {row["Enhet"] for row in rows} == {"'@enhet"}
    # negative numbers stay numbers: a plain minus, the decimal comma of Swedish Excel
    assert [row["Skillnad mot median"] for row in rows] == ["-1,25", "1,25"]


def test_peer_ranking_excel_holds_text_not_formulas() -> None:
    notes = [f"Rangordning av {FORMULAS[0]}", FORMULAS[1]]
    content = excel_bytes(_ranking_export(), [True, False], notes, "ind")
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook["ind"]
    header = [cell.value for cell in sheet[1]]
    cells = {name: sheet.cell(row=2, column=header.index(name) + 1) for name in header}
    assert cells["Indikator"].data_type == "s"
    assert cells["Indikator"].value == "'" + FORMULAS[0]
    assert cells["Enhet"].value == "'@enhet"
    assert cells["Skillnad mot median"].value == -1.25
    assert cells["Skillnad mot median"].data_type == "n"
    note_cells = [row[0] for row in workbook["Om data"].iter_rows()]
    assert all(cell.data_type == "s" for cell in note_cells)
    assert [cell.value for cell in note_cells] == [notes[0], "'" + FORMULAS[1]]
    formulas = [
        cell.coordinate
        for ws in workbook.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
