"""The emissions database's own download format (Nationella emissionsdatabasen, SMHI).

Columns ``Huvudsektor, Undersektor, Län, Kommun`` and one column per year, after a few title
rows. ``Alla`` marks totals. Totals over all main sectors and each main sector's total become
indicators ``smhi_<ämne>_total`` and ``smhi_<ämne>_<sektor>``; sub-sector rows are skipped.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata

import pandas as pd

from rus_data.imports.bounds import SHORT, number_from_text, number_problem, text_problem
from rus_data.imports.cells import quote
from rus_data.imports.context import Context
from rus_data.imports.issues import IssueList, rejected
from rus_data.imports.limits import MAX_COLUMNS
from rus_data.imports.reading import XLSX_MAGIC, decode, detect_separator
from rus_data.imports.writer import Batch

ALL = "alla"
REGION_COLUMNS = ("huvudsektor", "undersektor", "län", "kommun")
SECTOR = SHORT  # a sector name becomes part of an indicator name


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40] or "okand"


def _csv_grid(data: bytes, max_rows: int | None) -> pd.DataFrame:
    """The CSV's records as text, indexed by the line each starts on; blank lines kept."""
    text, _ = decode(data)
    lines = text[:100_000].splitlines()
    header = next((line for line in lines if "huvudsektor" in line.lower()), text[:100_000])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_separator(header))
    rows: list[list[str]] = []
    starts: list[int] = []
    last_line = 0
    try:
        for fields in reader:
            start, last_line = last_line + 1, reader.line_num
            if len(fields) > MAX_COLUMNS:
                message = f"raden har {len(fields)} fält; högst {MAX_COLUMNS} kolumner tillåts."
                raise rejected(message, row=start)
            rows.append(fields)
            starts.append(start)
            if max_rows is not None and len(rows) >= max_rows:
                break
    except csv.Error:
        raise rejected("raden kunde inte tolkas som CSV.", row=last_line + 1) from None
    width = max((len(r) for r in rows), default=0)
    padded = [r + [""] * (width - len(r)) for r in rows]
    return pd.DataFrame(padded, index=starts, columns=range(width), dtype=object)


def _grid(data: bytes, filename: str, max_rows: int | None = None) -> pd.DataFrame:
    """The file's cells as text, indexed by their row number in the spreadsheet."""
    if data.startswith(XLSX_MAGIC) or filename.lower().endswith(".xlsx"):
        try:
            grid = pd.read_excel(
                io.BytesIO(data), header=None, dtype=str, engine="openpyxl", nrows=max_rows
            )
        except Exception:
            raise rejected("Excel-filen kunde inte läsas; spara den som .xlsx.", row=1) from None
        grid.index = range(1, len(grid) + 1)  # openpyxl keeps blank rows, so row = position
        return grid
    return _csv_grid(data, max_rows)


def looks_like_emissions(data: bytes, filename: str) -> bool:
    """True when the first rows hold the emissions database's header."""
    try:
        grid = _grid(data, filename, max_rows=30)
    except Exception:
        return False
    cells = grid.fillna("").astype(str).apply(lambda col: col.str.strip().str.lower())
    return bool((cells == "huvudsektor").any().any())


def _region_lookup(context: Context) -> dict[str, str]:
    lookup = {}
    for code, name in context.regions.items():
        lookup[name.lower()] = code
        if name.lower().endswith(" län"):
            lookup[name.lower().removesuffix(" län")] = code
    return lookup


def parse_emissions(
    data: bytes, filename: str, context: Context, substance: str = "Växthusgaser"
) -> tuple[Batch, IssueList]:
    """Turn the emissions file into new indicators and values, or issues naming rows."""
    issues = IssueList()
    grid = _grid(data, filename).fillna("").astype(str)
    lowered = grid.apply(lambda col: col.str.strip().str.lower())
    header_rows = lowered.index[(lowered == "huvudsektor").any(axis=1)]
    if len(header_rows) == 0:
        issues.add(
            1,
            "Huvudsektor",
            "hittade ingen rubrikrad med Huvudsektor, Undersektor, Län, Kommun.",
        )
        return Batch(), issues
    header_row = int(header_rows[0])
    header = [cell.strip() for cell in grid.loc[header_row]]
    names = [h.lower() for h in header]
    for column in REGION_COLUMNS:
        if column not in names:
            issues.add(header_row, column, "kolumnen saknas i rubrikraden.")
    year_columns = {
        i: int(float(h)) for i, h in enumerate(header) if re.fullmatch(r"(19|20)\d\d(\.0)?", h)
    }
    if not year_columns:
        issues.add(header_row, None, "inga årskolumner (t.ex. 1990, 2015) i rubrikraden.")
    if issues:
        return Batch(), issues
    position = {name: names.index(name) for name in REGION_COLUMNS}
    lookup = _region_lookup(context)
    slug = _slug(substance)
    records = []
    sectors: dict[str, str] = {}
    for row_number, row in grid.loc[grid.index > header_row].iterrows():
        main, sub, county, municipality = (row.iloc[position[c]].strip() for c in REGION_COLUMNS)
        if not any([main, sub, county, municipality]):
            continue
        problem = text_problem(main, SECTOR)
        if problem:
            issues.add(row_number, header[position["huvudsektor"]], problem)
            continue
        if sub.lower() != ALL:
            continue
        if county.lower() == ALL:
            region = "00"
        else:
            place = county if municipality.lower() == ALL else municipality
            column = "Län" if municipality.lower() == ALL else "Kommun"
            region = lookup.get(place.lower())
            if region is None:
                close = difflib.get_close_matches(place, list(context.regions.values()), n=1)
                hint = f" Menade du ”{close[0]}”?" if close else ""
                issues.add(row_number, column, f"okänt regionnamn {quote(place)}.{hint}")
                continue
        if main.lower() == ALL:
            indicator = f"smhi_{slug}_total"
            sectors[indicator] = f"{substance}, alla sektorer"
        else:
            indicator = f"smhi_{slug}_{_slug(main)}"
            sectors[indicator] = f"{substance}, {main}"
        for index, year in year_columns.items():
            cell = row.iloc[index].strip().replace("\u00a0", "").replace(" ", "")
            if cell in ("", "-", "..", "."):
                continue
            value = number_from_text(cell)
            if value is None:
                issues.add(row_number, header[index], f"{quote(cell)} {number_problem(cell)}")
                continue
            records.append((indicator, region, year, "T", value, row_number))
    if not records and not issues:
        issues.add(None, None, "filen innehåller inga totalrader (Undersektor = Alla) med värden.")
    values = pd.DataFrame(
        records, columns=["indicator_id", "region_code", "year", "gender", "value", "__row__"]
    )
    doubled = values.duplicated(["indicator_id", "region_code", "year"], keep="first")
    for row in values.loc[doubled, "__row__"]:
        issues.add(int(row), None, "samma sektor, region och år förekommer två gånger.")
    indicators = pd.DataFrame(
        [
            {
                "id": identifier,
                "name_sv": f"Utsläpp: {label}",
                "name_en": f"Emissions: {label}",
                "unit": "ton CO₂e" if slug == "vaxthusgaser" else "ton",
                "unit_en": "tonnes CO₂e" if slug == "vaxthusgaser" else "tonnes",
                "better": "lower",
                "finest_level": "kommun",
                "aggregation": "sum",
                "decimals": 0,
                "description_sv": "Från Nationella emissionsdatabasen (SMHI), importerad fil.",
                "description_en": "From the national emissions database (SMHI), imported file.",
            }
            for identifier, label in sorted(sectors.items())
        ]
    )
    links = None
    if slug == "vaxthusgaser" and not indicators.empty:
        links = pd.DataFrame({"indicator_id": indicators["id"], "objective_id": 1})
    return Batch.indicator_values(values, indicators, links), issues
