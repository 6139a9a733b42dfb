"""Scoring rounds as files: reading a round from CSV or Excel, and writing one for download."""

from __future__ import annotations

import io

import pandas as pd

from rus_data.conflicts.workshop_scoring import ROUND_COLUMNS
from rus_data.conflicts.workshop_store import WorkshopError


def read_round_file(data: bytes, filename: str) -> pd.DataFrame:
    """Read a scoring round from CSV (comma or semicolon) or Excel (.xlsx) as text columns."""
    name = filename.lower()
    try:
        if name.endswith(".xlsx"):
            frame = pd.read_excel(io.BytesIO(data), dtype=str, engine="openpyxl")
        elif name.endswith(".csv"):
            text = data.decode("utf-8-sig")
            frame = pd.read_csv(io.StringIO(text), dtype=str, sep=None, engine="python")
        else:
            raise WorkshopError("Filen måste vara CSV (.csv) eller Excel (.xlsx).")
    except WorkshopError:
        raise
    except Exception as error:  # a broken file is the user's to fix, not a crash
        raise WorkshopError(f"Filen {filename} kunde inte läsas: {error}") from error
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return frame


def round_csv(scores: pd.DataFrame) -> bytes:
    """A scoring round as UTF-8 CSV with the import columns."""
    return scores[list(ROUND_COLUMNS)].to_csv(index=False).encode("utf-8")


def round_xlsx(scores: pd.DataFrame) -> bytes:
    """A scoring round as an Excel workbook with the import columns."""
    buffer = io.BytesIO()
    scores[list(ROUND_COLUMNS)].to_excel(buffer, index=False, sheet_name="poang")
    return buffer.getvalue()
