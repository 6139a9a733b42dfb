"""File imports: reading, validation with named rows, one transaction, replace and undo."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pytest
from openpyxl import Workbook

from rus_data.cli import main
from rus_data.db.connection import database_version
from rus_data.db.readers import reading
from rus_data.imports.issues import ImportRejected
from rus_data.imports.kinds import KINDS
from rus_data.imports.reading import detect_separator, read_table
from rus_data.imports.service import FileImport, import_file
from rus_data.imports.templates import template_csv, template_xlsx
from rus_data.imports.validate import load_context, validate
from rus_data.imports.writer import undo_source
from tests.support.database import file_digest as _digest
from tests.support.database import query_rows as _rows


def _import(path: Path, text: str | bytes, name: str = "fil.csv", **options) -> object:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return import_file(path, FileImport(data, name, **options))


def _rejected(path: Path, text: str | bytes, name: str = "fil.csv", **options) -> list[str]:
    with pytest.raises(ImportRejected) as error:
        _import(path, text, name, **options)
    return [issue.text() for issue in error.value.issues.sorted()]


VALUES_HEADER = "indicator_id;region_code;year;value;gender\n"
GHG = "ghg_emissions_per_capita"


def test_separator_and_encoding_are_detected() -> None:
    assert detect_separator("a;b;c\n1;2,5;3") == ";"
    assert detect_separator("a,b,c\n1,2,3") == ","
    assert detect_separator("a\tb\n1\t2") == "\t"
    text = "indicator_id;region_code;year;value\nx;Håbo;2020;1,5\n"
    latin = read_table(text.encode("cp1252"), "f.csv")
    assert latin.encoding == "Windows-1252"
    assert latin.frame.loc[0, "region_code"] == "Håbo"
    bom = read_table(("\ufeff" + text).encode("utf-8"), "f.csv")
    assert bom.encoding == "UTF-8"
    assert bom.frame.columns[0] == "indicator_id"


def test_values_import_with_decimal_comma_names_and_short_codes(db_copy: Path) -> None:
    text = (
        VALUES_HEADER
        + f"{GHG};0180;2031;3,5;T\n"
        + f"{GHG};180;2031;3,6;K\n"  # leading zero lost by Excel
        + f"{GHG};Uppsala län;2031;4;\n"  # a name instead of a code, gender empty → T
        + f"{GHG};1;2031;1 234,5;m\n"  # county 01, thousands space, lower-case gender
    )
    result = _import(db_copy, text.encode("cp1252"), "värden 2031.csv", imported_by="anna")
    assert result.row_count == 4
    rows = _rows(
        db_copy,
        "SELECT region_code, gender, value FROM indicator_value WHERE year = 2031 ORDER BY ALL",
    )
    assert rows == [("01", "M", 1234.5), ("0180", "K", 3.6), ("0180", "T", 3.5), ("03", "T", 4.0)]
    source = _rows(
        db_copy,
        "SELECT name, kind, imported_by, row_count, is_demo FROM source WHERE id = ?",
        [result.source_id],
    )
    assert source == [("värden 2031.csv", "import", "anna", 4, False)]


def test_every_problem_is_reported_with_row_and_column(db_copy: Path) -> None:
    before = _digest(db_copy)
    text = (
        "indicator_id,region_code,year,value\n"
        f"{GHG},0180,2031,1.5\n"
        "ghg_emisions_per_capita,0180,2031,1.5\n"
        f"{GHG},Stokholm,2031,1.5\n"
        f"{GHG},0180,20x1,1.5\n"
        f"{GHG},0190,2031,abc\n"
        f"{GHG},0180,2031,\n"  # an empty value is a missing value, left out
        f"{GHG},0180,2031,2.5\n"
    )
    issues = _rejected(db_copy, text)
    assert issues == [
        "Rad 3, kolumn ”indicator_id”: okänd indikator ”ghg_emisions_per_capita”; importera "
        "indikatordefinitionen först (typ indicators). Menade du ”ghg_emissions_per_capita”?",
        "Rad 4, kolumn ”region_code”: okänd regionkod ”Stokholm”; väntade 00, 01–25 eller "
        "fyrsiffrig kommunkod. Menade du 0180 (Stockholm)?",
        "Rad 5, kolumn ”year”: ”20x1” är inte ett årtal (1970–2100).",
        "Rad 6, kolumn ”region_code”: okänd regionkod ”0190”; väntade 00, 01–25 eller "
        "fyrsiffrig kommunkod. Menade du 0191 (Sigtuna)?",
        "Rad 6, kolumn ”value”: ”abc” är inget tal; väntade t.ex. 12,5 eller 12.5.",
        "Rad 8: samma indicator_id, region_code, year, gender som rad 2 (dubblett).",
    ]
    assert _digest(db_copy) == before


def test_percentages_out_of_range_are_rejected(db_copy: Path) -> None:
    text = VALUES_HEADER + "organic_arable_land_share;0180;2031;104;T\n"
    assert _rejected(db_copy, text) == [
        "Rad 2, kolumn ”value”: 104 ligger utanför 0–100; indikatorn anges i procent."
    ]


def test_missing_and_unknown_columns_are_named(db_copy: Path) -> None:
    issues = _rejected(db_copy, "indicator_id;region_code;yeer;value\nx;01;2020;1\n", kind="values")
    assert issues == [
        "Rad 1, kolumn ”year”: kolumnen saknas i rubrikraden. Menade du ”yeer”?",
        "Rad 1, kolumn ”yeer”: okänd kolumn; formatet values har kolumnerna indicator_id, "
        "region_code, year, value, gender.",
    ]


def test_wrong_number_of_fields_lists_every_bad_line(db_copy: Path) -> None:
    text = VALUES_HEADER + f"{GHG};01;2031;1;T\n{GHG};01;2032;1;T;extra\n{GHG};01;2033;1;T;x;y\n"
    issues = _rejected(db_copy, text)
    assert issues == [
        "Rad 3: raden har 6 fält men rubrikraden har 5 (avgränsare: semikolon).",
        "Rad 4: raden har 7 fält men rubrikraden har 5 (avgränsare: semikolon).",
    ]


@pytest.mark.parametrize(
    ("status", "trend", "expected"),
    [
        ("JA", "POSITIV", ("JA", "POSITIV")),
        ("Ja", "Positiv", ("JA", "POSITIV")),
        ("ja", "neutral", ("JA", "NEUTRAL")),
        ("NÄRA", "Negativ", ("NÄRA", "NEGATIV")),
        ("Nära", "Oklar", ("NÄRA", "OKLAR")),
        ("NARA", "OKLAR", ("NÄRA", "OKLAR")),
        ("Nej", "Neutral", ("NEJ", "NEUTRAL")),
        ("NEJ", "negativ", ("NEJ", "NEGATIV")),
    ],
)
def test_assessment_spellings(db_copy: Path, status: str, trend: str, expected: tuple) -> None:
    text = f"objective_id;region_code;year;status;trend;comment\n2;20;2031;{status};{trend};\n"
    _import(db_copy, text)
    assert _rows(
        db_copy, "SELECT status, trend FROM assessment WHERE year = 2031 AND region_code = '20'"
    ) == [expected]


def test_assessment_vocabulary_scope_and_level(db_copy: Path) -> None:
    text = (
        "mål;län;år;status;trend;kommentar\n"
        "1;20;2031;JA;POSITIV;\n"  # objective 1 only nationally
        "2;0180;2031;JA;POSITIV;\n"  # a municipality
        "3;20;2031;kanske;upp;\n"
        "17;20;2031;JA;OKLAR;\n"
    )
    issues = _rejected(db_copy, text)
    assert issues[0].startswith("Rad 2, kolumn ”objective_id”: miljömål 1 bedöms inte i Dalarnas")
    assert issues[1] == (
        "Rad 3, kolumn ”region_code”: ”0180” är inte tillåten här; väntade ett län (01–25) eller "
        "Sverige (00)."
    )
    assert (
        "Rad 4, kolumn ”status”: ”kanske” är inte tillåtet; väntade JA, NÄRA eller NEJ." in issues
    )
    assert any(i.startswith("Rad 4, kolumn ”trend”") for i in issues)
    assert "Rad 5, kolumn ”objective_id”: ”17” är inte ett miljömålsnummer (0–16)." in issues


def test_duplicates_against_the_database_then_replace_and_undo(db_copy: Path) -> None:
    clash = "objective_id;region_code;year;status;trend\n2;20;2024;JA;POSITIV\n"
    issues = _rejected(db_copy, clash)
    assert issues[0].startswith("Rad 2: finns redan i databasen (objective_id=2, region_code=20")
    assert "Exempeldata" in issues[0]

    first = (
        "objective_id;region_code;year;status;trend\n2;20;2031;JA;POSITIV\n3;20;2031;NEJ;OKLAR\n"
    )
    one = _import(db_copy, first, "dalarna.csv")
    again = _rejected(db_copy, first, "dalarna.csv")
    assert len(again) == 2 and "källa ”dalarna.csv”" in again[0]
    second = "objective_id;region_code;year;status;trend\n2;20;2031;NEJ;NEGATIV\n"
    two = _import(db_copy, second, "dalarna.csv", mode="replace")
    assert two.replaced_sources == [one.source_id]
    assert _rows(db_copy, "SELECT objective_id, status FROM assessment WHERE year = 2031") == [
        (2, "NEJ")
    ]
    assert _rows(db_copy, "SELECT count(*) FROM source WHERE name = 'dalarna.csv'") == [(1,)]
    assert undo_source(db_copy, two.source_id) == 1
    assert _rows(db_copy, "SELECT count(*) FROM assessment WHERE year = 2031") == [(0,)]
    with pytest.raises(ImportRejected, match="referensdata"):
        undo_source(db_copy, 1)


def test_indicator_definitions_then_values_then_undo(db_copy: Path) -> None:
    definitions = (
        "id;name_sv;name_en;unit;unit_en;better;finest_level;aggregation;decimals;objectives\n"
        "bike_lanes;Cykelvägar;Cycle lanes;km;km;Högre;kommun;sum;0;2;15\n"
    ).replace(";2;15", ";2|15")
    made = _import(db_copy, definitions, "indikatorer.csv")
    assert made.indicator_count == 1
    assert _rows(db_copy, "SELECT better, unit FROM indicator WHERE id = 'bike_lanes'") == [
        ("higher", "km")
    ]
    assert _rows(
        db_copy,
        "SELECT objective_id FROM indicator_objective WHERE indicator_id = 'bike_lanes' ORDER BY 1",
    ) == [(2,), (15,)]
    again = _rejected(db_copy, definitions, "andra.csv")
    assert again == [
        "Rad 2, kolumn ”id”: indikatorn ”bike_lanes” finns redan; välj läget ersätt om den "
        "kommer från en tidigare import med samma namn."
    ]
    redefined = _import(
        db_copy, definitions.replace(";km;km;", ";mil;mil;"), "indikatorer.csv", mode="replace"
    )
    assert redefined.indicator_count == 1
    assert _rows(db_copy, "SELECT unit FROM indicator WHERE id = 'bike_lanes'") == [("mil",)]
    values = _import(db_copy, VALUES_HEADER + "bike_lanes;0180;2022;12;T\n", "cykel.csv")
    with pytest.raises(ImportRejected, match="har värden men skulle sakna definition"):
        undo_source(db_copy, redefined.source_id)
    undo_source(db_copy, values.source_id)
    undo_source(db_copy, redefined.source_id)
    assert _rows(db_copy, "SELECT count(*) FROM indicator WHERE id = 'bike_lanes'") == [(0,)]


def test_region_group_with_two_names_is_refused(db_copy: Path) -> None:
    groups = (
        "group_set;group_code;group_name;region_code\n"
        "skr;A1;Storstäder;0180\nskr;A1;Storstad;1480\n"
    )
    issues = _rejected(db_copy, groups)
    assert any(i.startswith("Rad 3, kolumn ”group_name”: ”Storstad”") for i in issues), issues
    assert _rows(db_copy, "SELECT count(*) FROM region_group") == [(0,)]


def test_region_groups_and_interactions(db_copy: Path) -> None:
    groups = (
        "group_set,group_code,group_name,region_code\n"
        "skr,A1,Storstäder,0180\nskr,A1,Storstäder,1480\nskr,C8,Landsbygdskommun,Kiruna\n"
    )
    assert _import(db_copy, groups).row_count == 3
    assert _rows(db_copy, "SELECT region_code FROM region_group ORDER BY 1") == [
        ("0180",),
        ("1480",),
        ("2584",),
    ]
    interactions = (
        "from_kind;from_id;to_kind;to_id;score;rationale;confidence\n"
        "mål;9;delmål;6.6;2;Rent grundvatten stödjer vattenekosystemen.;hög\n"
        "objective;3;target;99.9;4;;\n"
    )
    issues = _rejected(db_copy, interactions)
    assert issues == [
        "Rad 3, kolumn ”rationale”: värde saknas; väntade en motivering.",
        "Rad 3, kolumn ”score”: ”4” är inte ett heltal (-3–3).",
        "Rad 3, kolumn ”to_id”: ”99.9” är varken ett miljömål (0–16) eller ett Agenda "
        "2030-delmål (t.ex. 6.3) som finns i databasen.",
    ]
    lines = interactions.splitlines()
    _import(db_copy, lines[0] + "\n" + lines[1] + "\n", imported_by="anna")
    assert _rows(
        db_copy,
        "SELECT from_kind, to_id, score, confidence, context, scored_by, scored_at IS NOT NULL "
        "FROM interaction WHERE scored_by = 'anna'",
    ) == [("objective", "6.6", 2, "high", "00", "anna", True)]


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_excel_import_with_numbers_as_numbers(db_copy: Path) -> None:
    data = _xlsx(
        [
            ["indicator_id", "region_code", "year", "value"],
            [GHG, 180, 2031, 3.25],
            [GHG, 1, 2031, 7],
            [None, None, None, None],
            [GHG, 114, 2031, None],
            [GHG, 115, 2031, "abc"],
        ]
    )
    issues = _rejected(db_copy, data, "värden.xlsx")
    assert issues == ["Rad 6, kolumn ”value”: ”abc” är inget tal; väntade t.ex. 12,5 eller 12.5."]
    data = _xlsx([["indicator_id", "region_code", "year", "value"], [GHG, 180, 2031, 3.25]])
    _import(db_copy, data, "värden.xlsx")
    assert _rows(db_copy, "SELECT region_code, value FROM indicator_value WHERE year = 2031") == [
        ("0180", 3.25)
    ]


def test_emissions_database_format(db_copy: Path) -> None:
    data = _xlsx(
        [
            ["Nationella emissionsdatabasen"],
            ["Växthusgaser totalt, ton CO2-ekvivalenter"],
            [],
            [None, None, None, None, 1990, 2015, 2022],
            ["Huvudsektor", "Undersektor", "Län", "Kommun"],
            ["Alla", "Alla", "Alla", "Alla", 70_000_000, 55_000_000, 45_000_000],
            ["Alla", "Alla", "Blekinge län", "Alla", 900_000, 700_000, 600_000],
            ["Alla", "Alla", "Blekinge län", "Karlshamn", 300_000, 250_000, "-"],
            ["Transporter", "Alla", "Blekinge län", "Karlshamn", 80_000, 70_000, 60_000],
            ["Transporter", "Vägtrafik", "Blekinge län", "Karlshamn", 70_000, 60_000, 50_000],
        ]
    )
    result = _import(db_copy, data, "emissioner.xlsx")
    assert result.indicator_count == 2
    assert result.row_count == 3 + 3 + 2 + 3
    assert result.missing.rows == (8,)
    rows = _rows(
        db_copy,
        "SELECT indicator_id, region_code, year, value FROM indicator_value "
        "WHERE indicator_id LIKE 'smhi_%' AND year = 2022 ORDER BY ALL",
    )
    assert rows == [
        ("smhi_ggt_total", "00", 2022, 45_000_000.0),
        ("smhi_ggt_total", "10", 2022, 600_000.0),
        ("smhi_ggt_transporter", "1082", 2022, 60_000.0),
    ]
    wrong = _xlsx(
        [
            ["Växthusgaser totalt"],
            [None, None, None, None, 2022],
            ["Huvudsektor", "Undersektor", "Län", "Kommun"],
            ["Alla", "Alla", "Blekinge län", "Karlshamm", 1],
        ]
    )
    issues = _rejected(db_copy, wrong, "fel.xlsx")
    assert issues == [
        "Rad 4, kolumn ”Kommun”: okänt regionnamn ”Karlshamm”. Menade du ”Karlshamn”?"
    ]


@pytest.mark.parametrize("kind", list(KINDS))
def test_templates_validate_and_list_allowed_values(
    db: duckdb.DuckDBPyConnection, kind: str
) -> None:
    context = load_context(db)
    for data, name in (
        (template_csv(KINDS[kind]), "mall.csv"),
        (template_xlsx(KINDS[kind]), "mall.xlsx"),
    ):
        table = read_table(data, name)
        assert len(table.frame) == 1, "only the example row is data"
        plan = validate(table, KINDS[kind], context)
        assert not plan.issues, plan.issues.report()
    text = template_csv(KINDS[kind]).decode("utf-8-sig")
    for column in KINDS[kind].columns:
        assert f"# {column.name} (" in text


def test_dry_run_writes_nothing(db_copy: Path) -> None:
    before = _digest(db_copy)
    result = (
        _import(db_copy, VALUES_HEADER + f"{GHG};0180;2031;1;T\n", dry_run=False) if False else None
    )
    del result
    result = import_file(
        db_copy,
        FileImport((VALUES_HEADER + f"{GHG};0180;2031;1;T\n").encode(), "x.csv"),
        dry_run=True,
    )
    assert result.dry_run and result.row_count == 1 and result.source_id is None
    assert _digest(db_copy) == before


def test_cli_import_reports_errors_and_succeeds(
    db_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("RUS_DB", str(db_copy))
    bad = tmp_path / "bad.csv"
    bad.write_text(VALUES_HEADER + f"{GHG};0180;2031;x;T\n", encoding="utf-8")
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "1 fel hittades – inget har skrivits till databasen." in err
    assert "Rad 2, kolumn ”value”" in err
    good = tmp_path / "good.csv"
    good.write_text(VALUES_HEADER + f"{GHG};0180;2031;2,5;T\n", encoding="utf-8")
    assert main(["import", str(good), "--kind", "values", "--by", "kim"]) == 0
    out = capsys.readouterr().out
    assert "Importerade 1 rader" in out and "undo" in out
    assert main(["sources"]) == 0
    assert "good.csv" in capsys.readouterr().out


def test_reader_sees_an_import_without_restart(db_copy: Path) -> None:
    version = database_version(db_copy)
    count = "SELECT count(*) FROM indicator_value WHERE year = 2031"
    with reading(db_copy) as reader:
        assert reader.cursor().execute(count).fetchall() == [(0,)]
    _import(db_copy, VALUES_HEADER + f"{GHG};0180;2031;2,5;T\n")
    assert database_version(db_copy) != version
    with reading(db_copy) as fresh:
        assert fresh.cursor().execute(count).fetchall() == [(1,)]


def test_row_numbers_follow_the_lines_of_the_file(db_copy: Path) -> None:
    text = (
        "objective_id;region_code;year;status;trend;comment\n"
        '2;20;2031;JA;POSITIV;"En kommentar\növer två rader"\n'
        "\n"
        "3;20;2031;kanske;POSITIV;\n"
        "#;20;2031;JA;POSITIV;\n"
        "# en anteckning utan data hoppas över\n"
    )
    assert _rejected(db_copy, text) == [
        "Rad 5, kolumn ”status”: ”kanske” är inte tillåtet; väntade JA, NÄRA eller NEJ.",
        "Rad 6, kolumn ”objective_id”: ”#” är inte ett miljömålsnummer (0–16).",
    ]


def test_an_unclosed_quote_is_named_where_it_opens(db_copy: Path) -> None:
    text = VALUES_HEADER + f'{GHG};01;2031;1;T\n"{GHG};01;2032;1;T\n{GHG};01;2033;1;T\n'
    assert _rejected(db_copy, text) == [
        "Rad 3: raden har 1 fält men rubrikraden har 5 (avgränsare: semikolon); ett "
        'citattecken (") öppnar ett fält som fortsätter till rad 4.'
    ]


def test_utf16_and_damaged_excel_are_named(db_copy: Path) -> None:
    utf16 = (VALUES_HEADER + f"{GHG};01;2031;1;T\n").encode("utf-16")
    assert _rejected(db_copy, utf16) == [
        "Rad 1: filen är sparad som UTF-16; spara den som CSV (UTF-8)."
    ]
    assert _rejected(db_copy, b"PK\x03\x04 not really a workbook", "x.xlsx") == [
        "Rad 1: Excel-filen kunde inte läsas; spara den som .xlsx och försök igen."
    ]
