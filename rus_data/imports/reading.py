"""Reading CSV and Excel files into text columns: encoding, separator and bad lines detected."""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from rus_data.imports.issues import ImportRejected, IssueList, rejected
from rus_data.imports.limits import MAX_COLUMNS
from rus_data.imports.memory import give_back_memory

XLSX_MAGIC = b"PK\x03\x04"
SEPARATORS = (";", ",", "\t")
HEADER_SEARCH_ROWS = 20  # the header is looked for among this many first rows
SEPARATOR_NAMES = {";": "semikolon", ",": "komma", "\t": "tabb"}
PLAIN_CSV_MIN_BYTES = 4 * 1024 * 1024  # from this size a simple CSV goes to Arrow's parser
CATEGORICAL_SHARE = 0.25
_SAMPLE_ROWS = 50_000
_HEAD_BYTES = 64 * 1024  # enough of a file's start for its title lines and header
_BLANK_LINE = re.compile(rb"\n[ \t\r]*\n")
# A superset of what str.strip() takes away, then "#" or the end: a blank or a note line.
_BLANK_OR_NOTE = r"^[\s\x0b\x1c-\x1f\x85\p{Z}]*(#|$)"


@dataclass(frozen=True)
class RawTable:
    """A file's cells as text. ``row`` holds each row's number as a spreadsheet shows it."""

    frame: pd.DataFrame
    encoding: str
    separator: str | None
    header_row: int = 1  # below any title rows

    @property
    def rows(self) -> pd.Series:
        """The row numbers (the header is row 1)."""
        return self.frame["__row__"]


def decode(data: bytes) -> tuple[str, str]:
    """Decode as UTF-8 (with or without BOM), else Windows-1252; return text and encoding."""
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise rejected(
            "filen är varken UTF-8 eller Windows-1252; spara den som CSV (UTF-8) och försök igen.",
            row=line,
        ) from None


def detect_separator(text: str) -> str:
    """The separator among ``;``, ``,`` and tab that the header line uses most."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: header.count(sep) for sep in SEPARATORS}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > 0 else ","


def _wrong_field_counts(text: str, separator: str) -> IssueList:
    """Rows whose number of fields differs from the header's, listed one by one."""
    issues = IssueList()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    expected = None
    last_line = 0
    try:
        for fields in reader:
            start, last_line = last_line + 1, reader.line_num
            if not fields:
                continue
            if expected is None:
                expected = len(fields)
                continue
            if len(fields) != expected:
                spans = (
                    f'; ett citattecken (") öppnar ett fält som fortsätter till rad {last_line}'
                    if last_line > start
                    else ""
                )
                issues.add(
                    start,
                    None,
                    f"raden har {len(fields)} fält men rubrikraden har {expected} "
                    f"(avgränsare: {SEPARATOR_NAMES[separator]}){spans}.",
                )
    except csv.Error:
        issues.add(max(reader.line_num, 1), None, "raden kunde inte tolkas som CSV.")
    if not issues:
        issues.add(
            _unbalanced_quote_line(text),
            None,
            'raden har ett citattecken (") som aldrig avslutas; kontrollera citattecknen.',
        )
    return issues


def _unbalanced_quote_line(text: str) -> int:
    """The line where a quoted field opens and does not close (1 if none is found)."""
    open_since = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.count('"') % 2:
            open_since = number if open_since is None else None
    return open_since or 1


def _record_start_lines(text: str, separator: str) -> list[int] | None:
    """The line each data record starts on, when quoted fields may span several lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    starts = []
    last_line = 0
    try:
        for index, _fields in enumerate(reader):
            if index > 0:
                starts.append(last_line + 1)
            last_line = reader.line_num
    except csv.Error:
        return None
    return starts


def _finish(
    frame: pd.DataFrame, first_data_row: int, row_numbers: list[int] | None = None
) -> pd.DataFrame:
    frame = frame.fillna("").astype(str)
    frame.columns = [str(c) for c in frame.columns]
    frame["__row__"] = (
        row_numbers
        if row_numbers is not None
        else range(first_data_row, first_data_row + len(frame))
    )
    cells = frame.drop(columns="__row__")
    if not len(cells.columns):
        return frame
    # Column by column, so that no stripped copy of the whole table is held at once.
    rest_empty = np.ones(len(frame), dtype=bool)
    for name in cells.columns[1:]:
        rest_empty &= (cells[name].str.strip() == "").to_numpy()
    first = cells.iloc[:, 0].str.strip()
    empty = rest_empty & (first == "").to_numpy()
    # A template's note lines: "#" first and nothing else on the line. A row with data after a
    # "#" is kept, so validation names it instead of it vanishing silently.
    comment = rest_empty & first.str.startswith("#").to_numpy()
    dropped = empty | comment
    if not dropped.any():
        return frame
    return frame.loc[~dropped].reset_index(drop=True)


def _filled(fields: list[str]) -> int:
    return sum(1 for f in fields if f.strip())


def _title_lines(text: str) -> int:
    """How many leading lines are titles or blank (at most one filled field whatever the
    separator) before a header with two or more fields; 0 when no such header follows."""
    lines = text.splitlines()[:HEADER_SEARCH_ROWS]
    for number, line in enumerate(lines):
        widest = max(_filled(next(csv.reader([line], delimiter=sep), [])) for sep in SEPARATORS)
        if widest >= 2:
            return number
    return 0


def read_csv_text(text: str) -> RawTable:
    """Parse CSV text with a detected separator; every cell stays text. Title lines above
    the header (as in SCB's exports) are skipped; row numbers stay those of the file."""
    skipped = _title_lines(text)
    if skipped:
        text = "\n".join(text.splitlines()[skipped:])
    try:
        table = _read_csv_body(text)
    except ImportRejected as refusal:
        if not skipped:
            raise
        shifted = IssueList()
        for issue in refusal.issues.items:
            row = None if issue.row is None else issue.row + skipped
            shifted.add(row, issue.column, issue.message)
        shifted.total = refusal.issues.total
        raise ImportRejected(shifted) from None
    if skipped:
        table.frame["__row__"] = table.frame["__row__"] + skipped
    return RawTable(table.frame, table.encoding, table.separator, skipped + 1)


def _plain_header(head: str, separator: str) -> list[str] | None:
    """The header fields of a plain file, or None when pandas should name a problem with
    them (an empty or repeated header)."""
    header = next(csv.reader([head.split("\n", 1)[0].rstrip("\r")], delimiter=separator), [])
    if len(set(header)) != len(header) or not all(h.strip() for h in header):
        return None
    return header


def _plain_csv(data: bytes) -> RawTable | None:
    """A large CSV file without quotes or blank lines, parsed from its bytes by Arrow.

    The general reader decodes the whole file to text and pandas holds every cell as an
    object; here no text copy is made, and a column with few distinct values (an indicator,
    a region code, a year) becomes a categorical of small codes. None when the file is not
    that simple, not UTF-8, or Arrow refuses it: the general reader then reads it and names
    any bad row.
    """
    if len(data) < PLAIN_CSV_MIN_BYTES or b'"' in data or _BLANK_LINE.search(data):
        return None
    body = memoryview(data)[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
    head = bytes(body[:_HEAD_BYTES]).decode("utf-8", errors="replace")
    skipped = _title_lines(head)
    head = "\n".join(head.splitlines()[skipped:])
    separator = detect_separator(head)
    header = _plain_header(head, separator)
    if header is None:
        return None
    try:
        table = pa_csv.read_csv(
            pa.BufferReader(pa.py_buffer(body)),
            read_options=pa_csv.ReadOptions(use_threads=False, skip_rows=skipped),
            parse_options=pa_csv.ParseOptions(delimiter=separator, quote_char=False),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(header, pa.string()), strings_can_be_null=False
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError, ValueError):
        return None
    columns = dict(zip(table.column_names, table.columns, strict=True))
    del table  # the columns are the only references now: each goes once it is converted
    return RawTable(_arrow_frame(columns, skipped + 2), "UTF-8", separator, skipped + 1)


def _arrow_frame(columns: dict[str, pa.ChunkedArray], first_data_row: int) -> pd.DataFrame:
    """Arrow's text columns as the frame the checks take, without the empty rows and the
    template's note lines (as :func:`_finish` leaves them out). Each column is taken out of
    ``columns`` as it is converted, so Arrow's copy shrinks while pandas' grows.

    Only a row whose first cell is blank or starts with ``#`` can be such a row; those few
    are found by a pattern (no copy of the column) and then judged as :func:`_finish` does.
    """
    names = list(columns)
    count = len(columns[names[0]])
    candidate = pc.match_substring_regex(columns[names[0]], _BLANK_OR_NOTE).to_numpy()
    positions = np.flatnonzero(candidate)
    keep = np.ones(count, dtype=bool)
    if len(positions):
        few = pa.table({n: columns[n].take(pa.array(positions)) for n in names}).to_pandas()
        kept = _finish(few.astype(str), 0)["__row__"].to_numpy()
        keep[np.delete(positions, kept)] = False
    rows = np.arange(first_data_row, first_data_row + count, dtype=np.int64)
    frame = pd.DataFrame(index=pd.RangeIndex(int(keep.sum())))
    for name in names:
        column = columns.pop(name)
        frame[name] = _arrow_column(column if keep.all() else column.filter(pa.array(keep)))
        del column
        give_back_memory()  # what this column's conversion freed, for the next
    frame["__row__"] = rows[keep]
    return frame


def _arrow_column(column: pa.ChunkedArray) -> pd.api.extensions.ExtensionArray:
    """A text column as pandas text, or as a categorical when its values repeat (at most
    one distinct value in :data:`CATEGORICAL_SHARE` of the rows): codes of one or two bytes
    a row instead of a string each. The file's first rows decide which is tried, so a column
    of numbers is not hashed whole only to find that its values hardly repeat."""
    head = column.slice(0, _SAMPLE_ROWS)
    if pc.count_distinct(head).as_py() <= max(len(head) * CATEGORICAL_SHARE, 1):
        encoded = column.dictionary_encode()
        distinct = max((len(chunk.dictionary) for chunk in encoded.chunks), default=0)
        if distinct <= max(len(column) * CATEGORICAL_SHARE, 1):
            return encoded.to_pandas().array
        del encoded
    return column.to_pandas().array


def _read_csv_body(text: str) -> RawTable:
    separator = detect_separator(text)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=separator,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.EmptyDataError:
        raise rejected(
            "filen är tom; den ska ha en rubrikrad och minst en datarad.", row=1
        ) from None
    except (pd.errors.ParserError, ValueError, csv.Error):
        raise ImportRejected(_wrong_field_counts(text, separator)) from None
    starts = _record_start_lines(text, separator) if '"' in text else None
    if starts is not None and len(starts) == len(frame):
        return RawTable(_finish(frame, 2, starts), "", separator)
    return RawTable(_finish(frame, 2), "", separator)


def header_position(grid: pd.DataFrame) -> int:
    """The position of the header among a sheet's first rows: the first row with two or more
    filled cells (title rows, often merged cells, fill one)."""
    head = grid.iloc[:HEADER_SEARCH_ROWS].fillna("").astype(str)
    filled = (head.apply(lambda col: col.str.strip()) != "").sum(axis=1).to_numpy()
    wide = [position for position, count in enumerate(filled) if count >= 2]
    return wide[0] if wide else 0


def _header_names(cells: list[object]) -> list[str]:
    names: list[str] = []
    for position, cell in enumerate(cells):
        text = "" if pd.isna(cell) else str(cell).strip()
        name = text or f"Unnamed: {position}"
        while name in names:
            name = f"{name}.1"
        names.append(name)
    return names


def read_xlsx(data: bytes) -> RawTable:
    """Read the first sheet of an Excel file; every cell becomes text. The header is found
    among the first rows, below any title rows; row numbers stay those of the sheet."""
    try:
        grid = pd.read_excel(
            io.BytesIO(data),
            sheet_name=0,
            header=None,
            dtype=str,
            keep_default_na=False,
            engine="openpyxl",
        )
    except Exception:  # openpyxl raises many kinds of errors on damaged files
        raise rejected(
            "Excel-filen kunde inte läsas; spara den som .xlsx och försök igen.", row=1
        ) from None
    if len(grid.columns) > MAX_COLUMNS:  # the byte scan is an upper bound; this is exact
        raise rejected(f"bladet har {len(grid.columns)} kolumner; högst {MAX_COLUMNS}.", row=1)
    if grid.empty:
        return RawTable(_finish(pd.DataFrame(), 2), "xlsx", None)
    position = header_position(grid)
    frame = grid.iloc[position + 1 :].reset_index(drop=True)
    frame.columns = _header_names(list(grid.iloc[position]))
    return RawTable(_finish(frame, position + 2), "xlsx", None, position + 1)


def read_table(data: bytes, filename: str = "") -> RawTable:
    """Read a CSV or .xlsx file given as bytes."""
    if data.startswith(XLSX_MAGIC) or filename.lower().endswith((".xlsx", ".xlsm")):
        return read_xlsx(data)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise rejected("filen är sparad som UTF-16; spara den som CSV (UTF-8).", row=1)
    if b"\x00" in data:
        issues = IssueList()
        for number, line in enumerate(data.split(b"\n"), start=1):
            if b"\x00" in line:
                issues.add(
                    number, None, "raden innehåller binära data (NUL); använd CSV eller .xlsx."
                )
        raise ImportRejected(issues)
    plain = _plain_csv(data)
    if plain is not None:
        return plain
    text, encoding = decode(data)
    table = read_csv_text(text)
    return RawTable(table.frame, encoding, table.separator, table.header_row)


_HEADER_SPACE = re.compile(r"[\s\-]+")


def normalise_header(name: str) -> str:
    """Header text in the canonical form: stripped, lower case, spaces as ``_``."""
    return _HEADER_SPACE.sub("_", name.strip().strip("\ufeff").lower())
