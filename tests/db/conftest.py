"""The workshop tests' store: run once on the DuckDB file and once on PostgreSQL (see
:mod:`tests.support.workshop_stores`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rus_data.conflicts.workshop_store import StoreLike, as_store
from tests.support.workshop_stores import BACKENDS, fresh_schema, postgres_url


@pytest.fixture(params=BACKENDS)
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreLike]:
    """A fresh, empty workshop store: a file's path, or a PostgreSQL store in its own schema."""
    if request.param == "duckdb":
        yield tmp_path / "ws.duckdb"
        return
    with fresh_schema(postgres_url()) as url:
        yield as_store(url)
