"""Shared fixtures: one demo database per test session, pointed to by ``RUS_DB``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from rus_data.build.database import build_database
from rus_data.config import DEMO_SEED

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A freshly built demo database; ``RUS_DB`` points at it for the whole session."""
    path = tmp_path_factory.mktemp("db") / "rus.duckdb"
    build_database(path, DEMO_SEED, progress=lambda _message: None)
    previous = os.environ.get("RUS_DB")
    os.environ["RUS_DB"] = str(path)
    yield path
    if previous is None:
        os.environ.pop("RUS_DB", None)
    else:
        os.environ["RUS_DB"] = previous


@pytest.fixture()
def db(demo_db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the session's demo database."""
    connection = duckdb.connect(str(demo_db_path), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests save screenshots and exports for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
