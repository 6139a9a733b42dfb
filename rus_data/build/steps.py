"""Further steps of the database build, run in order after the reference and demo data.

Each step is ``step(connection, seed, progress, with_demo)`` and runs inside the build's one
transaction. A feature that ships data of its own (targets, interactions …) adds one line here.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from rus_data.conflicts.starting_set import load_starting_interactions
from rus_data.demo.targets import load_demo_targets

BuildStep = Callable[[duckdb.DuckDBPyConnection, int, Callable[[str], None], bool], None]

EXTRA_STEPS: tuple[BuildStep, ...] = (
    load_demo_targets,
    load_starting_interactions,
    # one line per step, in the order they run
)
