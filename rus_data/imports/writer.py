"""Writing an import batch as a new source: ownership of indicators, clashes, undo.

:func:`apply_batch` writes inside the caller's transaction; :func:`write_batch` and
:func:`undo_source` run it through :func:`rus_data.imports.transaction.transaction_on_copy`
(re-exported here), so all rows land or none.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import duckdb
import pandas as pd

from rus_data.db.frames import insert_frame
from rus_data.imports.batch_checks import field_issues, frame_issues
from rus_data.imports.issues import ImportRejected, IssueList, rejected
from rus_data.imports.transaction import now, transaction_on_copy

Mode = Literal["append", "replace"]
SourceKind = Literal["import", "kolada", "scb"]

# Tables whose rows belong to a source, with the key that must be unique. Only these names
# are ever put into SQL.
DATA_TABLES: dict[str, tuple[str, ...]] = {
    "indicator_value": ("indicator_id", "region_code", "year", "gender"),
    "assessment": ("objective_id", "region_code", "year"),
    "region_group": ("group_set", "region_code"),
    "interaction": ("from_kind", "from_id", "to_kind", "to_id", "context"),
}
INDICATOR_COLUMNS = (
    "id",
    "name_sv",
    "name_en",
    "unit",
    "unit_en",
    "better",
    "finest_level",
    "aggregation",
    "decimals",
    "description_sv",
    "description_en",
)
UNDOABLE_KINDS = ("import", "kolada", "scb", "demo")
SOURCE_TEXTS = ("name", "imported_by", "url", "license", "description")

__all__ = [
    "DATA_TABLES",
    "INDICATOR_COLUMNS",
    "UNDOABLE_KINDS",
    "Batch",
    "ImportResult",
    "Mode",
    "SourceInfo",
    "SourceKind",
    "apply_batch",
    "transaction_on_copy",
    "undo_source",
    "write_batch",
]


@dataclass(frozen=True)
class SourceInfo:
    """The ``source`` row an import creates."""

    name: str
    kind: SourceKind
    imported_by: str
    url: str | None = None
    license: str | None = None
    description: str | None = None


@dataclass
class Batch:
    """Everything one import writes: new indicators, their objective links, and data rows.

    ``rows`` may carry a ``__row__`` column with the file's row numbers for error messages.
    """

    table: str | None = None
    rows: pd.DataFrame | None = None
    indicators: pd.DataFrame | None = None
    links: pd.DataFrame | None = None
    existing_indicators: Literal["reject", "keep"] = "reject"

    @classmethod
    def indicator_values(
        cls,
        rows: pd.DataFrame,
        indicators: pd.DataFrame | None = None,
        links: pd.DataFrame | None = None,
    ) -> Batch:
        """Indicator values with the ``indicators`` (and ``links``) that are new among them;
        indicators the database already has are kept as they are."""
        return cls("indicator_value", rows, indicators, links, existing_indicators="keep")


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    source_id: int | None
    row_count: int
    indicator_count: int
    replaced_sources: list[int] = field(default_factory=list)
    dry_run: bool = False


def _ensure_ownership_table(connection: duckdb.DuckDBPyConnection) -> None:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS indicator_source ("
        "indicator_id TEXT PRIMARY KEY, source_id INTEGER NOT NULL)"
    )


def _sources_named(connection: duckdb.DuckDBPyConnection, source: SourceInfo) -> list[int]:
    found = connection.execute(
        "SELECT id FROM source WHERE name = ? AND kind = ? ORDER BY id", [source.name, source.kind]
    ).fetchall()
    return [int(i) for (i,) in found]


def _delete_source_rows(
    connection: duckdb.DuckDBPyConnection, source_ids: list[int], *, with_indicators: bool = True
) -> None:
    """Delete the sources and their rows; their indicator definitions too if asked."""
    if not source_ids:
        return
    for table in DATA_TABLES:
        connection.execute(f"DELETE FROM {table} WHERE list_contains(?, source_id)", [source_ids])
    if with_indicators:
        owned = "SELECT indicator_id FROM indicator_source WHERE list_contains(?, source_id)"
        connection.execute(
            f"DELETE FROM indicator_objective WHERE indicator_id IN ({owned})", [source_ids]
        )
        connection.execute(f"DELETE FROM indicator WHERE id IN ({owned})", [source_ids])
        connection.execute(
            "DELETE FROM indicator_source WHERE list_contains(?, source_id)", [source_ids]
        )
    connection.execute("DELETE FROM source WHERE list_contains(?, id)", [source_ids])


def _hand_over_indicators(
    connection: duckdb.DuckDBPyConnection, old_ids: list[int], new_id: int
) -> None:
    """Indicator definitions of replaced sources now belong to the new one."""
    if old_ids:
        connection.execute(
            "UPDATE indicator_source SET source_id = ? WHERE list_contains(?, source_id)",
            [new_id, old_ids],
        )


def _describe_key(row: pd.Series, key: tuple[str, ...]) -> str:
    return ", ".join(f"{column}={row[column]}" for column in key)


def _conflicts(connection: duckdb.DuckDBPyConnection, table: str, rows: pd.DataFrame) -> IssueList:
    """Rows whose key is already in ``table``: one issue each, naming the row and the source."""
    key = DATA_TABLES[table]
    issues = IssueList()
    frame = rows if "__row__" in rows else rows.assign(__row__=pd.NA)
    connection.register("incoming_keys", frame[[*key, "__row__"]])
    try:
        join = " AND ".join(f"t.{c} = i.{c}" for c in key)
        found = connection.execute(
            f"SELECT i.*, s.name AS source_name FROM incoming_keys i "
            f"JOIN {table} t ON {join} JOIN source s ON s.id = t.source_id "
            "ORDER BY i.__row__ LIMIT 5000"
        ).df()
        total = connection.execute(
            f"SELECT count(*) FROM incoming_keys i JOIN {table} t ON {join}"
        ).fetchall()[0][0]
    finally:
        with contextlib.suppress(duckdb.Error):  # an aborted transaction must not hide why
            connection.unregister("incoming_keys")
    for _, hit in found.iterrows():
        row = None if pd.isna(hit["__row__"]) else int(hit["__row__"])
        issues.add(
            row,
            None,
            f"finns redan i databasen ({_describe_key(hit, key)}, källa ”{hit['source_name']}”); "
            "välj läget ersätt eller ta bort den gamla importen.",
        )
    issues.total += max(0, int(total) - len(found))
    return issues


def _write_indicators(
    connection: duckdb.DuckDBPyConnection, batch: Batch, source_id: int
) -> tuple[int, IssueList]:
    issues = IssueList()
    indicators = batch.indicators
    if indicators is None or indicators.empty:
        return 0, issues
    if batch.existing_indicators == "reject":
        # A definitions import in replace mode redefines what its earlier version brought.
        owned = sorted(
            i
            for (i,) in connection.execute(
                "SELECT indicator_id FROM indicator_source WHERE source_id = ?", [source_id]
            ).fetchall()
        )
        if owned:
            connection.execute(
                "DELETE FROM indicator_objective WHERE list_contains(?, indicator_id)", [owned]
            )
            connection.execute("DELETE FROM indicator WHERE list_contains(?, id)", [owned])
            connection.execute("DELETE FROM indicator_source WHERE source_id = ?", [source_id])
    existing = {i for (i,) in connection.execute("SELECT id FROM indicator").fetchall()}
    clash = indicators["id"].isin(existing)
    if batch.existing_indicators == "reject":
        rows = (
            indicators["__row__"]
            if "__row__" in indicators
            else pd.Series([None] * len(indicators))
        )
        for row, identifier in zip(rows[clash], indicators["id"][clash], strict=True):
            issues.add(
                None if pd.isna(row) else int(row),
                "id",
                f"indikatorn ”{identifier}” finns redan; välj läget ersätt om den kommer från en "
                "tidigare import med samma namn.",
            )
        if issues:
            return 0, issues
    new = indicators.loc[~clash, list(INDICATOR_COLUMNS)]
    insert_frame(connection, "indicator", new)
    insert_frame(
        connection,
        "indicator_source",
        pd.DataFrame({"indicator_id": new["id"], "source_id": source_id}),
    )
    if batch.links is not None and not batch.links.empty:
        links = batch.links.loc[batch.links["indicator_id"].isin(new["id"])]
        insert_frame(connection, "indicator_objective", links[["indicator_id", "objective_id"]])
    return len(new), issues


def _next_id(connection: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchall()[0][0])


def _orphans(connection: duckdb.DuckDBPyConnection) -> IssueList:
    issues = IssueList()
    found = connection.execute(
        "SELECT DISTINCT v.indicator_id FROM indicator_value v "
        "LEFT JOIN indicator i ON i.id = v.indicator_id WHERE i.id IS NULL LIMIT 20"
    ).fetchall()
    for (identifier,) in found:
        issues.add(
            None,
            "indicator_id",
            f"indikatorn ”{identifier}” har värden men skulle sakna definition; "
            "ta bort värdena först.",
        )
    return issues


def _check_bounds(batch: Batch, source: SourceInfo) -> None:
    """Refuse a batch with an unbounded text or a number that is not finite and sane."""
    numbers = ("value",) if batch.table == "indicator_value" else ()
    issues = frame_issues(batch.indicators)
    issues.extend(frame_issues(batch.rows, numbers=numbers))
    issues.extend(field_issues({k: getattr(source, k) for k in SOURCE_TEXTS}))
    if issues:
        raise ImportRejected(issues)


def apply_batch(
    connection: duckdb.DuckDBPyConnection, batch: Batch, source: SourceInfo, mode: Mode
) -> ImportResult:
    """Write ``batch`` as a new source inside the caller's transaction; raise if it clashes."""
    if mode not in ("append", "replace"):
        raise ValueError(f"Okänt läge ”{mode}”; välj append eller replace.")
    _check_bounds(batch, source)
    _ensure_ownership_table(connection)
    replaced = _sources_named(connection, source) if mode == "replace" else []
    source_id = _next_id(connection, "source")
    _hand_over_indicators(connection, replaced, source_id)
    _delete_source_rows(connection, replaced, with_indicators=False)
    connection.execute(
        "INSERT INTO source (id, name, url, license, fetched_at, is_demo, kind, description, "
        "imported_by, row_count) VALUES (?, ?, ?, ?, ?, false, ?, ?, ?, 0)",
        [
            source_id,
            source.name,
            source.url,
            source.license,
            now(),
            source.kind,
            source.description,
            source.imported_by,
        ],
    )
    indicator_count, issues = _write_indicators(connection, batch, source_id)
    row_count = 0
    if batch.table is not None and batch.rows is not None and not batch.rows.empty:
        if batch.table not in DATA_TABLES:
            raise ValueError(f"Okänd tabell: {batch.table}")
        issues.extend(_conflicts(connection, batch.table, batch.rows))
        if not issues:
            rows = batch.rows.drop(columns="__row__", errors="ignore").assign(source_id=source_id)
            if batch.table == "interaction":
                start = _next_id(connection, "interaction")
                rows.insert(0, "id", range(start, start + len(rows)))
                rows = rows.assign(scored_by=source.imported_by, scored_at=now())
            # Row order in a table means nothing here; not keeping it spares DuckDB the
            # buffers that order a parallel insert (about 30 MB at three million rows).
            connection.execute("SET preserve_insertion_order = false")
            try:
                insert_frame(connection, batch.table, rows)
            finally:
                with contextlib.suppress(duckdb.Error):
                    connection.execute("RESET preserve_insertion_order")
            row_count = len(rows)
    issues.extend(_orphans(connection))
    if issues:
        raise ImportRejected(issues)
    connection.execute(
        "UPDATE source SET row_count = ? WHERE id = ?", [row_count + indicator_count, source_id]
    )
    return ImportResult(source_id, row_count, indicator_count, replaced)


def write_batch(
    path: Path, batch: Batch, source: SourceInfo, mode: Mode, *, dry_run: bool = False
) -> ImportResult:
    """Write ``batch`` to the database at ``path`` in one transaction; all rows or none."""
    result = transaction_on_copy(
        path, lambda connection: apply_batch(connection, batch, source, mode), dry_run=dry_run
    )
    if dry_run:
        return ImportResult(
            None, result.row_count, result.indicator_count, result.replaced_sources, True
        )
    return result


def undo_source(path: Path, source_id: int) -> int:
    """Remove one source and every row it brought; return how many rows went."""

    def work(connection: duckdb.DuckDBPyConnection) -> int:
        _ensure_ownership_table(connection)
        hits = connection.execute(
            "SELECT kind, coalesce(row_count, 0) FROM source WHERE id = ?", [source_id]
        ).fetchall()
        found = hits[0] if hits else None
        if found is None:
            raise rejected(f"källa {source_id} finns inte.")
        if found[0] not in UNDOABLE_KINDS:
            raise rejected(f"källa {source_id} är referensdata och kan inte tas bort.")
        _delete_source_rows(connection, [source_id])
        issues = _orphans(connection)
        if issues:
            raise ImportRejected(issues)
        return int(found[1])

    return transaction_on_copy(path, work)
