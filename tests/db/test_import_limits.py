"""Bounds on import files: size, columns, rows, zip bombs; each refusal quick, in Swedish.

Also the emissions file's numbers and row numbers, bounded free text in every kind of file,
the real database error behind an aborted transaction, and copies left by killed imports.
"""

from __future__ import annotations

import io
import os
import time
import tracemalloc
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from openpyxl import Workbook

from rus_data.db.connection import database_version
from rus_data.imports import limits
from rus_data.imports.issues import ImportRejected
from rus_data.imports.service import FileImport, import_file
from rus_data.imports.transaction import remove_stale_copies, transaction_on_copy
from rus_data.imports.writer import Batch, SourceInfo, write_batch
from tests.support.hostile_files import (
    big_shared_string,
    numbered_rows,
    sheet,
    wide_csv,
    workbook,
)

MB = 1024 * 1024
QUICK = 5.0  # seconds; the refusals below take well under one on an idle machine
GHG = "ghg_emissions_per_capita"
VALUES_HEADER = "indicator_id;region_code;year;value;gender\n"


def _refusal(
    path: Path, data: bytes, name: str, kind: str | None = None
) -> tuple[list[str], float]:
    """Import ``data``; it must be refused without touching ``path``: (messages, seconds)."""
    before = database_version(path)
    started = time.perf_counter()
    with pytest.raises(ImportRejected) as error:
        substance = "GGT" if kind == "emissions" else None  # files without title rows
        import_file(path, FileImport(data, name, kind, substance=substance))
    seconds = time.perf_counter() - started
    assert database_version(path) == before
    return [issue.text() for issue in error.value.issues.sorted()], seconds


def _report(what: str, seconds: float) -> None:
    print(f"\n  refused {what} in {seconds:.3f} s")


# --- size, columns and rows -----------------------------------------------------------------


@pytest.mark.parametrize("columns", [10_000, 1_000_000])
def test_a_wide_csv_is_refused_from_its_header(db_copy: Path, columns: int) -> None:
    messages, seconds = _refusal(db_copy, wide_csv(columns), "bred.csv")
    _report(f"CSV with {columns} columns", seconds)
    count = f"{columns:,}".replace(",", " ")
    assert messages == [
        f"Rad 1: rubrikraden har {count} kolumner; högst 100 tillåts. Kontrollera avgränsaren "
        "eller ta bort tomma kolumner."
    ]
    assert seconds < QUICK


def test_a_csv_with_more_rows_than_the_limit_is_refused(db_copy: Path) -> None:
    data = (VALUES_HEADER + "01;2031\n" * 5_100_000).encode()  # short rows: under 100 MB
    messages, seconds = _refusal(db_copy, data, "lang.csv")
    _report(f"CSV with 5 100 001 lines ({len(data) // MB} MB)", seconds)
    assert messages[0].startswith("Rad 1: filen har fler än 5 000 000 rader")
    assert seconds < QUICK


def test_blank_lines_count_as_rows(db_copy: Path) -> None:
    data = VALUES_HEADER.encode() + b"\n" * 6_000_000
    messages, seconds = _refusal(db_copy, data, "tomt.csv")
    _report("CSV with six million blank lines", seconds)
    assert "fler än 5 000 000 rader" in messages[0]
    assert seconds < QUICK


def test_a_file_past_the_byte_limit_is_refused_unread(db_copy: Path) -> None:
    data = VALUES_HEADER.encode() + b"x" * (limits.MAX_FILE_BYTES + 1)
    messages, seconds = _refusal(db_copy, data, "stor.csv")
    _report("a 100 MB file", seconds)
    assert messages == [
        "Rad 1: filen är 100 MB; högst 100 MB kan importeras; dela upp filen eller spara bara "
        "de rader och kolumner som ska importeras."
    ]
    assert seconds < 1.0


@pytest.mark.parametrize(
    ("label", "rows", "dimension"),
    [
        ("2 000 000 rows, dimension stated", lambda: numbered_rows(2_000_000), "A1:A2000000"),
        ("2 000 000 rows with numbers", lambda: numbered_rows(2_000_000), None),
        ("2 000 000 rows without numbers", lambda: numbered_rows(2_000_000, with_r=False), None),
        ("one row numbered 2 000 000", lambda: [b'<row r="2000000"><c><v>1</v></c></row>'], None),
        ("a row numbered 2e6", lambda: [b'<row r="2e6"><c r="A1"><v>1</v></c></row>'], None),
        ("a row numbered in Arabic digits", lambda: ['<row r="٢٠٠٠٠٠٠"/>'.encode()], None),
    ],
)
def test_an_xlsx_that_expands_to_millions_of_rows_is_refused(
    db_copy: Path, label: str, rows, dimension: str | None
) -> None:
    data = workbook(sheet(rows(), dimension))
    messages, seconds = _refusal(db_copy, data, "rader.xlsx")
    _report(f"xlsx of {len(data) // 1024} KB: {label}", seconds)
    assert messages == [
        "Rad 1: Excel-bladet har fler än 1 048 576 rader (Excels gräns); dela upp filen eller "
        "spara bara de rader och kolumner som ska importeras."
    ]
    assert seconds < QUICK


@pytest.mark.parametrize(
    ("label", "rows", "dimension"),
    [
        ("a cell in column XFD", [b'<row r="1"><c r="XFD1"><v>1</v></c></row>'], None),
        ("a cell in column CW (101)", [b'<row r="1"><c r="CW1"><v>1</v></c></row>'], None),
        ("dimension A1:ZZ9", [b'<row r="1"><c r="A1"><v>1</v></c></row>'], "A1:ZZ9"),
        ("a row of a million cells", [b"<row>" + b"<c><v>1</v></c>" * 1_000_000 + b"</row>"], None),
        (
            "cells without numbers after column 99",
            [b'<row><c r="CU1"><v>1</v></c>' + b"<c><v>2</v></c>" * 101 + b"</row>"],
            None,
        ),
    ],
)
def test_an_xlsx_wider_than_the_limit_is_refused(
    db_copy: Path, label: str, rows: list[bytes], dimension: str | None
) -> None:
    messages, seconds = _refusal(db_copy, workbook(sheet(rows, dimension)), "bred.xlsx")
    _report(f"xlsx with {label}", seconds)
    assert messages[0].startswith("Rad 1: Excel-bladet har fler än 100 kolumner")
    assert seconds < QUICK


def test_a_200_mb_single_cell_xlsx_is_refused_before_unpacking(db_copy: Path) -> None:
    data = workbook(
        sheet([b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>']), big_shared_string(200)
    )
    tracemalloc.start()
    messages, seconds = _refusal(db_copy, data, "en cell.xlsx")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    _report(f"xlsx of {len(data) // 1024} KB whose one cell unpacks to 200 MB", seconds)
    print(f"  peak memory while refusing: {peak / MB:.1f} MB")
    assert "packas upp till mer än" in messages[0] and "sharedStrings.xml" in messages[0]
    assert seconds < 1.0 and peak < 20 * MB


def test_a_huge_inline_cell_is_refused_while_streaming(db_copy: Path) -> None:
    cell = b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + b"a" * (20 * MB) + b"</t></is></c></row>"
    messages, seconds = _refusal(db_copy, workbook(sheet([cell])), "lang cell.xlsx")
    _report("xlsx with a 20 MB inline cell", seconds)
    assert "mer text än Excel tillåter" in messages[0]
    assert seconds < QUICK


@pytest.mark.parametrize(
    ("label", "xml"),
    [
        ("a DTD", b'<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>'),
        ("UTF-16", '<?xml version="1.0" encoding="UTF-16"?><worksheet/>'.encode("utf-16")),
        (
            "an entity in a reference",
            b'<worksheet><sheetData><row r="&#49;"/></sheetData></worksheet>',
        ),
    ],
)
def test_unusual_sheet_xml_is_refused(db_copy: Path, label: str, xml: bytes) -> None:
    messages, _seconds = _refusal(db_copy, workbook([xml]), "konstig.xlsx")
    assert "spara om den" in messages[0], label


def test_ordinary_workbooks_pass_the_scan(db_copy: Path) -> None:
    book = Workbook()
    book.active.append(["indicator_id", "region_code", "year", "value"])
    for number in range(2000):
        book.active.append([GHG, "0180", 2040 + number % 50, number / 7])
    book.active.column_dimensions["CZ"].width = 20  # formatting far right is not data
    buffer = io.BytesIO()
    book.save(buffer)
    limits.check_file(buffer.getvalue(), "ok.xlsx")
    prefixed = workbook(sheet([b'<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>'], prefix="x"))
    limits.check_file(prefixed, "prefix.xlsx")
    with pytest.raises(ImportRejected, match="rader"):
        limits.check_file(workbook(sheet(numbered_rows(1_048_577), prefix="x")), "p.xlsx")


def test_a_namespace_prefix_does_not_hide_rows(db_copy: Path) -> None:
    rows = (row.replace(b"<", b"<x:").replace(b"<x:/", b"</x:") for row in numbered_rows(1_100_000))
    messages, seconds = _refusal(db_copy, workbook(sheet(rows, prefix="x")), "x.xlsx")
    _report("prefixed xlsx of 1 100 000 rows", seconds)
    assert "fler än 1 048 576 rader" in messages[0]


# --- the emissions file ---------------------------------------------------------------------

EMISSIONS_HEADER = "Huvudsektor;Undersektor;Län;Kommun;2022\n"


def test_emission_row_numbers_count_blank_and_title_lines(db_copy: Path) -> None:
    text = (
        "Nationella emissionsdatabasen\n"
        "Växthusgaser, ton CO2-ekvivalenter\n"
        "\n"
        + EMISSIONS_HEADER
        + "Alla;Alla;Alla;Alla;1\n"
        + "\n\n"
        + "Alla;Alla;Blekinge län;Karlshamm;2\n"
        + 'Alla;Alla;Blekinge län;"Karls\nhamn";3\n'
        + "Alla;Alla;Blekinge län;Ronneby;x\n"
    )
    messages, _seconds = _refusal(db_copy, text.encode(), "utslapp.csv", "emissions")
    assert [m.split(": ")[0] for m in messages] == [
        "Rad 8, kolumn ”Kommun”",  # after two title lines, a blank one and two more blank
        "Rad 9, kolumn ”Kommun”",  # a quoted name over lines 9 and 10
        "Rad 11, kolumn ”2022”",
    ]
    assert messages[0].endswith("okänt regionnamn ”Karlshamm”. Menade du ”Karlshamn”?")


def test_emission_titles_before_the_header_keep_the_data(db_copy: Path) -> None:
    text = "Titel\n\n" + EMISSIONS_HEADER + "Alla;Alla;Alla;Alla;45 000 000\n"
    job = FileImport(text.encode(), "utslapp.csv", "emissions", substance="GGT")
    result = import_file(db_copy, job)
    assert result.row_count == 1


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("inf", "”inf” är inget ändligt tal inom ±10^15 och lagras inte."),
        ("-Infinity", "”-Infinity” är inget ändligt tal inom ±10^15 och lagras inte."),
        ("nan", "”nan” är inget ändligt tal inom ±10^15 och lagras inte."),
        ("1e309", "”1e309” är inget ändligt tal inom ±10^15 och lagras inte."),
        ("1e16", "”1e16” är inget ändligt tal inom ±10^15 och lagras inte."),
        ("١٢", "”١٢” är inget tal; väntade t.ex. 12,5 eller 12.5."),
        ("１２", "”１２” är inget tal; väntade t.ex. 12,5 eller 12.5."),
        ("1_000", "”1_000” är inget tal; väntade t.ex. 12,5 eller 12.5."),
    ],
)
def test_emission_numbers_must_be_finite_ascii_and_sane(
    db_copy: Path, cell: str, expected: str
) -> None:
    text = EMISSIONS_HEADER + "Alla;Alla;Alla;Alla;1\n" + f"Alla;Alla;Blekinge län;Alla;{cell}\n"
    messages, _seconds = _refusal(db_copy, text.encode(), "utslapp.csv", "emissions")
    assert messages == [f"Rad 3, kolumn ”2022”: {expected}"]


def test_emission_sector_names_are_bounded(db_copy: Path) -> None:
    long_name = "Transporter " * 30
    text = (
        EMISSIONS_HEADER
        + f"{long_name};Alla;Alla;Alla;1\n"
        + "Trans\x1b[2Jporter;Alla;Alla;Alla;1\n"
    )
    messages, _seconds = _refusal(db_copy, text.encode(), "utslapp.csv", "emissions")
    assert messages == [
        "Rad 2, kolumn ”Huvudsektor”: texten är 359 tecken lång; högst 200 tillåts.",
        "Rad 3, kolumn ”Huvudsektor”: texten innehåller ett styrtecken (U+001B) på plats 6; "
        "ta bort det.",
    ]


# --- bounded free text in files --------------------------------------------------------------

INDICATOR_HEADER = (
    "id;name_sv;name_en;unit;unit_en;better;finest_level;aggregation;description_sv\n"
)


def test_free_text_in_files_is_bounded(db_copy: Path) -> None:
    text = (
        INDICATOR_HEADER
        + f"a1;{'N' * 301};Name;ton;tonnes;lower;kommun;sum;\n"
        + "a2;Namn;Name;ton\x07;tonnes;lower;kommun;sum;\n"
        + f"a3;Namn;Name;ton;tonnes;lower;kommun;sum;{'d' * 5001}\n"
        + "a4;Namn\u202e;Name;ton;tonnes;lower;kommun;sum;\n"
        + 'a5;Namn;Name;ton;tonnes;lower;kommun;sum;"två\nrader går bra"\n'
    )
    messages, _seconds = _refusal(db_copy, text.encode(), "ind.csv", "indicators")
    assert messages == [
        "Rad 2, kolumn ”name_sv”: texten är 301 tecken lång; högst 300 tillåts.",
        "Rad 3, kolumn ”unit”: texten innehåller ett styrtecken (U+0007) på plats 4; ta bort det.",
        "Rad 4, kolumn ”description_sv”: texten är 5 001 tecken lång; högst 5 000 tillåts.",
        "Rad 5, kolumn ”name_sv”: texten innehåller ett styrtecken (U+202E) på plats 5; ta bort "
        "det.",
    ]


def test_group_names_comments_and_rationales_are_bounded(db_copy: Path) -> None:
    groups = "group_set;group_code;group_name;region_code\n" + f"s;A1;{'G' * 201};0180\n"
    messages, _seconds = _refusal(db_copy, groups.encode(), "grupper.csv", "region_groups")
    assert messages == ["Rad 2, kolumn ”group_name”: texten är 201 tecken lång; högst 200 tillåts."]
    comment = "objective_id;region_code;year;status;trend;comment\n2;20;2031;JA;POSITIV;a\x1bb\n"
    messages, _seconds = _refusal(db_copy, comment.encode(), "bed.csv", "assessments")
    assert messages == [
        "Rad 2, kolumn ”comment”: texten innehåller ett styrtecken (U+001B) på plats 2; "
        "ta bort det."
    ]


def test_a_file_name_that_cannot_be_a_source_name_is_refused(db_copy: Path) -> None:
    data = (VALUES_HEADER + f"{GHG};0180;2031;1;T\n").encode()
    messages, _seconds = _refusal(db_copy, data, "v" * 250 + ".csv")
    assert messages == ["filnamnet: texten är 254 tecken lång; högst 200 tillåts."]


# --- the real error behind an aborted transaction --------------------------------------------


def test_a_constraint_error_reaches_the_user_in_swedish(db_copy: Path) -> None:
    rows = pd.DataFrame(
        {
            "indicator_id": [GHG],
            "region_code": ["0180"],
            "year": [1800],
            "gender": ["T"],
            "value": [1.0],
        }
    )
    before = database_version(db_copy)
    with pytest.raises(ImportRejected) as error:
        write_batch(db_copy, Batch.indicator_values(rows), SourceInfo("x", "import", "t"), "append")
    text = str(error.value)
    assert "ett värde i tabellen indicator_value är utanför det tillåtna" in text
    assert "CHECK" in text and "aborted" not in text
    assert database_version(db_copy) == before


def test_cleanup_in_an_aborted_transaction_does_not_hide_the_error(db_copy: Path) -> None:
    def work(connection: duckdb.DuckDBPyConnection) -> None:
        try:
            connection.execute("INSERT INTO meta VALUES (NULL, 'x')")
        finally:
            connection.execute("SELECT 1")  # a cleanup statement in the aborted transaction

    with pytest.raises(ImportRejected) as error:
        transaction_on_copy(db_copy, work)
    text = str(error.value)
    assert "fältet meta.key saknar värde" in text and "aborted" not in text


# --- copies left by killed imports -----------------------------------------------------------


def _leftovers(path: Path, age_seconds: float) -> list[Path]:
    made = []
    for pid in (4242, 4343):
        for suffix in ("", ".wal"):
            copy = path.with_name(f".{path.name}.{pid}.importing{suffix}")
            copy.write_bytes(b"copy")
            stamp = time.time() - age_seconds
            os.utime(copy, (stamp, stamp))
            made.append(copy)
    return made


def test_stale_copies_are_removed_at_the_next_import(db_copy: Path) -> None:
    old = _leftovers(db_copy, 3600)
    fresh = db_copy.with_name(f".{db_copy.name}.5555.importing")
    fresh.write_bytes(b"a running import's copy, one minute old")
    other_database = db_copy.with_name(".other.duckdb.4242.importing")
    other_database.write_bytes(b"not ours")
    os.utime(other_database, (time.time() - 3600,) * 2)
    import_file(db_copy, FileImport((VALUES_HEADER + f"{GHG};0180;2031;1;T\n").encode(), "v.csv"))
    assert not any(p.exists() for p in old)
    assert fresh.exists() and other_database.exists()


def test_stale_copies_are_left_while_a_writer_holds_the_lock(db_copy: Path) -> None:
    import fcntl

    from rus_data.db.lock import lock_path

    old = _leftovers(db_copy, 3600)
    with open(lock_path(db_copy), "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert remove_stale_copies(db_copy) == []
        assert all(p.exists() for p in old)
    assert sorted(remove_stale_copies(db_copy)) == sorted(old)
