"""Property tests: malformed files never crash the importer, never half-write, always name rows."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rus_data.db.connection import database_version
from rus_data.imports.issues import ImportRejected
from rus_data.imports.service import FileImport, import_file

SETTINGS = settings(
    max_examples=int(os.environ.get("RUS_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
INDICATOR = "ghg_emissions_per_capita"
REGIONS = ["00", "01", "14", "0180", "1480", "2584"]
HEADER = ["indicator_id", "region_code", "year", "value", "gender"]


@pytest.fixture(scope="module")
def property_db(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One writable copy for the module; failed imports never change it, successes replace."""
    target = tmp_path_factory.mktemp("prop") / "rus.duckdb"
    shutil.copyfile(demo_db_path, target)
    return target


def _import_rows(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as connection:
        return connection.execute(
            "SELECT count(*) FROM indicator_value v JOIN source s ON s.id = v.source_id "
            "WHERE s.name = 'prop.csv'"
        ).fetchall()[0][0]


def _attempt(path: Path, data: bytes, name: str = "prop.csv", kind: str | None = None):
    """Import and return (result, issues); anything but ImportRejected fails the test."""
    version = database_version(path)
    try:
        result = import_file(path, FileImport(data, name, kind, mode="replace"))
    except ImportRejected as rejection:
        assert database_version(path) == version, "a rejected file must not touch the database"
        assert rejection.issues.total >= 1
        for issue in rejection.issues.items:
            assert issue.row is not None, issue.text()
            assert issue.message and issue.text().startswith("Rad ")
        return None, rejection.issues
    return result, None


@SETTINGS
@given(data=st.binary(max_size=600))
def test_random_bytes_never_crash(property_db: Path, data: bytes) -> None:
    _attempt(property_db, data)


printable = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@SETTINGS
@given(
    cells=st.lists(st.lists(printable, min_size=0, max_size=7), min_size=1, max_size=8),
    separator=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "cp1252"]),
    kind=st.sampled_from([None, "values", "assessments", "region_groups", "interactions"]),
)
def test_random_tables_never_crash(
    property_db: Path, cells: list[list[str]], separator: str, encoding: str, kind: str | None
) -> None:
    lines = [separator.join(HEADER)] + [separator.join(row) for row in cells]
    data = "\n".join(lines).encode(encoding, errors="replace")
    _attempt(property_db, data, kind=kind)


valid_row = st.tuples(
    st.sampled_from(REGIONS),
    st.integers(2040, 2099),  # years the demo data does not use
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: f"{v:.3f}".replace(".", ",")),
    st.sampled_from(["T", "K", "M", ""]),
)
junk = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "NaN", "inf", "1e400", "12,5,3", "0181x", "Stokholm", "20 24", "-"]),
)


@SETTINGS
@given(
    rows=st.lists(
        valid_row, min_size=1, max_size=30, unique_by=lambda r: (r[0], r[1], r[3] or "T")
    ),
    target=st.integers(0, 29),
    column=st.integers(0, 4),
    replacement=junk,
)
def test_one_bad_cell_is_named_or_the_whole_file_lands(
    property_db: Path,
    rows: list[tuple],
    target: int,
    column: int,
    replacement: str,
) -> None:
    table = [[INDICATOR, region, str(year), value, gender] for region, year, value, gender in rows]
    target %= len(table)
    table[target][column] = replacement.replace(";", "").replace("\n", "").replace("\r", "")
    text = "\n".join(";".join(row) for row in [HEADER, *table]) + "\n"
    result, issues = _attempt(property_db, text.encode("utf-8"))
    bad_row = target + 2
    if result is not None:  # a missing-value marker is left out, counted and named
        assert result.missing.rows in ((), (bad_row,))
        assert result.row_count + result.missing.count == len(table)
        assert _import_rows(property_db) == result.row_count
        return
    named = {issue.row for issue in issues.items}
    mentioned = any(f"rad {bad_row} " in issue.message for issue in issues.items)
    assert bad_row in named or mentioned, issues.report()


@SETTINGS
@given(
    statuses=st.lists(
        st.tuples(
            st.sampled_from(["JA", "Ja", "ja", "NÄRA", "Nära", "NARA", "NEJ", "Nej", "kanske", ""]),
            st.sampled_from(["POSITIV", "Positiv", "Neutral", "Negativ", "Oklar", "upp", ""]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_assessment_vocabulary_all_or_nothing(
    property_db: Path, statuses: list[tuple[str, str]]
) -> None:
    lines = ["objective_id;region_code;year;status;trend"]
    assessed_in_dalarna = [2, 3, 4, 7, 8, 9, 11, 12, 13, 15, 16]
    lines += [
        f"{assessed_in_dalarna[i % 11]};20;{2040 + i // 11};{s};{t}"
        for i, (s, t) in enumerate(statuses)
    ]
    result, issues = _attempt(property_db, "\n".join(lines).encode(), "prop-a.csv")
    bad = [i + 2 for i, (s, t) in enumerate(statuses) if s in ("kanske", "") or t in ("upp", "")]
    if bad:
        assert result is None
        assert set(bad) <= {issue.row for issue in issues.items}
    else:
        assert result is not None and result.row_count == len(statuses)


excel_cell = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=15),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
)


@SETTINGS
@given(
    header=st.lists(st.sampled_from([*HEADER, "status", "trend", "objective_id", "x"]), max_size=6),
    cells=st.lists(st.lists(excel_cell, max_size=6), max_size=6),
)
def test_random_excel_sheets_never_crash(
    property_db: Path, header: list[str], cells: list[list[object]]
) -> None:
    import io

    from openpyxl import Workbook

    book = Workbook()
    for row in [header, *cells]:
        book.active.append([None if isinstance(v, float) and v != v else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    _attempt(property_db, buffer.getvalue(), "prop.xlsx")


# --- hostile sheet XML: whatever the byte scan lets through, the reader reads within bounds ---

row_numbers = st.one_of(
    st.none(),
    st.integers(0, 60).map(str),
    st.sampled_from(["1e1", " 7 ", "+3", "\u0663", "2.5", "x", "-1", "9" * 20, "1_0"]),
)
cell_refs = st.one_of(
    st.none(),
    st.sampled_from(["A1", "B7", "CV1", "CW1", "XFD1", "$A$1", "a1", "AAA1", "ZZ9", "A", "1"]),
)
cells = st.lists(st.tuples(cell_refs, st.sampled_from(["v", "is", "empty"])), max_size=8)


def _row_xml(number: str | None, row_cells: list[tuple[str | None, str]], p: str) -> bytes:
    r = f' r="{number}"' if number is not None else ""
    parts = []
    for ref, content in row_cells:
        at = f' r="{ref}"' if ref is not None else ""
        if content == "v":
            parts.append(f"<{p}c{at}><{p}v>1</{p}v></{p}c>")
        elif content == "is":
            parts.append(f'<{p}c{at} t="inlineStr"><{p}is><{p}t>x</{p}t></{p}is></{p}c>')
        else:
            parts.append(f"<{p}c{at}/>")
    return f"<{p}row{r}>{''.join(parts)}</{p}row>".encode()


@SETTINGS
@given(
    rows=st.lists(st.tuples(row_numbers, cells), max_size=40),
    prefix=st.sampled_from(["", "x"]),
    dimension=st.sampled_from([None, "A1", "A1:B2", "A1:CV40", "A1:XFD1048576", "A1:A99"]),
)
def test_what_the_sheet_scan_lets_through_is_read_within_bounds(
    property_db: Path, rows: list, prefix: str, dimension: str | None
) -> None:
    import pandas as pd

    from rus_data.imports import limits
    from tests.support.hostile_files import sheet, workbook

    p = f"{prefix}:" if prefix else ""
    data = workbook(sheet((_row_xml(n, c, p) for n, c in rows), dimension, prefix))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(limits, "MAX_ROWS", 30)
        try:
            limits.check_file(data, "x.xlsx")
        except ImportRejected as rejection:
            assert all(issue.row == 1 for issue in rejection.issues.items)
            return
    try:
        frame = pd.read_excel(io.BytesIO(data), header=None, dtype=str, engine="openpyxl")
    except Exception:
        return
    assert len(frame) <= 30 and len(frame.columns) <= 2 * limits.MAX_COLUMNS
    _attempt(property_db, data, "x.xlsx")
