"""Downloadable templates for every import format, as CSV and Excel, with an example row.

The CSV template lists the allowed values on lines starting with ``#``, which the importer
skips; the Excel template has them on a second sheet.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

from rus_data.imports.kinds import ImportKind

COMMENT_PREFIX = "#"


def template_csv(kind: ImportKind) -> bytes:
    """A UTF-8 CSV template (semicolon separated, as Swedish Excel expects)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.name for c in kind.columns])
    writer.writerow([kind.example.get(c.name, "") for c in kind.columns])
    writer.writerow([f"{COMMENT_PREFIX} Mall för {kind.label_sv}. Ta bort exempelraden."])
    for column in kind.columns:
        need = "obligatorisk" if column.required else "frivillig"
        writer.writerow([f"{COMMENT_PREFIX} {column.name} ({need}): {column.allowed_sv}"])
    return buffer.getvalue().encode("utf-8-sig")


def template_xlsx(kind: ImportKind) -> bytes:
    """An Excel template: the data sheet with an example row, and a sheet of allowed values."""
    book = Workbook()
    data = book.active
    data.title = "Data"
    data.append([c.name for c in kind.columns])
    data.append([kind.example.get(c.name, "") for c in kind.columns])
    for index, column in enumerate(kind.columns, start=1):
        cell = data.cell(row=1, column=index)
        cell.font = Font(bold=True)
        letter = cell.column_letter
        data.column_dimensions[letter].width = max(14, len(column.name) + 4)
        for row in range(2, 1001):
            data.cell(row=row, column=index).number_format = "@"  # keep leading zeros
    allowed = book.create_sheet("Tillåtna värden")
    allowed.append(["kolumn", "obligatorisk", "tillåtna värden"])
    for cell in allowed[1]:
        cell.font = Font(bold=True)
    for column in kind.columns:
        allowed.append([column.name, "ja" if column.required else "nej", column.allowed_sv])
    allowed.column_dimensions["A"].width = 18
    allowed.column_dimensions["C"].width = 70
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
