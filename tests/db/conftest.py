"""Fixtures of the database-layer tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from rus_data.presentation.slide import Slide
from tests.db.presentation_slides import demo_slides


@pytest.fixture(scope="module")
def slides(demo_db_path: Path) -> Iterator[list[Slide]]:
    """The deck's and the report's slides: the app's real charts on the demo database."""
    connection = duckdb.connect(str(demo_db_path), read_only=True)
    yield demo_slides(connection)
    connection.close()
