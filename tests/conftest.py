"""Shared fixtures: one demo database per test session, pointed to by ``RUS_DB``."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from rus_data.build.database import build_database
from rus_data.config import DEMO_SEED
from rus_data.db.connect import SAFE_CONFIG
from rus_data.db.readers import close_idle
from tests.app.language_words import motivations_in, names_in

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="session", autouse=True)
def _tests_connect_as_the_project_does() -> Iterator[None]:
    """Tests' own ``duckdb.connect`` calls get the project's configuration
    (:data:`rus_data.db.connect.SAFE_CONFIG`) unless they pass one.

    DuckDB refuses a second connection to a file with another configuration, and the app's
    readers (:mod:`rus_data.db.readers`) keep the files they read open for the process: an
    idle one is closed first, so that the test reads the file now at the path.
    """
    plain = duckdb.connect

    def connect(database: Any = ":memory:", *args: Any, **kwargs: Any) -> Any:
        if len(args) < 2 and kwargs.get("config") is None:
            kwargs["config"] = dict(SAFE_CONFIG)
        if isinstance(database, str | Path) and Path(database).is_file():
            close_idle(database)
        return plain(database, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(duckdb, "connect", connect)
        yield


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
def db_copy(demo_db_path: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database (``tmp_path/rus.duckdb``) that a test may write to."""
    target = tmp_path / "rus.duckdb"
    shutil.copyfile(demo_db_path, target)
    return target


@pytest.fixture()
def app_db(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """:func:`db_copy`, pointed to by ``RUS_DB``: the app under test reads (and may write) it."""
    monkeypatch.setenv("RUS_DB", str(db_copy))
    return db_copy


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


@pytest.fixture(scope="module")
def motivations(demo_db_path: Path) -> set[str]:
    """The assessments' motivations in the demo database: quoted text, in its own language."""
    return motivations_in(demo_db_path)


@pytest.fixture(scope="module")
def proper_names(demo_db_path: Path) -> set[str]:
    """The names in the demo database (places, sources) that read the same in both languages."""
    return names_in(demo_db_path)
