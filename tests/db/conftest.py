"""Fixtures of the database-layer tests: the deck's slides, and the workshop tests' store, run
once on the DuckDB file and once on PostgreSQL (see :mod:`tests.support.workshop_stores`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from rus_data.conflicts.workshop_store import StoreLike, as_store
from rus_data.presentation.slide import Slide
from tests.db.presentation_slides import demo_slides
from tests.support.workshop_stores import BACKENDS, fresh_schema, postgres_url


@pytest.fixture(scope="module")
def slides(demo_db_path: Path) -> Iterator[list[Slide]]:
    """The deck's and the report's slides: the app's real charts on the demo database."""
    connection = duckdb.connect(str(demo_db_path), read_only=True)
    yield demo_slides(connection)
    connection.close()


@pytest.fixture(params=BACKENDS)
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreLike]:
    """A fresh, empty workshop store: a file's path, or a PostgreSQL store in its own schema."""
    if request.param == "duckdb":
        yield tmp_path / "ws.duckdb"
        return
    with fresh_schema(postgres_url()) as url:
        yield as_store(url)
