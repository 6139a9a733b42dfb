"""Files as people have them: missing markers, title rows above the header, the sources' own
region names, and the emissions database's real download (two header rows, the substance).

Every fixture here is written for this test with its own numbers, in the shapes the sources
deliver (see the issue "Real data as the sources really deliver it").
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from rus_data.cli import main
from rus_data.imports.issues import ImportRejected
from rus_data.imports.service import FileImport, import_file
from rus_data.imports.substances import find_substance
from tests.support.database import query_rows as _rows

GHG = "ghg_emissions_per_capita"
HEADER = "indicator_id;region_code;year;value\n"


def _import(path: Path, data: str | bytes, name: str = "fil.csv", **options: object):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return import_file(path, FileImport(raw, name, **options))


def _refused(path: Path, data: str | bytes, name: str = "fil.csv", **options: object) -> list[str]:
    with pytest.raises(ImportRejected) as error:
        _import(path, data, name, **options)
    return [issue.text() for issue in error.value.issues.sorted()]


def _xlsx(rows: list[list[object]], merge: str | None = None) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    if merge:
        book.active.merge_cells(merge)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _values(path: Path, indicator: str, year: int) -> list[tuple]:
    return _rows(
        path,
        "SELECT region_code, value FROM indicator_value WHERE indicator_id = ? AND year = ? "
        "ORDER BY region_code",
        [indicator, year],
    )


# --- missing markers ---------------------------------------------------------------------------


def test_missing_markers_are_left_out_counted_and_named_never_zero(db_copy: Path) -> None:
    text = (
        HEADER
        + f"{GHG};0180;2031;2,5\n"
        + f"{GHG};0181;2031;..\n"
        + f"{GHG};0182;2031;.\n"
        + f"{GHG};0183;2031;-\n"
        + f"{GHG};0184;2031;–\n"
        + f"{GHG};0186;2031;\n"
        + f"{GHG};0187;2031;3,75\n"
    )
    result = _import(db_copy, text)
    assert result.row_count == 2
    assert result.missing.count == 5
    assert result.missing.rows == (3, 4, 5, 6, 7)
    assert result.missing.text() == (
        "5 saknade värden lämnades bort, inte som 0: tom cell (1), ”-” (1), ”.” (1), "
        "”..” (1), ”–” (1); rad 3, 4, 5, 6, 7."
    )
    assert _values(db_copy, GHG, 2031) == [("0180", 2.5), ("0187", 3.75)]


def test_a_file_of_only_missing_values_is_refused_with_the_count(db_copy: Path) -> None:
    messages = _refused(db_copy, HEADER + f"{GHG};0180;2031;..\n{GHG};0181;2031;..\n")
    assert messages == [
        "Rad 2, kolumn ”value”: filen har inga värden. 2 saknade värden lämnades bort, inte som 0: "
        "”..” (2); rad 2, 3."
    ]


def test_cli_names_the_missing_values(
    db_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("RUS_DB", str(db_copy))
    path = tmp_path / "kolada.csv"
    path.write_text(HEADER + f"{GHG};0180;2031;1,5\n{GHG};0181;2031;..\n", encoding="utf-8")
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Importerade 1 rader" in out
    assert "1 saknat värde lämnades bort, inte som 0: ”..” (1); rad 3." in out


# --- the header among the first rows -----------------------------------------------------------


def test_excel_title_rows_and_merged_cells_above_the_header(db_copy: Path) -> None:
    data = _xlsx(
        [
            ["Växthusgasutsläpp per invånare, kommuner"],
            ["Källa: Kolada, hämtad 2026-11-30"],
            [],
            ["indicator_id", "region_code", "year", "value"],
            [GHG, "0180", 2031, 4.25],
            [GHG, "0181", 2031, ".."],
            [GHG, "Stockholm", 2032, "x"],
        ],
        merge="A1:D1",
    )
    messages = _refused(db_copy, data, "kolada.xlsx")
    assert messages == ["Rad 7, kolumn ”value”: ”x” är inget tal; väntade t.ex. 12,5 eller 12.5."]
    fixed = _xlsx(
        [
            ["Växthusgasutsläpp per invånare, kommuner"],
            [],
            ["indicator_id", "region_code", "year", "value"],
            [GHG, "0180", 2031, 4.25],
            [GHG, "0181", 2031, ".."],
        ],
        merge="A1:D1",
    )
    result = _import(db_copy, fixed, "kolada.xlsx")
    assert result.row_count == 1 and result.missing.rows == (5,)
    assert _values(db_copy, GHG, 2031) == [("0180", 4.25)]


def test_header_problems_name_the_header_row_below_the_titles(db_copy: Path) -> None:
    text = "Titel\n\nindicator_id;region_code;yeer;value\nx;01;2031;1\n"
    assert _refused(db_copy, text, kind="values")[0] == (
        "Rad 3, kolumn ”year”: kolumnen saknas i rubrikraden. Menade du ”yeer”?"
    )


def test_csv_title_lines_above_the_header_keep_row_numbers(db_copy: Path) -> None:
    text = (
        '"Utsläpp per invånare efter region och år"\n'
        "\n" + HEADER + f"{GHG};0180;2031;1,25\n" + f"{GHG};Stokholm;2031;2\n"
    )
    messages = _refused(db_copy, text)
    assert messages == [
        "Rad 5, kolumn ”region_code”: okänd regionkod ”Stokholm”; väntade 00, 01–25 eller "
        "fyrsiffrig kommunkod. Menade du 0180 (Stockholm)?"
    ]


# --- region names as the sources write them ----------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Riket", "00"),
        ("Hela riket", "00"),
        ("00 Riket", "00"),
        ("0000", "00"),  # Kolada's id for Sweden
        ("Region Stockholm", "01"),
        ("0001", "01"),  # Kolada's id for the county level
        ("Västra Götalandsregionen", "14"),
        ("Region Jämtland Härjedalen", "23"),
        ("Region Sörmland", "04"),
        ("20 Dalarnas län", "20"),
        ("Blekinge län", "10"),
    ],
)
def test_county_level_spellings_resolve(db_copy: Path, written: str, code: str) -> None:
    text = HEADER + f"{GHG};{written};2031;7,5\n{GHG};Uppsala län;2031;8\n"
    _import(db_copy, text)
    assert (code, 7.5) in _values(db_copy, GHG, 2031)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Stockholms stad", "0180"),
        ("0180 Stockholm", "0180"),
        ("Göteborgs stad", "1480"),
        ("Malung-Sälen", "2023"),
        ("Upplands Väsby", "0114"),
        ("Håbo kommun", "0305"),
    ],
)
def test_municipality_spellings_resolve(db_copy: Path, written: str, code: str) -> None:
    _import(db_copy, HEADER + f"{GHG};{written};2031;6,5\n")
    assert _values(db_copy, GHG, 2031) == [(code, 6.5)]


def test_region_gotland_takes_the_level_of_the_file(db_copy: Path) -> None:
    counties = HEADER + f"{GHG};Region Gotland;2031;1\n{GHG};Region Skåne;2031;2\n"
    _import(db_copy, counties)
    assert _values(db_copy, GHG, 2031) == [("09", 1.0), ("12", 2.0)]
    _import(db_copy, HEADER + f"{GHG};Region Gotland;2032;3\n{GHG};Malmö stad;2032;4\n")
    assert _values(db_copy, GHG, 2032) == [("0980", 3.0), ("1280", 4.0)]


def test_region_gotland_alone_is_ambiguous_and_says_so(db_copy: Path) -> None:
    messages = _refused(db_copy, HEADER + f"{GHG};Region Gotland;2031;1\n")
    assert messages == [
        "Rad 2, kolumn ”region_code”: ”Region Gotland” kan vara länet 09 (Gotlands län) eller "
        "kommunen 0980 (Gotland); skriv koden i stället för namnet."
    ]


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("Region Stokholm", "Menade du 01 (Stockholms län)?"),
        ("Region Gotlnd", "Menade du 09 (Gotlands län)?"),
        ("Stockholms sta", "Menade du 0180 (Stockholm)?"),
        ("Dalarnas lään", "Menade du 20 (Dalarnas län)?"),
    ],
)
def test_suggestions_stay_on_the_level_the_name_asks_for(
    db_copy: Path, written: str, hint: str
) -> None:
    messages = _refused(db_copy, HEADER + f"{GHG};{written};2031;1\n")
    assert len(messages) == 1 and messages[0].endswith(hint), messages


def test_assessment_columns_suggest_counties_only(db_copy: Path) -> None:
    text = (
        "objective_id;region_code;year;status;trend\n"
        "2;Region Stockholm;2031;NÄRA;POSITIV\n"
        "2;Uppsal;2031;NEJ;NEGATIV\n"
    )
    messages = _refused(db_copy, text)
    assert messages == [
        "Rad 3, kolumn ”region_code”: okänd regionkod ”Uppsal”; väntade 00, 01–25 eller "
        "fyrsiffrig kommunkod. Menade du 03 (Uppsala län)?"
    ]


# --- the emissions database's real download ----------------------------------------------------

YEARS = [1990, 2000, 2005, 2010, 2015, 2022]


def _ned(title: list[list[object]], rows: list[list[object]]) -> bytes:
    """The real layout: title rows, the year row, then the Huvudsektor row with empty years."""
    year_row = [None, None, None, None, *YEARS]
    names = ["Huvudsektor", "Undersektor", "Län", "Kommun", *[None] * len(YEARS)]
    return _xlsx([*title, [], year_row, names, *rows])


HEATING = "Egen uppärmning av bostäder och lokaler"  # NED's own spelling, kept
NOX_ROWS = [
    ["Alla", "Alla", "Alla", "Alla", 270_100, 231_400, 190_700, 150_300, 129_900, 111_200],
    ["Alla", "Alla", "Kalmar län", "Alla", 9_310, 8_020, 7_140, 5_880, 4_770, 3_990],
    ["Alla", "Alla", "Kalmar län", "Nybro", 710, 640, 590, 480, "..", 305],
    ["Transporter", "Alla", "Kalmar län", "Nybro", 402, 371, 330, 260, 215, "-"],
    ["Transporter", "Vägtrafik", "Kalmar län", "Nybro", 388, 352, 315, 251, 203, 172],
    [
        "Egen uppärmning av bostäder och lokaler",
        "Alla",
        "Kalmar län",
        "Nybro",
        41,
        37,
        30,
        22,
        17,
        11,
    ],
]


def test_ned_real_two_row_header_with_the_substance_in_the_title(db_copy: Path) -> None:
    data = _ned([["Nationella emissionsdatabasen"], ["Kväveoxider (NOx), ton"]], NOX_ROWS)
    result = _import(db_copy, data, "ned_nox.xlsx")
    assert result.indicator_count == 3
    assert result.row_count == 6 + 6 + 5 + 5 + 6
    assert result.missing.rows == (8, 9)
    assert _values(db_copy, "smhi_nox_total", 2022) == [
        ("00", 111_200.0),
        ("08", 3_990.0),
        ("0881", 305.0),
    ]
    assert _values(db_copy, "smhi_nox_transporter", 2015) == [("0881", 215.0)]
    indicators = _rows(
        db_copy,
        "SELECT id, name_sv, unit, aggregation FROM indicator WHERE id LIKE 'smhi_nox%' "
        "ORDER BY id",
    )
    assert indicators[0] == (
        "smhi_nox_egen_upparmning_av_bostader_och_lokaler",
        "Utsläpp av Kväveoxider (NOx): Egen uppärmning av bostäder och lokaler",
        "ton",
        "sum",
    )
    links = _rows(
        db_copy,
        "SELECT DISTINCT objective_id FROM indicator_objective WHERE indicator_id = "
        "'smhi_nox_total' ORDER BY 1",
    )
    assert links == [(2,), (3,), (7,)]


def test_ned_two_substances_do_not_collide_and_ghg_goes_to_objective_1(db_copy: Path) -> None:
    ghg_rows = [["Alla", "Alla", "Alla", "Alla", 71e6, 69e6, 67e6, 64e6, 54e6, 45e6]]
    _import(db_copy, _ned([["Växthusgaser totalt, ton CO2-ekvivalenter"]], ghg_rows), "g.xlsx")
    _import(db_copy, _ned([["Koldioxid (CO2), ton"]], [[*ghg_rows[0][:4], 5, 4, 3, 2, 1, 0.5]]))
    rows = _rows(
        db_copy,
        "SELECT i.id, i.unit, o.objective_id FROM indicator i JOIN indicator_objective o "
        "ON o.indicator_id = i.id WHERE i.id IN ('smhi_ggt_total', 'smhi_co2_total') ORDER BY 1",
    )
    assert rows == [("smhi_co2_total", "ton", 1), ("smhi_ggt_total", "ton CO₂-ekv.", 1)]
    assert _values(db_copy, "smhi_ggt_total", 2022) == [("00", 45e6)]
    assert _values(db_copy, "smhi_co2_total", 2022) == [("00", 0.5)]


def test_ned_without_a_substance_asks_for_substance(db_copy: Path) -> None:
    data = _ned([["Nationella emissionsdatabasen"]], NOX_ROWS[:1])
    assert _refused(db_copy, data, "ned.xlsx") == [
        "Rad 1: titelraderna säger inte vilket ämne filen gäller; ange ämnet med --substance "
        "(t.ex. GGT, CO2, NOx, PM25), som i nedladdningens sub=."
    ]
    result = _import(db_copy, data, "ned.xlsx", substance="PM25")
    assert result.row_count == 6
    assert _rows(db_copy, "SELECT unit FROM indicator WHERE id = 'smhi_pm25_total'") == [("ton",)]


def test_ned_county_names_suggest_counties_and_municipality_names_municipalities(
    db_copy: Path,
) -> None:
    rows = [
        ["Alla", "Alla", "Kalmr län", "Alla", 1, 1, 1, 1, 1, 1],
        ["Alla", "Alla", "Kalmar län", "Nybroo", 1, 1, 1, 1, 1, 1],
    ]
    messages = _refused(db_copy, _ned([["Ammoniak (NH3), ton"]], rows), "ned.xlsx")
    assert messages == [
        "Rad 5, kolumn ”Län”: okänt regionnamn ”Kalmr län”. Menade du ”Kalmar län”?",
        "Rad 6, kolumn ”Kommun”: okänt regionnamn ”Nybroo”. Menade du ”Nybro”?",
    ]


def test_ned_cli_takes_substance(
    db_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("RUS_DB", str(db_copy))
    path = tmp_path / "ned.xlsx"
    path.write_bytes(_ned([["Nationella emissionsdatabasen"]], NOX_ROWS))
    assert main(["import", str(path), "--substance", "SOx"]) == 0
    out = capsys.readouterr().out
    assert "2 saknade värden lämnades bort" in out
    assert _values(db_copy, "smhi_sox_total", 1990)[0] == ("00", 270_100.0)


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Växthusgaser totalt (ton CO2-ekv.)", "GGT"),
        ("Koldioxid (CO2) i ton", "CO2"),
        ("Utsläpp av PM2.5", "PM25"),
        ("Partiklar PM10, ton", "PM10"),
        ("Kolmonoxid (CO)", "CO"),
        ("Svaveldioxid", "SOx"),
    ],
)
def test_substances_are_read_from_titles(title: str, code: str) -> None:
    found = find_substance(title)
    assert found is not None and found.code == code


# --- wide exports: a column a year ------------------------------------------------------------


def test_scb_csv_export_with_a_column_a_year(db_copy: Path) -> None:
    text = (
        '"Utsläpp per invånare efter region och år"\n'
        "\n"
        '"region";"2031";"2032"\n'
        '"0180 Stockholm";12,5;13\n'
        '"20 Dalarnas län";..;7,25\n'
        '"00 Riket";100;-\n'
    )
    messages = _refused(db_copy, text, "scb.csv")
    assert messages == [
        "Rad 3: filen har en kolumn per år men ingen kolumn indicator_id; ange indikatorn för "
        "hela filen (--indicator ID)."
    ]
    result = _import(db_copy, text, "scb.csv", indicator=GHG)
    assert result.row_count == 4
    assert result.missing.text() == (
        "2 saknade värden lämnades bort, inte som 0: ”-” (1), ”..” (1); rad 5, 6."
    )
    assert _values(db_copy, GHG, 2031) == [("00", 100.0), ("0180", 12.5)]
    assert _values(db_copy, GHG, 2032) == [("0180", 13.0), ("20", 7.25)]


def test_kolada_excel_export_with_kpi_column_and_a_column_a_year(db_copy: Path) -> None:
    data = _xlsx(
        [
            ["Kolada – nyckeltal per kommun"],
            ["KPI", "Kommun", 2031, 2032],
            [GHG, "Stockholm", 1.5, None],
            [GHG, "Region Gotland", 2.25, 2.5],
            [GHG, "Malung-Sälen", "..", 3.75],
        ],
        merge="A1:D1",
    )
    result = _import(db_copy, data, "kolada.xlsx")
    assert result.row_count == 4 and result.missing.rows == (3, 5)
    assert _values(db_copy, GHG, 2032) == [("0980", 2.5), ("2023", 3.75)]


def test_ned_csv_with_the_year_row_above_the_header(db_copy: Path) -> None:
    text = (
        "Nationella emissionsdatabasen\n"
        "Utsläpp av Kväveoxider (NOx), ton\n"
        ";;;;1990;2022\n"
        "Huvudsektor;Undersektor;Län;Kommun;;\n"
        "Alla;Alla;Alla;Alla;270 100;111 200\n"
        "Alla;Alla;Kalmar län;Nybro;710;..\n"
    )
    result = _import(db_copy, text, "ned.csv")
    assert result.row_count == 3 and result.missing.rows == (6,)
    assert _values(db_copy, "smhi_nox_total", 1990) == [("00", 270_100.0), ("0881", 710.0)]
