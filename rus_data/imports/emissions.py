"""The emissions database's own download format (Nationella emissionsdatabasen, SMHI).

A few title rows (naming the substance and unit), then the row of year numbers, and *below
it* the row ``Huvudsektor, Undersektor, Län, Kommun`` with the year cells empty; the two header
rows are read together. ``Alla`` marks totals. Totals over all main sectors and each main
sector's total become indicators ``smhi_<ämne>_total`` and ``smhi_<ämne>_<sektor>`` (ämne the
download's ``sub=`` code); sub-sector rows are skipped.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from rus_data.imports.bounds import SHORT, number_from_text, number_problem, text_problem
from rus_data.imports.cells import quote
from rus_data.imports.context import Context
from rus_data.imports.issues import IssueList, rejected
from rus_data.imports.limits import MAX_COLUMNS
from rus_data.imports.missing import MISSING_MARKERS, MissingValues, missing_values
from rus_data.imports.reading import XLSX_MAGIC, decode, detect_separator
from rus_data.imports.substances import Substance, find_substance, substance_by_code
from rus_data.imports.writer import Batch
from rus_data.reference.aliases import RegionAliases

ALL = "alla"
REGION_COLUMNS = ("huvudsektor", "undersektor", "län", "kommun")
SECTOR = SHORT  # a sector name becomes part of an indicator name
YEAR_ROWS_ABOVE = 3  # the year row stands at most this far above the Huvudsektor row


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


@dataclass
class ParsedEmissions:
    """The batch an emissions file becomes, the issues that stop it, and what was left out."""

    batch: Batch
    issues: IssueList
    missing: MissingValues = field(default_factory=MissingValues)
    substance: Substance | None = None


def _year(cell: str) -> int | None:
    text = cell.strip()
    return int(float(text)) if re.fullmatch(r"(19|20)\d\d(\.0)?", text) else None


def _year_columns(grid: pd.DataFrame, header_row: int) -> tuple[dict[int, int], int]:
    """Year of each column, read from the header row or the rows just above it (the real
    download puts the years on the row above ``Huvudsektor``); and the first year row."""
    rows = [r for r in grid.index if header_row - YEAR_ROWS_ABOVE <= r <= header_row]
    years: dict[int, int] = {}
    first = header_row
    for row in sorted(rows, reverse=True):
        found = {i: y for i, cell in enumerate(grid.loc[row]) if (y := _year(cell)) is not None}
        for index, year in found.items():
            years.setdefault(index, year)
        if found:
            first = min(first, row)
    return dict(sorted(years.items())), first


def _substance(grid: pd.DataFrame, above: int, given: str | None) -> Substance | None:
    if given:
        return substance_by_code(given)
    title = " ".join(" ".join(grid.loc[r]) for r in grid.index if r < above)
    return find_substance(title)


def _indicators(substance: Substance, sectors: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "id": identifier,
                "name_sv": f"Utsläpp av {substance.name_sv}: {label}",
                "name_en": f"Emissions of {substance.name_en}: {english}",
                "unit": substance.unit_sv,
                "unit_en": substance.unit_en,
                "better": "lower",
                "finest_level": "kommun",
                "aggregation": "sum",
                "decimals": 0,
                "description_sv": "Från Nationella emissionsdatabasen (SMHI), importerad fil.",
                "description_en": "From the national emissions database (SMHI), imported file.",
            }
            for identifier, (label, english) in sorted(
                (i, (lbl, "all sectors" if lbl == "alla sektorer" else lbl))
                for i, lbl in sectors.items()
            )
        ]
    )


def _region(
    aliases: RegionAliases, place: str, level: str, context: Context
) -> tuple[str | None, str]:
    """The code of a county (``lan``) or municipality (``kommun``) name, or the message."""
    found = aliases.resolve(place)
    codes = [c for c in found.codes if context.region_levels.get(c) == level]
    if len(codes) == 1:
        return codes[0], ""
    hint_code = aliases.suggest(place, {level})
    hint = f" Menade du ”{context.regions[hint_code]}”?" if hint_code else ""
    return None, f"okänt regionnamn {quote(place)}.{hint}"


def parse_emissions(
    data: bytes, filename: str, context: Context, substance: str | None = None
) -> ParsedEmissions:
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
        return ParsedEmissions(Batch(), issues)
    header_row = int(header_rows[0])
    header = [cell.strip() for cell in grid.loc[header_row]]
    names = [h.lower() for h in header]
    for column in REGION_COLUMNS:
        if column not in names:
            issues.add(header_row, column, "kolumnen saknas i rubrikraden.")
    year_columns, year_row = _year_columns(grid, header_row)
    if not year_columns:
        issues.add(
            header_row,
            None,
            "inga årskolumner (t.ex. 1990, 2015) i rubrikraden eller raden ovanför.",
        )
    chosen = _substance(grid, year_row, substance)
    if chosen is None:
        what = (
            f"ämnet {quote(substance)} är okänt"
            if substance
            else ("titelraderna säger inte vilket ämne filen gäller")
        )
        issues.add(
            1,
            None,
            f"{what}; ange ämnet med --substance (t.ex. GGT, CO2, NOx, PM25), "
            f"som i nedladdningens sub=.",
        )
    if issues:
        return ParsedEmissions(Batch(), issues)
    position = {name: names.index(name) for name in REGION_COLUMNS}
    aliases = RegionAliases(context.regions, context.region_levels)
    records = []
    missing_rows: list[int] = []
    missing_cells: list[str] = []
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
            on_county = municipality.lower() == ALL
            place = county if on_county else municipality
            column = header[position["län" if on_county else "kommun"]]
            region, message = _region(aliases, place, "lan" if on_county else "kommun", context)
            if region is None:
                issues.add(row_number, column, message)
                continue
        if main.lower() == ALL:
            indicator = f"smhi_{chosen.slug}_total"
            sectors[indicator] = "alla sektorer"
        else:
            indicator = f"smhi_{chosen.slug}_{_slug(main)}"
            sectors[indicator] = main
        for index, year in year_columns.items():
            raw = row.iloc[index]
            cell = raw.strip().replace("\u00a0", "").replace(" ", "")
            if cell in MISSING_MARKERS:
                missing_rows.append(row_number)
                missing_cells.append(raw)
                continue
            value = number_from_text(cell)
            if value is None:
                issues.add(
                    row_number, header[index] or str(year), f"{quote(cell)} {number_problem(cell)}"
                )
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
    indicators = _indicators(chosen, sectors)
    links = None
    objectives = [o for o in chosen.objectives if o in context.objectives]
    if not indicators.empty:
        links = pd.DataFrame(
            [(i, o) for i in indicators["id"] for o in objectives],
            columns=["indicator_id", "objective_id"],
        )
    missing = missing_values(
        pd.Series(missing_rows, dtype="int64"), pd.Series(missing_cells, dtype=object)
    )
    return ParsedEmissions(
        Batch.indicator_values(values, indicators, links), issues, missing, chosen
    )
