"""The app in front of a database it must not use: a file that is not ours, or one DuckDB
cannot open, gets a Swedish message naming the file and what to do, and stays as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from tests.app.apptest import APP


def _run(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Start the app on ``path``; return its one error message, as the user reads it."""
    monkeypatch.setenv("RUS_DB", str(path))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert not app.exception, app.exception
    assert len(app.error) == 1
    assert not app.title  # the page did not run
    return app.error[0].value.replace("\\", "")  # Markdown escapes, as the screen drops them


def test_a_foreign_database_is_neither_read_nor_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ekonomi.duckdb"
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE kunder AS SELECT 1 AS id, 'Anna' AS namn")
    before = path.read_bytes()
    message = _run(path, monkeypatch)
    assert f"Filen {path} är inte Miljömålsdashboardens databas" in message
    assert "schemamarkering" in message and "RUS_DB" in message and "--force" in message
    assert path.read_bytes() == before


def test_our_database_with_a_foreign_table_is_left_alone(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rus.duckdb"
    shutil.copyfile(demo_db_path, path)
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE mina_anteckningar AS SELECT 'viktigt' AS text")
    before = path.read_bytes()
    message = _run(path, monkeypatch)
    assert "tabeller som inte hör till programmet: mina_anteckningar" in message
    assert path.read_bytes() == before


def test_a_corrupt_database_says_what_is_wrong_and_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rus.duckdb"
    path.write_bytes(os.urandom(256 * 1024))
    before = path.read_bytes()
    message = _run(path, monkeypatch)
    assert f"Databasfilen {path} kan inte öppnas" in message
    assert "säkerhetskopia" in message and "python -m rus_data build --force" in message
    assert "Traceback" not in message
    assert path.read_bytes() == before
