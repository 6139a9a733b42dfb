"""Hostile import files made on the fly: wide and long CSV, .xlsx with hand-written sheet XML.

The workbooks are real .xlsx zips (the other parts come from openpyxl) whose first sheet's
XML is written here, streamed into the zip, so a sheet can claim or hold anything: two
million rows in under a megabyte, a cell past column XFD, a 200 MB shared string.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from functools import cache

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@cache
def _base_parts() -> dict[str, bytes]:
    book = Workbook()
    book.active.append(["x"])
    buffer = io.BytesIO()
    book.save(buffer)
    archive = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    return {name: archive.read(name) for name in archive.namelist()}


def workbook(sheet_xml: Iterable[bytes], shared: Iterable[bytes] | None = None) -> bytes:
    """An .xlsx whose first sheet is the XML ``sheet_xml`` yields (and shared strings)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in _base_parts().items():
            if name != SHEET and not (name == STRINGS and shared is not None):
                out.writestr(name, data)
        with out.open(SHEET, "w") as stream:
            for piece in sheet_xml:
                stream.write(piece)
        if shared is not None:
            with out.open(STRINGS, "w") as stream:
                for piece in shared:
                    stream.write(piece)
    return buffer.getvalue()


def sheet(rows: Iterable[bytes], dimension: str | None = None, prefix: str = "") -> Iterator[bytes]:
    """Sheet XML around the row elements ``rows`` (already XML)."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{MAIN_NS}"' if prefix else f'xmlns="{MAIN_NS}"'
    yield f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {xmlns}>'.encode()
    if dimension:
        yield f'<{p}dimension ref="{dimension}"/>'.encode()
    yield f"<{p}sheetData>".encode()
    batch: list[bytes] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= 10_000:
            yield b"".join(batch)
            batch = []
    yield b"".join(batch)
    yield f"</{p}sheetData></{p}worksheet>".encode()


def numbered_rows(count: int, with_r: bool = True) -> Iterator[bytes]:
    """``count`` rows of one number each, with or without ``r`` attributes."""
    for number in range(1, count + 1):
        if with_r:
            yield f'<row r="{number}"><c r="A{number}"><v>{number}</v></c></row>'.encode()
        else:
            yield b"<row><c><v>1</v></c></row>"


def big_shared_string(megabytes: int) -> Iterator[bytes]:
    """Shared strings holding one string of ``megabytes`` MB."""
    yield (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}" count="1" '
        'uniqueCount="1"><si><t>'
    ).encode()
    block = b"a" * (1024 * 1024)
    for _ in range(megabytes):
        yield block
    yield b"</t></si></sst>"


def wide_csv(columns: int, rows: int = 1, separator: str = ";") -> bytes:
    """A CSV whose header has ``columns`` fields."""
    header = separator.join(f"k{i}" for i in range(columns))
    line = separator.join("1" for _ in range(columns))
    return "\n".join([header, *[line] * rows]).encode()
