"""The workshop's two backends in tests: the DuckDB file always, PostgreSQL when
``RUS_TEST_POSTGRES_URL`` names a server (skipped without one, a failure where
``RUS_REQUIRE_POSTGRES=1``, as in CI). Each test gets a schema of its own, dropped after
(:func:`~rus_data.conflicts.workshop_postgres.scratch_schema`)."""

from __future__ import annotations

import os

import pytest

from rus_data.conflicts.workshop_postgres import scratch_schema as fresh_schema

BACKENDS = ("duckdb", "postgres")
__all__ = ["BACKENDS", "fresh_schema", "postgres_url"]


def postgres_url() -> str:
    """The test server's URL, or a skip (a failure in CI) when there is none."""
    url = os.environ.get("RUS_TEST_POSTGRES_URL", "").strip()
    if url:
        return url
    if os.environ.get("RUS_REQUIRE_POSTGRES") == "1":
        pytest.fail("RUS_REQUIRE_POSTGRES=1 men RUS_TEST_POSTGRES_URL är inte satt")
    pytest.skip("RUS_TEST_POSTGRES_URL är inte satt: inga tester mot PostgreSQL")
