"""Tables of the peer comparison for the screen (formatted text) and for download (numbers).

The screen tables write "uppgift saknas" for missing values; the downloads keep numbers as
numbers and leave missing cells empty. The chosen municipality's row is highlighted in both the
on-screen table and the Excel file.
"""

from __future__ import annotations

import io
from typing import Any

import pandas as pd
from openpyxl.styles import Font, PatternFill

from rus_data.peers.charts import STANDING_STYLES
from rus_data.text.cells import inert_cell, neutralise_formula
from rus_data.text.formats import format_number, missing_text

HIGHLIGHT = "#FFE8A3"

_COLUMNS = {
    "sv": {
        "indicator": "Indikator",
        "unit": "Enhet",
        "year": "År",
        "value": "Värde",
        "group_rank": "Rang i gruppen",
        "group_percentile": "Percentil i gruppen",
        "sweden_rank": "Rang i Sverige",
        "sweden_percentile": "Percentil i Sverige",
        "peer_median": "Gruppens median",
        "difference": "Skillnad mot median",
        "standing": "Läge i gruppen",
        "rank": "Rang",
        "code": "Kod",
        "name": "Kommun",
        "county": "Län",
        "percentile": "Percentil",
        "selected": "Vald kommun",
        "of": "av",
        "yes": "Ja",
        "no": "",
    },
    "en": {
        "indicator": "Indicator",
        "unit": "Unit",
        "year": "Year",
        "value": "Value",
        "group_rank": "Rank in group",
        "group_percentile": "Percentile in group",
        "sweden_rank": "Rank in Sweden",
        "sweden_percentile": "Percentile in Sweden",
        "peer_median": "Group median",
        "difference": "Difference from median",
        "standing": "Standing in group",
        "rank": "Rank",
        "code": "Code",
        "name": "Municipality",
        "county": "County",
        "percentile": "Percentile",
        "selected": "Chosen municipality",
        "of": "of",
        "yes": "Yes",
        "no": "",
    },
}


def column_names(language: str) -> dict[str, str]:
    """The column headings in ``language``."""
    return _COLUMNS["en" if language == "en" else "sv"]


def _rank(rank: float, n: int, language: str) -> str:
    if pd.isna(rank):
        return missing_text(language)
    return f"{int(rank)} {column_names(language)['of']} {n}"


def _standing(code: Any, language: str) -> str:
    if not isinstance(code, str):
        return missing_text(language)
    style = STANDING_STYLES[code]
    return f"{style.symbol} {style.label(language)}"


def _with_unit(text: str, row: Any) -> str:
    return text if pd.isna(row.value) else f"{text} {row.unit}"


def profile_table(profile: pd.DataFrame, language: str) -> pd.DataFrame:
    """The profile as text for the screen, one row per indicator."""
    names = column_names(language)
    rows = []
    for row in profile.itertuples():
        decimals = row.decimals
        rows.append(
            {
                names["indicator"]: row.name,
                names["year"]: "" if pd.isna(row.year) else str(int(row.year)),
                names["value"]: _with_unit(format_number(row.value, decimals, language), row),
                names["group_rank"]: _rank(row.group_rank, row.group_n, language),
                names["group_percentile"]: format_number(row.group_percentile, 0, language),
                names["sweden_rank"]: _rank(row.sweden_rank, row.sweden_n, language),
                names["sweden_percentile"]: format_number(row.sweden_percentile, 0, language),
                names["peer_median"]: format_number(row.peer_median, decimals, language),
                names["difference"]: format_number(row.difference, decimals, language, signed=True),
                names["standing"]: _standing(row.standing, language),
            }
        )
    return pd.DataFrame(rows)


def ranking_display(ranking: pd.DataFrame, decimals: int, language: str) -> pd.DataFrame:
    """The ranking table as text for the screen, with a hidden-by-style ``selected`` flag."""
    names = column_names(language)
    n = int(ranking["value"].notna().sum())
    return pd.DataFrame(
        {
            names["rank"]: [_rank(r, n, language) for r in ranking["rank"]],
            names["name"]: ranking["name"],
            names["code"]: ranking["region_code"],
            names["county"]: ranking["county"],
            names["value"]: [format_number(v, decimals, language) for v in ranking["value"]],
            names["difference"]: [
                format_number(v, decimals, language, signed=True) for v in ranking["difference"]
            ],
            names["percentile"]: [format_number(v, 0, language) for v in ranking["percentile"]],
            names["standing"]: [_standing(s, language) for s in ranking["standing"]],
        }
    )


def highlighted(display: pd.DataFrame, selected: pd.Series) -> Any:
    """A pandas Styler that marks the chosen municipality's row."""
    flags = list(selected)

    def row_style(row: pd.Series) -> list[str]:
        wanted = flags[row.name]
        style = f"background-color: {HIGHLIGHT}; font-weight: bold" if wanted else ""
        return [style] * len(row)

    return display.style.apply(row_style, axis=1)


def ranking_export(
    ranking: pd.DataFrame, indicator: str, unit: str, year: int | None, language: str
) -> pd.DataFrame:
    """The ranking table with numbers as numbers, for CSV and Excel."""
    names = column_names(language)
    return pd.DataFrame(
        {
            names["rank"]: ranking["rank"].astype("Int64"),
            names["code"]: ranking["region_code"],
            names["name"]: ranking["name"],
            names["county"]: ranking["county"],
            names["indicator"]: indicator,
            names["unit"]: unit,
            names["year"]: year,
            names["value"]: ranking["value"],
            names["difference"]: ranking["difference"],
            names["percentile"]: ranking["percentile"].round(1),
            names["standing"]: [
                STANDING_STYLES[s].label(language) if isinstance(s, str) else None
                for s in ranking["standing"]
            ],
            names["selected"]: [names["yes"] if s else names["no"] for s in ranking["selected"]],
        }
    )


def excel_bytes(frame: pd.DataFrame, selected: list[bool], notes: list[str], sheet: str) -> bytes:
    """An .xlsx file with the table (chosen row highlighted) and an "Om data" sheet of notes;
    text that would run as a formula is made inert (openpyxl writes "=…" as a formula)."""
    buffer = io.BytesIO()
    notes_frame = pd.DataFrame({"": [inert_cell(note) for note in notes]})
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise_formula(frame).to_excel(writer, sheet_name=sheet[:31], index=False)
        notes_frame.to_excel(writer, sheet_name="Om data", index=False, header=False)
        worksheet = writer.sheets[sheet[:31]]
        fill = PatternFill("solid", start_color=HIGHLIGHT.lstrip("#"))
        for offset, chosen in enumerate(selected):
            if chosen:
                for cell in worksheet[offset + 2]:
                    cell.fill = fill
                    cell.font = Font(bold=True)
        for column in worksheet.columns:
            width = max(len(str(cell.value or "")) for cell in column)
            worksheet.column_dimensions[column[0].column_letter].width = min(40, width + 2)
    return buffer.getvalue()
