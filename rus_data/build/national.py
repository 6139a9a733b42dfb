"""A national-scale benchmark database: the demo database plus many synthetic indicators with a
value for every region in every year, generated in SQL so that millions of rows take seconds.

The added indicators are made up (``nat_001`` …) and their values come from the demo source,
so every page that shows them says "Exempeldata – inte officiell statistik". The values are a
fixed arithmetic function of indicator, region and year: the same arguments give the same
database on every machine, with no random generator involved.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rus_data.build.database import DEMO_SOURCE_ID, build_database
from rus_data.config import DEMO_SEED
from rus_data.db.connect import connect
from rus_data.db.summaries import refresh_summaries

# The default shape: 292 indicators × 312 regions × 36 years ≈ 3.28 M values, plus the demo's.
NATIONAL_INDICATORS = 292
FIRST_YEAR = 1989
LAST_YEAR = 2024
OBJECTIVE_COUNT = 17  # objective ids 0..16
SHAPE_VERSION = "2"  # bump when the generated contents change


@dataclass(frozen=True)
class NationalShape:
    """How many indicators and which years the national-scale data cover."""

    indicators: int = NATIONAL_INDICATORS
    first_year: int = FIRST_YEAR
    last_year: int = LAST_YEAR

    @property
    def tag(self) -> str:
        """A short name of the shape, for file names and the ``meta`` table."""
        return f"v{SHAPE_VERSION}-{self.indicators}i-{self.first_year}-{self.last_year}"


_INDICATORS_SQL = """
INSERT INTO indicator
SELECT
    printf('nat_%03d', n),
    printf('Exempelindikator %d (nationell skala)', n),
    printf('Example indicator %d (national scale)', n),
    CASE n % 3 WHEN 0 THEN 'procent' WHEN 1 THEN 'kg/invånare' ELSE 'index' END,
    CASE n % 3 WHEN 0 THEN 'percent' WHEN 1 THEN 'kg/inhabitant' ELSE 'index' END,
    CASE WHEN n % 2 = 0 THEN 'higher' ELSE 'lower' END,
    'kommun',
    'mean',
    1,
    'Syntetisk indikator för prestandamätning.',
    'Synthetic indicator for benchmarks.'
FROM range(1, ? + 1) AS t(n)
"""

_LINKS_SQL = """
INSERT INTO indicator_objective
SELECT printf('nat_%03d', n), n % ?
FROM range(1, ? + 1) AS t(n)
"""

# A level per indicator, a trend per indicator, a fixed offset per region and a bounded
# wobble per (indicator, region, year): all integer arithmetic, so exactly reproducible.
_VALUES_SQL = """
INSERT INTO indicator_value
WITH indicators AS (
    SELECT n, printf('nat_%03d', n) AS indicator_id FROM range(1, ? + 1) AS t(n)
), places AS (
    SELECT code, row_number() OVER (ORDER BY code) AS r FROM region
), years AS (
    SELECT y FROM range(?, ? + 1) AS t(y)
)
SELECT
    i.indicator_id,
    p.code,
    y.y,
    'T',
    round(
        (10 + (i.n * 37) % 90)
        * (1 + ((i.n % 7) - 3) * 0.005 * (y.y - ?))
        * (0.7 + ((p.r * 131) % 61) / 100.0)
        * (0.97 + ((i.n * 7919 + p.r * 104729 + y.y * 31) % 61) / 1000.0),
        2
    ),
    ?
FROM indicators i, places p, years y
"""


def add_national_values(path: Path, shape: NationalShape = NationalShape()) -> int:
    """Add the national-scale indicators and values to the database at ``path`` in one
    transaction; return how many values were added."""
    with connect(path) as connection:
        connection.execute("BEGIN TRANSACTION")
        connection.execute(_INDICATORS_SQL, [shape.indicators])
        connection.execute(_LINKS_SQL, [OBJECTIVE_COUNT, shape.indicators])
        connection.execute(
            _VALUES_SQL,
            [
                shape.indicators,
                shape.first_year,
                shape.last_year,
                shape.first_year,
                DEMO_SOURCE_ID,
            ],
        )
        added = connection.execute(
            "SELECT count(*) FROM indicator_value WHERE indicator_id LIKE 'nat\\_%' ESCAPE '\\'"
        ).fetchone()[0]
        connection.execute(
            "UPDATE source SET row_count = row_count + ? WHERE id = ?", [added, DEMO_SOURCE_ID]
        )
        refresh_summaries(connection)
        connection.execute("INSERT INTO meta VALUES ('bench_scale', ?)", [shape.tag])
        connection.execute("COMMIT")
        connection.execute("CHECKPOINT")
    return int(added)


def build_national_database(path: Path, shape: NationalShape = NationalShape()) -> Path:
    """Build the demo database with the national-scale values at ``path``, atomically."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.national")
    try:
        build_database(temporary, DEMO_SEED, progress=lambda _message: None)
        add_national_values(temporary, shape)
        os.replace(temporary, path)
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
            leftover.unlink(missing_ok=True)
    return path


def national_database(folder: Path, shape: NationalShape = NationalShape()) -> Path:
    """The national-scale database of ``shape`` in ``folder``, built only if it is missing
    (the file name carries the shape, so a changed shape gets a new file)."""
    path = Path(folder) / f"rus-bench-national-{shape.tag}.duckdb"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_national_database(path, shape)
    return path
