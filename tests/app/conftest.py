"""Fixtures of the AppTest runs: the demo database with hostile names imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.hostile import hostile_database


@pytest.fixture(scope="session")
def hostile_db_file(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo database whose imported names are hostile Markdown (built once)."""
    return hostile_database(demo_db_path, tmp_path_factory.mktemp("hostile") / "rus.duckdb")


@pytest.fixture()
def hostile_db(hostile_db_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The hostile database, read by the app under test (``RUS_DB`` for this test only)."""
    monkeypatch.setenv("RUS_DB", str(hostile_db_file))
    return hostile_db_file
