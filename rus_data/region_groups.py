"""Loading a set of region groups (such as a municipality classification) from CSV.

The CSV has the columns ``group_code, group_name, region_code`` (comma or semicolon
separated, UTF-8). Loading is all or nothing: the file is checked first (every problem is
reported with its row and field, in Swedish), then one short read-write transaction replaces
the group set and records a ``source`` row. The app itself only reads; its cached queries see
the new groups on the next rerun because the database file changes (``db_version()``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

COLUMNS = ("group_code", "group_name", "region_code")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file: its row (1 = header) and field, and what to fix."""

    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"rad {self.row}")
        if self.field:
            where.append(f"fält {self.field}")
        return f"{', '.join(where).capitalize()}: {self.message}" if where else self.message


class RegionGroupImportError(ValueError):
    """The file cannot be loaded; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def parse_region_groups(text: str) -> pd.DataFrame:
    """Read and check the CSV text; return its rows with a ``row`` column (file row number)."""
    if not text.strip():
        raise RegionGroupImportError([Problem(None, None, "Filen är tom.")])
    first_line = text.lstrip("\ufeff").splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise RegionGroupImportError(
            [Problem(1, c, "kolumnen saknas i rubrikraden.") for c in missing]
        )
    problems: list[Problem] = []
    rows = []
    for number, record in enumerate(reader, start=2):
        cleaned = {(k or "").strip(): (v or "").strip() for k, v in record.items()}
        for column in COLUMNS:
            if not cleaned.get(column):
                problems.append(Problem(number, column, "värde saknas."))
        code = cleaned.get("region_code", "")
        if code and not (code.isdigit() and len(code) in (2, 4)):
            problems.append(
                Problem(number, "region_code", f"{code!r} är ingen läns- eller kommunkod.")
            )
        rows.append({"row": number, **{c: cleaned.get(c, "") for c in COLUMNS}})
    if not rows:
        problems.append(Problem(None, None, "Filen har inga datarader."))
    frame = pd.DataFrame(rows, columns=["row", *COLUMNS])
    for code, group in frame[frame["region_code"] != ""].groupby("region_code"):
        if len(group) > 1:
            rows_text = ", ".join(str(r) for r in group["row"])
            problems.append(
                Problem(
                    int(group["row"].iloc[1]),
                    "region_code",
                    f"{code} står på flera rader ({rows_text}); en region kan bara höra till "
                    "en grupp i en indelning.",
                )
            )
    for code, group in frame[frame["group_code"] != ""].groupby("group_code"):
        names = group["group_name"].unique()
        if len(names) > 1:
            problems.append(
                Problem(
                    int(group["row"].iloc[0]),
                    "group_name",
                    f"gruppen {code} har olika namn: {', '.join(sorted(names))}.",
                )
            )
    if problems:
        raise RegionGroupImportError(sorted(problems, key=lambda p: (p.row or 0, p.field or "")))
    return frame


def _unknown_regions(connection: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> list[Problem]:
    known = {row[0] for row in connection.execute("SELECT code FROM region").fetchall()}
    return [
        Problem(int(row.row), "region_code", f"{row.region_code} finns inte i regiontabellen.")
        for row in frame.itertuples()
        if row.region_code not in known
    ]


def load_region_groups(
    database: Path,
    text: str,
    group_set: str,
    source_name: str,
    *,
    url: str | None = None,
    license: str | None = None,
    imported_by: str | None = None,
) -> int:
    """Replace ``group_set`` in the database with the groups in the CSV; return the row count.

    Opens its own short read-write connection, so it must not run while a process holds the
    database open (the app opens it read-only and will see the change on its next rerun).
    """
    group_set = group_set.strip()
    if not group_set:
        raise RegionGroupImportError([Problem(None, "group_set", "ange ett namn på indelningen.")])
    frame = parse_region_groups(text)
    with duckdb.connect(str(database)) as connection:
        problems = _unknown_regions(connection, frame)
        if problems:
            raise RegionGroupImportError(problems)
        connection.execute("BEGIN TRANSACTION")
        try:
            source_id = connection.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM source"
            ).fetchone()[0]
            connection.execute(
                "INSERT INTO source (id, name, url, license, fetched_at, is_demo, kind, "
                "description, imported_by, row_count) VALUES (?, ?, ?, ?, ?, false, 'import', ?, "
                "?, ?)",
                [
                    source_id,
                    source_name,
                    url,
                    license,
                    datetime.now(UTC).replace(tzinfo=None, microsecond=0),
                    f"Regiongrupper: {group_set}",
                    imported_by,
                    len(frame),
                ],
            )
            connection.execute("DELETE FROM region_group WHERE group_set = ?", [group_set])
            connection.executemany(
                "INSERT INTO region_group VALUES (?, ?, ?, ?, ?)",
                [
                    (group_set, row.group_code, row.group_name, row.region_code, source_id)
                    for row in frame.itertuples()
                ],
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return len(frame)
