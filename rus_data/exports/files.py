"""The export files: Excel (.xlsx) with a data sheet and an "about" sheet, and CSV with the
same facts in header lines. Swedish files are for Swedish Excel (UTF-8 with BOM, ``;``,
decimal comma); English files use ``,`` and a decimal point."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from rus_data.exports.about import ExportAbout
from rus_data.exports.tables import export_frame
from rus_data.text import t
from rus_data.text.cells import inert_cell

_SHEET_NAME_LIMIT = 31  # Excel's longest sheet name


def csv_conventions(language: str) -> tuple[str, str]:
    """The field separator and decimal mark of a CSV in ``language``."""
    return (",", ".") if language == "en" else (";", ",")


def table_csv(
    frame: pd.DataFrame, about: ExportAbout, decimals: Mapping[str, int] | None = None
) -> bytes:
    """The table as CSV: the facts of ``about`` as "label;value" lines, one empty line, then
    the table with its headers; UTF-8 with a byte-order mark so Excel reads å, ä and ö."""
    separator, decimal = csv_conventions(about.language)
    table, places = export_frame(frame, about.language, decimals)
    output = io.StringIO()
    writer = csv.writer(output, delimiter=separator, lineterminator="\r\n")
    for label, value in about.rows():
        writer.writerow([inert_cell(label), inert_cell(value)])
    writer.writerow([])
    for column, count in places.items():  # fixed decimals, as the view shows them
        table[column] = table[column].map(
            lambda number, count=count: "" if pd.isna(number) else f"{number:.{count}f}"
        )
        if decimal != ".":
            table[column] = table[column].str.replace(".", decimal, regex=False)
    table.to_csv(output, sep=separator, index=False, lineterminator="\r\n")
    return output.getvalue().encode("utf-8-sig")


def table_xlsx(
    frame: pd.DataFrame, about: ExportAbout, decimals: Mapping[str, int] | None = None
) -> bytes:
    """The table as an Excel workbook: the sheet "Data" (bold headers, numbers as numbers
    shown with the view's decimals) and the sheet "Om data" with the facts of ``about``."""
    language = about.language
    table, places = export_frame(frame, language, decimals)
    book = Workbook()
    data = book.active
    data.title = t("export_data_sheet", language)[:_SHEET_NAME_LIMIT]
    data.append([str(name) for name in table.columns])
    for row in table.itertuples(index=False):
        data.append([_cell(value) for value in row])
    for cell in data[1]:
        cell.font = Font(bold=True)
    for position, name in enumerate(table.columns, start=1):
        letter = get_column_letter(position)
        if str(name) in places:
            count = places[str(name)]
            number_format = "0" if count == 0 else "0." + "0" * count
            for cell in data[letter][1:]:
                cell.number_format = number_format
        data.column_dimensions[letter].width = min(
            60, max(10, len(str(name)) + 2, *(len(str(v)) + 2 for v in table.iloc[:, position - 1]))
        )
    data.freeze_panes = "A2"
    facts = book.create_sheet(t("export_about_sheet", language)[:_SHEET_NAME_LIMIT])
    for label, value in about.rows():
        facts.append([inert_cell(label), inert_cell(value)])
    for cell in facts["A"]:
        cell.font = Font(bold=True)
    facts.column_dimensions["A"].width = 18
    facts.column_dimensions["B"].width = 90
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def _cell(value: object) -> object:
    """A value openpyxl writes as it is: missing values empty, numpy scalars as Python's,
    timestamps as dates."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item"):
        return value.item()  # type: ignore[attr-defined]
    return value
