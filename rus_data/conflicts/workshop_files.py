"""Scoring rounds as files: reading a round from CSV or Excel, and writing one for download.

A file is checked before it is parsed: at most :data:`MAX_FILE_BYTES` bytes, a header of at
most :data:`MAX_COLUMNS` columns, and (for Excel) at most :data:`MAX_UNPACKED_BYTES` once
unpacked; parsing stops after :data:`~rus_data.conflicts.workshop_scoring.MAX_ROUND_ROWS`
rows. A round is a few hundred rows, so the limits leave room to spare and keep a hostile
file from holding a server thread.
"""

from __future__ import annotations

import io
import re
import zipfile

import pandas as pd

from rus_data.conflicts.workshop_scoring import MAX_ROUND_ROWS, ROUND_COLUMNS
from rus_data.conflicts.workshop_store import WorkshopError
from rus_data.text.cells import neutralise_formula, original_cell

MAX_FILE_BYTES = 2_000_000
MAX_UNPACKED_BYTES = 20_000_000
MAX_COLUMNS = 20


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",")


def _check_csv_header(text: str) -> None:
    header = text.split("\n", 1)[0]
    fields = max(len(re.findall(separator, header)) for separator in (",", ";", "\t")) + 1
    if fields > MAX_COLUMNS:
        raise WorkshopError(
            f"Rubrikraden har {fields} kolumner; en poängomgång har sju "
            f"({', '.join(ROUND_COLUMNS)})."
        )


def _check_workbook(data: bytes, filename: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except zipfile.BadZipFile as error:
        raise WorkshopError(
            f"Filen {filename} kunde inte läsas: den är ingen Excelfil (.xlsx)."
        ) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkshopError(
            f"Excelfilen packas upp till {_megabytes(unpacked)} MB; högst "
            f"{_megabytes(MAX_UNPACKED_BYTES)} MB går att läsa. Spara omgången som CSV."
        )


def _check_rows(frame: pd.DataFrame) -> None:
    if len(frame) > MAX_ROUND_ROWS:
        raise WorkshopError(
            f"Filen har fler än {MAX_ROUND_ROWS} rader; dela upp omgången i flera filer."
        )


def read_round_file(data: bytes, filename: str) -> pd.DataFrame:
    """Read a scoring round from CSV (comma or semicolon) or Excel (.xlsx) as text columns."""
    name = filename.lower()
    if not name.endswith((".csv", ".xlsx")):
        raise WorkshopError("Filen måste vara CSV (.csv) eller Excel (.xlsx).")
    if len(data) > MAX_FILE_BYTES:
        raise WorkshopError(
            f"Filen är {_megabytes(len(data))} MB; en poängomgång får vara högst "
            f"{_megabytes(MAX_FILE_BYTES)} MB."
        )
    try:
        if name.endswith(".xlsx"):
            _check_workbook(data, filename)
            frame = pd.read_excel(
                io.BytesIO(data), dtype=str, engine="openpyxl", nrows=MAX_ROUND_ROWS + 1
            )
        else:
            text = data.decode("utf-8-sig")
            _check_csv_header(text)
            frame = pd.read_csv(
                io.StringIO(text), dtype=str, sep=None, engine="python", nrows=MAX_ROUND_ROWS + 1
            )
    except WorkshopError:
        raise
    except Exception as error:  # a broken file is the user's to fix, not a crash
        raise WorkshopError(f"Filen {filename} kunde inte läsas: {error}") from error
    if len(frame.columns) > MAX_COLUMNS:
        raise WorkshopError(f"Filen har {len(frame.columns)} kolumner; högst {MAX_COLUMNS}.")
    _check_rows(frame)
    frame.columns = [str(original_cell(c)).strip().lower() for c in frame.columns]
    return frame.map(original_cell)


def round_csv(scores: pd.DataFrame) -> bytes:
    """A scoring round as UTF-8 CSV with the import columns; no cell runs as a formula."""
    return neutralise_formula(scores[list(ROUND_COLUMNS)]).to_csv(index=False).encode("utf-8")


def round_xlsx(scores: pd.DataFrame) -> bytes:
    """A scoring round as an Excel workbook with the import columns."""
    buffer = io.BytesIO()
    neutralise_formula(scores[list(ROUND_COLUMNS)]).to_excel(
        buffer, index=False, sheet_name="poang"
    )
    return buffer.getvalue()
