"""Reading an export back as a spreadsheet user's program would: the CSV's "about" lines and
table with Python's csv module (``;`` in Swedish, ``,`` in English), the workbook with
openpyxl."""

from __future__ import annotations

import csv
import io

import openpyxl


def read_export_csv(content: bytes, separator: str = ";") -> tuple[dict[str, str], list[dict]]:
    """The about lines (label → value) and the table's rows (header → text) of a CSV export;
    the file must start with a byte-order mark."""
    assert content.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    lines = content.decode("utf-8-sig").split("\r\n")
    blank = lines.index("")
    about = dict(csv.reader(lines[:blank], delimiter=separator))
    rows = list(csv.DictReader(io.StringIO("\r\n".join(lines[blank + 1 :])), delimiter=separator))
    return about, rows


def read_export_xlsx(content: bytes) -> tuple[list[str], list[list], dict[str, str], list]:
    """Sheet names, the data sheet's rows (headers first), the about sheet and the data
    sheet's number formats by column (of its first data row)."""
    book = openpyxl.load_workbook(io.BytesIO(content))
    data, facts = book.worksheets[0], book.worksheets[1]
    rows = [[cell.value for cell in row] for row in data.iter_rows()]
    about = {str(row[0].value): str(row[1].value) for row in facts.iter_rows()}
    formats = [cell.number_format for cell in data[2]] if data.max_row > 1 else []
    return book.sheetnames, rows, about, formats
