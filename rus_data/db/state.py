"""What a database file is before anyone reads or replaces it: missing, empty, unreadable,
not ours (foreign), current or outdated, and whether it holds imported sources.

A file is ours when its ``meta`` table carries the schema marker (``schema_version``) and every
table and view in it is one of ``schema.sql``'s. Anything else may hold someone's data: the app
refuses to read or rebuild it, and ``python -m rus_data build`` replaces it only with
``--force``, after keeping a copy (see :mod:`rus_data.build.guard`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import duckdb

from rus_data.db.connect import connect
from rus_data.db.schema import SCHEMA_FILE, SCHEMA_VERSION

DatabaseState = Literal[
    "missing",
    "empty",
    "unreadable",
    "foreign",
    "current",
    "outdated_generated",
    "outdated_with_data",
]
Opener = Callable[[Path], AbstractContextManager[duckdb.DuckDBPyConnection]]
GENERATED_KINDS = ("reference", "demo")  # source kinds a build makes; every other is imported
_SHOWN_NAMES = 5


@dataclass(frozen=True)
class Inspection:
    """What was found in the file at ``path``."""

    path: Path
    state: DatabaseState
    schema_version: str | None = None
    imported_sources: int = 0
    foreign_tables: tuple[str, ...] = ()
    error: str = ""

    @property
    def holds_imports(self) -> bool:
        """Whether sources other than the build's own (reference, demo) are in the file."""
        return self.imported_sources > 0

    @property
    def replace_needs_force(self) -> bool:
        """Whether replacing the file by a build could lose data that is not the build's."""
        return self.state in ("unreadable", "foreign") or self.holds_imports


@cache
def project_tables() -> frozenset[str]:
    """The names of every table ``schema.sql`` creates."""
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    return frozenset(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", text))


_OBJECTS = (
    "SELECT schema_name, table_name FROM duckdb_tables() "
    "WHERE database_name = current_database() AND NOT internal AND NOT temporary "
    "UNION ALL SELECT schema_name, view_name FROM duckdb_views() "
    "WHERE database_name = current_database() AND NOT internal AND NOT temporary"
)


def _open_read_only(path: Path) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
    return connect(path, read_only=True)


def inspect_connection(connection: duckdb.DuckDBPyConnection, path: Path) -> Inspection:
    """Inspect the open database ``connection`` (of the file at ``path``)."""
    cursor = connection.cursor()
    try:
        objects = cursor.execute(_OBJECTS).fetchall()
        names = {name for schema, name in objects if schema == "main"}
        foreign = tuple(
            sorted(
                name if schema == "main" else f"{schema}.{name}"
                for schema, name in objects
                if schema != "main" or name not in project_tables()
            )
        )
        if not objects:
            return Inspection(path, "empty")
        version = None
        if "meta" in names:
            row = cursor.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = row[0] if row else None
        if version is None or foreign:
            return Inspection(path, "foreign", version, foreign_tables=foreign)
        imported = 0
        if "source" in names:
            row = cursor.execute(
                "SELECT count(*) FROM source WHERE kind IS NULL OR kind NOT IN (?, ?)",
                list(GENERATED_KINDS),
            ).fetchone()
            imported = int(row[0]) if row else 0
    finally:
        cursor.close()
    if version == SCHEMA_VERSION:
        return Inspection(path, "current", version, imported)
    state: DatabaseState = "outdated_with_data" if imported else "outdated_generated"
    return Inspection(path, state, version, imported)


def inspect_database(path: Path, opener: Opener = _open_read_only) -> Inspection:
    """Inspect the file at ``path``, opened read-only by ``opener`` (the app passes its
    reader registry's, so that it sees the file now at ``path``)."""
    path = Path(path)
    if not path.exists():
        return Inspection(path, "missing")
    try:
        with opener(path) as connection:
            return inspect_connection(connection, path)
    except duckdb.Error as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return Inspection(path, "unreadable", error=reason[:300])


Quote = Callable[[str], str]  # how a message shows text from the file (the app escapes it)


def _plain(text: str) -> str:
    return text


def _names(names: tuple[str, ...], quote: Quote) -> str:
    shown = ", ".join(quote(name) for name in names[:_SHOWN_NAMES])
    more = len(names) - _SHOWN_NAMES
    return shown + (f" och {more} till" if more > 0 else "")


def _force_hint() -> str:
    return (
        "Eller bygg en ny databas med `python -m rus_data build --force`: den gamla filen "
        "sparas då först som en daterad kopia bredvid den (namn.ÅÅÅÅMMDD-TTMMSS.backup.duckdb)."
    )


def foreign_message(inspection: Inspection, quote: Quote = _plain) -> str:
    """Why a foreign file is neither read nor rebuilt, and what to do, in Swedish; ``quote``
    shows the path and names from the file."""
    if inspection.schema_version is None:
        what = "den saknar tabellen meta med programmets schemamarkering"
    else:
        names = _names(inspection.foreign_tables, quote)
        what = f"den har tabeller som inte hör till programmet: {names}"
    return (
        f"Filen {quote(str(inspection.path))} är inte Miljömålsdashboardens databas ({what}). "
        "Den byggs inte om, eftersom det som finns i den då skulle gå förlorat. Peka RUS_DB på "
        "Miljömålsdashboardens databas (utan RUS_DB används data/rus.duckdb). " + _force_hint()
    )


def unreadable_message(inspection: Inspection, quote: Quote = _plain) -> str:
    """What is wrong with a file DuckDB cannot open, and what to do, in Swedish."""
    return (
        f"Databasfilen {quote(str(inspection.path))} kan inte öppnas: den är skadad eller "
        f"inte en DuckDB-databas (DuckDB: {quote(inspection.error)}). Återställ den från en "
        "säkerhetskopia, eller peka RUS_DB på en annan databas. " + _force_hint()
    )


def imports_message(inspection: Inspection) -> str:
    """Why a build does not replace a file with imported sources, in Swedish."""
    return (
        f"Databasen {inspection.path} innehåller {inspection.imported_sources} importerade "
        "källor (se `python -m rus_data sources`), som en ny databas inte skulle ha. Den "
        "ersätts inte. " + _force_hint()
    )
