"""What the database already knows (regions, indicators, objectives), to check an import against."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class Context:
    """What the database already knows, against which a file is checked."""

    regions: dict[str, str]
    region_levels: dict[str, str]
    indicator_units: dict[str, str]
    objectives: frozenset[int]
    targets: frozenset[str]
    scope: frozenset[tuple[int, str]]


def load_context(connection: duckdb.DuckDBPyConnection) -> Context:
    """Read regions, indicators, objectives, SDG targets and the assessment scope."""
    cursor = connection.cursor()
    try:
        regions = cursor.execute("SELECT code, name, level FROM region").fetchall()
        indicators = cursor.execute("SELECT id, unit FROM indicator").fetchall()
        objectives = cursor.execute("SELECT id FROM objective").fetchall()
        targets = cursor.execute("SELECT id FROM sdg_target").fetchall()
        scope = cursor.execute("SELECT objective_id, region_code FROM assessment_scope").fetchall()
    finally:
        cursor.close()
    return Context(
        regions={code: name for code, name, _ in regions},
        region_levels={code: level for code, _, level in regions},
        indicator_units=dict(indicators),
        objectives=frozenset(int(o) for (o,) in objectives),
        targets=frozenset(t for (t,) in targets),
        scope=frozenset((int(o), r) for o, r in scope),
    )
