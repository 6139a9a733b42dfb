"""Exports for the people who use them: Excel and CSV read back as Swedish (and English)
spreadsheet programs read them, with openpyxl and with csv using ``;``."""

from __future__ import annotations

import pandas as pd
import pytest

from rus_data.exports.about import ExportAbout, about_for_line
from rus_data.exports.files import table_csv, table_xlsx
from rus_data.exports.tables import export_frame
from tests.support.exports import read_export_csv, read_export_xlsx

LINK = "http://localhost:8501/trends?region=23&ind=luft_no2"
SOURCE = "Källa: Exempeldata – inte officiell statistik (2026-12-02)"


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": ["23", "00"],
            "region": ["Jämtlands län", '=HYPERLINK("http://x")'],
            "year": [2024, 2024],
            "value": [97.48283752860412, -1234.56],
            "status": ["NÄRA", "JA"],
            "verdict": ["no_clear_change", "wrong"],
            "assessed": [True, False],
        }
    )


def _about(language: str = "sv", demo: bool = True) -> ExportAbout:
    return ExportAbout(
        title="Kvävedioxid i luften",
        source_line=SOURCE if language == "sv" else "Source: SCB (2026-11-30)",
        language=language,
        shows_demo=demo,
        licence="CC0 (syntetiska data)",
        fetched="2026-12-02 13:41",
        link=LINK,
    )


def test_swedish_csv_opens_in_swedish_excel_with_the_facts_first() -> None:
    content = table_csv(_frame(), _about())
    assert content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: å, ä, ö survive
    about, rows = read_export_csv(content, ";")
    assert about == {
        "Titel": "Kvävedioxid i luften",
        "Källa": "Exempeldata – inte officiell statistik (2026-12-02)",
        "Licens": "CC0 (syntetiska data)",
        "Hämtad": "2026-12-02 13:41",
        "Obs": "Exempeldata – inte officiell statistik",
        "Länk till vyn": LINK,
    }
    assert list(rows[0]) == ["Regionkod", "Region", "År", "Värde", "Status", "Riktning", "Bedöms"]
    assert rows[0] == {
        "Regionkod": "23",
        "Region": "Jämtlands län",
        "År": "2024",
        "Värde": "97,5",  # rounded as shown, decimal comma
        "Status": "Nära att nås",
        "Riktning": "ingen tydlig förändring",
        "Bedöms": "Ja",
    }
    assert rows[1]["Värde"] == "-1234,6"  # a plain minus and no thousands mark: Excel reads it
    assert rows[1]["Region"] == '\'=HYPERLINK("http://x")'  # a formula stays inert text
    assert rows[1]["Bedöms"] == "Nej"


def test_english_csv_uses_english_conventions_and_no_demo_line_for_real_data() -> None:
    content = table_csv(_frame(), _about("en", demo=False))
    text = content.decode("utf-8-sig")
    assert ";" not in text.split("\r\n")[7]
    about, rows = read_export_csv(content, ",")
    assert "Note" not in about and about["Source"] == "SCB (2026-11-30)"
    assert about["Link to the view"] == LINK
    assert list(rows[0])[:4] == ["Region code", "Region", "Year", "Value"]
    assert rows[0]["Value"] == "97.5" and rows[1]["Value"] == "-1234.6"
    assert rows[0]["Status"] == "Close to being reached"
    assert rows[0]["Direction"] == "no clear change"


def test_excel_has_a_data_sheet_and_an_about_sheet_with_numbers_as_numbers() -> None:
    names, rows, about, formats = read_export_xlsx(table_xlsx(_frame(), _about()))
    assert names == ["Data", "Om data"]
    assert rows[0] == ["Regionkod", "Region", "År", "Värde", "Status", "Riktning", "Bedöms"]
    assert rows[1] == [
        "23",
        "Jämtlands län",
        2024,
        97.5,
        "Nära att nås",
        "ingen tydlig förändring",
        "Ja",
    ]
    assert rows[2][3] == pytest.approx(-1234.6) and isinstance(rows[2][3], float)
    assert formats[3] == "0.0"  # Excel shows one decimal, with the reader's own decimal mark
    assert rows[2][1] == '\'=HYPERLINK("http://x")'
    assert about["Obs"] == "Exempeldata – inte officiell statistik"
    assert about["Källa"].startswith("Exempeldata") and about["Länk till vyn"] == LINK
    english, _, facts, _ = read_export_xlsx(table_xlsx(_frame(), _about("en", demo=False)))
    assert english == ["Data", "About the data"] and "Note" not in facts


def test_formula_like_source_names_stay_inert_in_both_files() -> None:
    about = ExportAbout("=SUM(A1)", "Källa: @import (2026-01-01)", "sv", licence="-cmd")
    csv_about, _ = read_export_csv(table_csv(_frame(), about))
    assert csv_about["Titel"] == "'=SUM(A1)" and csv_about["Källa"] == "'@import (2026-01-01)"
    assert csv_about["Licens"] == "'-cmd"
    _, _, xlsx_about, _ = read_export_xlsx(table_xlsx(_frame(), about))
    assert xlsx_about["Titel"] == "'=SUM(A1)" and xlsx_about["Licens"] == "'-cmd"


def test_decimals_follow_the_view_and_unknown_columns_keep_their_names() -> None:
    frame = pd.DataFrame({"Lutning": [0.123456], "p_value": [0.04321], "Andel": [12.0]})
    table, places = export_frame(frame, "sv", {"Lutning": 3})
    assert list(table.columns) == ["Lutning", "p-värde (Mann–Kendall)", "Andel"]
    assert places == {"Lutning": 3, "p-värde (Mann–Kendall)": 3, "Andel": 1}
    _, rows = read_export_csv(table_csv(frame, _about(), {"Lutning": 3}))
    assert rows[0] == {"Lutning": "0,123", "p-värde (Mann–Kendall)": "0,043", "Andel": "12,0"}


def test_the_about_facts_come_from_the_sources_the_line_names() -> None:
    sources = pd.DataFrame(
        {
            "name": ["Exempeldata – inte officiell statistik", "Kolada", "SCB"],
            "license": ["CC0 (syntetiska data)", "CC BY 4.0", "CC0"],
            "fetched_at": pd.to_datetime(
                ["2026-12-02 13:41", "2026-11-01 08:00", "2026-01-01 00:00"]
            ),
            "is_demo": [True, False, False],
        }
    )
    line = "Källa: Exempeldata – inte officiell statistik (2026-12-02); Kolada (2026-11-01)"
    about = about_for_line(sources, title="T", source_line=line, language="sv", shows_demo=False)
    assert (
        about.licence
        == "Exempeldata – inte officiell statistik: CC0 (syntetiska data); Kolada: CC BY 4.0"
    )
    assert about.fetched == "2026-12-02 13:41" and about.shows_demo  # a demo source is named
    only = about_for_line(
        sources,
        title="T",
        source_line="Källa: Kolada (2026-11-01)",
        language="sv",
        shows_demo=False,
    )
    assert (
        only.licence == "CC BY 4.0" and not only.shows_demo and only.fetched == "2026-11-01 08:00"
    )
