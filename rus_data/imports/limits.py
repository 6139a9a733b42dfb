"""Bounds on an import file, checked before any parser sees it, so a refusal is quick.

A file may hold at most :data:`MAX_FILE_BYTES` bytes, :data:`MAX_COLUMNS` columns and, the
header included, :data:`MAX_ROWS` rows in an Excel sheet (Excel's own limit) or
:data:`MAX_CSV_ROWS` lines in a CSV file (a national values file: every region, indicator and
year, about 3.4 million rows). For CSV the header line is
counted; for .xlsx the zip directory is read first (how large every part unpacks to: a zip
bomb is refused before it is unpacked), then the first sheet's XML is streamed through byte
counts without building any cell, and refused at the first row or column past the limits.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from itertools import repeat
from typing import IO
from xml.etree import ElementTree

from rus_data.imports.issues import ImportRejected, rejected

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 1_048_576
MAX_CSV_ROWS = 5_000_000
MAX_COLUMNS = 100
MAX_XLSX_PARTS = 1000
MAX_SHEET_XML_BYTES = 256 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
MAX_OTHER_PART_BYTES = 16 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
# Excel holds at most 32 767 characters in a cell: in UTF-8, with entities, under 256 KiB.
MAX_TEXT_BYTES = 256 * 1024
XLSX_MAGIC = b"PK\x03\x04"
_CHUNK = 1024 * 1024
_MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PREFIX = re.compile(rb"xmlns:([A-Za-z_][\w.\-]*)\s*=\s*[\"']" + re.escape(_MAIN_NS) + rb"[\"']")
_ROW_R = re.compile(rb"<row [^>]*?\br=[\"']([^\"']*)[\"']")
_ROW_R_FIRST = re.compile(rb'<row r="([^"]*)"')  # how Excel, LibreOffice and openpyxl write it
# A reference whose column is past CV (column 100): three letters, or two beyond CV.
_WIDE_REF = re.compile(rb" r=[\"']\$?(?:[A-Za-z]{3}|[D-Zd-z][A-Za-z]|[Cc][W-Zw-z])")
_ENTITY_IN_REF = re.compile(rb" r=[\"'][^\"'<>]*&")
_EQUALS = re.compile(rb" *= *")
_DIMENSION = re.compile(rb"<dimension ref=[\"'][^\"':]*:?\$?([A-Za-z]{1,3})\$?([0-9]{1,9})[\"']")
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
_SPACE_TO_BLANK = bytes.maketrans(b"\t\n\r", b"   ")
_ASCII_ENCODINGS = re.compile(rb"(utf-?8|us-ascii|ascii|iso-8859-\d+|windows-125\d|cp125\d)", re.I)


def _unreadable() -> ImportRejected:
    return rejected("Excel-filen kunde inte läsas; spara den som .xlsx och försök igen.", row=1)


def _unusual() -> ImportRejected:
    return rejected("Excel-filen är kodad på ett sätt som inte stöds; spara om den.", row=1)


def _thousands(count: int) -> str:
    return f"{count:,}".replace(",", " ")


def _too_large(what: str) -> ImportRejected:
    return rejected(
        f"{what}; dela upp filen eller spara bara de rader och kolumner som ska importeras.",
        row=1,
    )


def _too_many_csv_rows() -> ImportRejected:
    return _too_large(f"filen har fler än {_thousands(MAX_CSV_ROWS)} rader (rubrikraden inräknad)")


def _too_many_rows() -> ImportRejected:
    return _too_large(f"Excel-bladet har fler än {_thousands(MAX_ROWS)} rader (Excels gräns)")


def _too_many_columns() -> ImportRejected:
    return _too_large(f"Excel-bladet har fler än {MAX_COLUMNS} kolumner")


def check_file(data: bytes, filename: str = "") -> None:
    """Refuse a file past the size, row or column limits (before it is parsed)."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(
            f"filen är {_thousands(len(data) // 1024 // 1024)} MB; högst "
            f"{_thousands(MAX_FILE_BYTES // 1024 // 1024)} MB kan importeras"
        )
    if data.startswith(XLSX_MAGIC) or filename.lower().endswith((".xlsx", ".xlsm")):
        check_xlsx(data)
    else:
        check_csv(data)


def _first_line(data: bytes) -> tuple[bytes, int]:
    """The first non-blank line and its line number."""
    rest = data.lstrip(b" \t\r\n")
    number = data[: len(data) - len(rest)].count(b"\n") + 1
    end = rest.find(b"\n")
    return (rest if end < 0 else rest[:end]), number


def check_csv(data: bytes) -> None:
    """Refuse a CSV file whose header has too many columns or that has too many rows."""
    header, line = _first_line(data)
    counts = {sep: header.count(sep.encode()) for sep in (";", ",", "\t")}
    separator = max(counts, key=lambda sep: counts[sep])
    if counts[separator] + 1 > MAX_COLUMNS:
        fields = next(csv.reader([header.decode("utf-8", "replace")], delimiter=separator), [])
        if len(fields) > MAX_COLUMNS:
            raise rejected(
                f"rubrikraden har {_thousands(len(fields))} kolumner; högst {MAX_COLUMNS} "
                "tillåts. Kontrollera avgränsaren eller ta bort tomma kolumner.",
                row=line,
            )
    lines = data.count(b"\n") + (not data.endswith(b"\n"))
    if lines <= MAX_CSV_ROWS:
        return
    if b'"' not in data:  # no quoted field can span lines: every line is a row
        raise _too_many_csv_rows()
    text = io.StringIO(data.decode("utf-8", "replace"), newline="")
    try:
        for records, _fields in enumerate(csv.reader(text, delimiter=separator), start=1):
            if records > MAX_CSV_ROWS:
                raise _too_many_csv_rows()
    except csv.Error:
        return  # the reader names the broken line


def _zip_parts(data: bytes) -> zipfile.ZipFile:
    """The workbook's zip, its directory checked against the unpacked-size limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except _ZIP_ERRORS:
        raise _unreadable() from None
    if len(parts) > MAX_XLSX_PARTS:
        raise _too_large(f"Excel-filen består av {_thousands(len(parts))} delar")
    total = 0
    for part in parts:
        name = part.filename
        if not name.lower().endswith((".xml", ".rels", ".vml")):
            continue  # pictures and the like, which the reader never unpacks
        if name.startswith("xl/worksheets/"):
            limit = MAX_SHEET_XML_BYTES
        elif name.endswith("sharedStrings.xml"):
            limit = MAX_SHARED_STRINGS_BYTES
        else:
            limit = MAX_OTHER_PART_BYTES
        total += part.file_size
        if part.file_size > limit or total > MAX_UNPACKED_BYTES:
            raise _too_large(
                f"Excel-filen packas upp till mer än {_thousands(min(limit, total) // 2**20)} MB "
                f"({name})"
            )
    return archive


def _first_sheet(archive: zipfile.ZipFile) -> list[str]:
    """The zip path of the first sheet (as openpyxl and pandas read it), or every sheet."""
    sheets = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/"))
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        first = next(e for e in book.iter() if e.tag.endswith("}sheet"))
        rel_id = first.get(f"{_REL_NS}id")
        target = next(e.get("Target", "") for e in rels.iter() if e.get("Id") == rel_id)
    except (KeyError, StopIteration, ElementTree.ParseError, *_ZIP_ERRORS):
        return sheets
    path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    path = posixpath.normpath(path)
    return [path] if path in archive.namelist() else sheets


def _row_number(raw: bytes) -> int:
    """One row's ``r`` attribute read the way openpyxl reads it (``int``, else a whole float);
    anything unreadable counts as past the limit."""
    text = raw.decode("utf-8", "replace")
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
        return int(number) if number.is_integer() else MAX_ROWS + 1
    except (ValueError, OverflowError):
        return MAX_ROWS + 1


def _largest_row(tags: list[bytes]) -> int:
    """The largest row number among ``r`` attributes (0 when there are none)."""
    try:
        return max(map(int, tags), default=0)
    except ValueError:
        return max(map(_row_number, tags))


def _normalised(body: bytes, prefixes: set[bytes]) -> bytes:
    """``body`` with blanks for whitespace, no blanks around ``=``, prefixes of the main
    namespace dropped, and the start tags of rows and cells as ``<row `` and ``<c ``."""
    if b"\t" in body or b"\n" in body or b"\r" in body:
        body = body.translate(_SPACE_TO_BLANK)
    if b" =" in body or b"= " in body:
        body = _EQUALS.sub(b"=", body)
    for prefix in prefixes:
        body = body.replace(b"<" + prefix + b":", b"<")
    for short, usual in (
        (b"<row>", b"<row >"),
        (b"<row/", b"<row /"),
        (b"<c>", b"<c >"),
        (b"<c/", b"<c /"),
    ):
        if short in body:
            body = body.replace(short, usual)
    return body


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The stream in pieces of about a megabyte, each cut before a ``<`` so no tag is split."""
    tail = b""
    while chunk := stream.read(_CHUNK):
        data = tail + chunk
        cut = data.rfind(b"<")
        cut = len(data) if cut <= 0 else cut
        yield data[:cut]
        tail = data[cut:]
    if tail:
        yield tail


def _count_rows(archive: zipfile.ZipFile, name: str) -> None:
    """A first, quick pass: refuse a sheet in an odd encoding, with a stated size past the
    limits, or with more row tags than the limit."""
    rows = 0
    prefixes: set[bytes] = set()
    with archive.open(name) as stream:
        for number, raw in enumerate(_chunks(stream)):
            if b"xmlns:" in raw:
                prefixes.update(_PREFIX.findall(raw))
            if number == 0:
                _check_encoding(raw)
                _check_dimension(_normalised(raw, prefixes))
            rows += raw.count(b"<row") + sum(raw.count(b"<" + p + b":row") for p in prefixes)
            if rows > MAX_ROWS:
                raise _too_many_rows()


def _scan_sheet(archive: zipfile.ZipFile, name: str) -> None:
    """Stream one sheet's XML again and refuse it at the first sign of too many rows or
    columns, or of a text longer than a cell can hold.

    Counts are upper bounds: rows are row tags or the largest row number plus the rows
    without one; a row's width is its number of cells, and no cell may name a column past
    the limit.
    """
    rows = rowless = largest = open_cells = open_size = 0
    prefixes: set[bytes] = set()
    with archive.open(name) as stream:
        for raw in _chunks(stream):
            if b"xmlns:" in raw:
                prefixes.update(_PREFIX.findall(raw))
            body = _normalised(raw, prefixes)
            if b"<!" in body and (b"<!DOCTYPE" in body or b"<!ENTITY" in body):
                raise _unusual()
            if b"&" in body and _ENTITY_IN_REF.search(body):
                raise _unusual()
            starts = body.count(b"<row ")
            numbered = _ROW_R_FIRST.findall(body)
            if len(numbered) != starts:
                numbered = _ROW_R.findall(body)
            rows += starts
            rowless += starts - len(numbered)
            largest = max(largest, _largest_row(numbered))
            if max(rows, largest + rowless) > MAX_ROWS:
                raise _too_many_rows()
            pieces = body.split(b"<row ")
            sizes = list(map(len, pieces))
            sizes[0] += open_size
            open_size = sizes[-1]
            if max(sizes) > MAX_TEXT_BYTES:
                _check_text_lengths(body)
            cells = list(map(bytes.count, pieces, repeat(b"<c ")))
            cells[0] += open_cells
            open_cells = cells[-1]
            if max(cells) > MAX_COLUMNS or _WIDE_REF.search(body):
                raise _too_many_columns()


def _check_text_lengths(body: bytes) -> None:
    """Refuse a text or tag longer than any cell can hold."""
    if b"<" not in body or max(map(len, body.split(b"<"))) > MAX_TEXT_BYTES:
        raise _too_large("Excel-filen har en cell med mer text än Excel tillåter (32 767 tecken)")


def _scan_texts(archive: zipfile.ZipFile, name: str) -> None:
    """Stream a part such as the shared strings and refuse an overlong text in it."""
    with archive.open(name) as stream:
        for raw in _chunks(stream):
            _check_text_lengths(raw)


def _check_dimension(start: bytes) -> None:
    """Refuse at once a sheet whose stated size (``<dimension>``) is past the limits."""
    found = _DIMENSION.search(start)
    if not found:
        return
    letters, row = found.group(1).upper(), int(found.group(2))
    column = 0
    for letter in letters:
        column = column * 26 + letter - 64
    if row > MAX_ROWS:
        raise _too_many_rows()
    if column > MAX_COLUMNS:
        raise _too_many_columns()


def _check_encoding(start: bytes) -> None:
    """Refuse sheet XML in an encoding whose tags are not ASCII bytes (UTF-16 and the like)."""
    head = start[:200]
    declared = re.search(rb"encoding\s*=\s*[\"']([^\"']+)", head)
    ascii_start = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    if not ascii_start or (declared and not _ASCII_ENCODINGS.fullmatch(declared.group(1))):
        raise rejected("Excel-filen har ett blad i en ovanlig teckenkodning; spara om den.", row=1)


def check_xlsx(data: bytes) -> None:
    """Refuse an .xlsx file that unpacks too large or whose first sheet is too big."""
    archive = _zip_parts(data)
    try:
        with archive:
            for name in _first_sheet(archive):
                _count_rows(archive, name)
                _scan_sheet(archive, name)
            for name in archive.namelist():
                if name.endswith("sharedStrings.xml"):
                    _scan_texts(archive, name)
    except _ZIP_ERRORS:
        raise _unreadable() from None
