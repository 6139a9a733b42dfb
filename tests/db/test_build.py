"""The build: complete, idempotent, atomic, and a CLI that prints its progress."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from rus_data.build import database as build_module
from rus_data.build.database import build_database
from rus_data.config import DEMO_SEED, PROJECT_ROOT, database_path
from tests.support.cli import run_cli

QUIET = lambda _message: None  # noqa: E731


def _data_rows(path: Path) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as connection:
        return (
            connection.execute(
                "SELECT indicator_id, region_code, year, value FROM indicator_value "
                "ORDER BY ALL LIMIT 2000"
            ).fetchall()
            + connection.execute(
                "SELECT objective_id, region_code, year, status, trend FROM assessment ORDER BY ALL"
            ).fetchall()
        )


def test_build_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    first = build_database(path, DEMO_SEED, QUIET)
    rows = _data_rows(path)
    second = build_database(path, DEMO_SEED, QUIET)
    assert first.counts == second.counts
    assert _data_rows(path) == rows
    assert second.counts["region"] == 312
    assert second.counts["sdg_target"] == 169


def test_failed_build_leaves_existing_database_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.duckdb"
    build_database(path, DEMO_SEED, QUIET)
    before = path.read_bytes()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("simulated failure halfway")

    monkeypatch.setattr(build_module, "_load_demo", broken)
    with pytest.raises(RuntimeError, match="halfway"):
        build_database(path, DEMO_SEED, QUIET)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.duckdb"]


def test_failed_first_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "_load_reference", lambda _c: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        build_database(tmp_path / "new.duckdb", DEMO_SEED, QUIET)
    assert list(tmp_path.iterdir()) == []


def test_reference_only_build(tmp_path: Path) -> None:
    report = build_database(tmp_path / "ref.duckdb", DEMO_SEED, QUIET, with_demo=False)
    assert report.counts["indicator_value"] == 0
    assert report.counts["region"] == 312


def test_database_path_follows_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUS_DB", "/tmp/somewhere/x.duckdb")
    assert database_path() == Path("/tmp/somewhere/x.duckdb")
    monkeypatch.delenv("RUS_DB")
    assert database_path() == PROJECT_ROOT / "data" / "rus.duckdb"


def test_cli_builds_at_rus_db_and_prints_progress(tmp_path: Path) -> None:
    path = tmp_path / "cli.duckdb"
    result = run_cli(["build"], path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Bygger databasen" in result.stdout
    assert "Klar på" in result.stdout
    assert path.exists()
    with duckdb.connect(str(path), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM region").fetchone()[0] == 312


def test_default_database_is_git_ignored() -> None:
    ignored = (PROJECT_ROOT / ".gitignore").read_text(encoding="utf-8")
    assert "data/*.duckdb" in ignored


def _set_schema_version(path: Path, version: str) -> None:
    with duckdb.connect(str(path)) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [version])


def test_outdated_demo_database_is_rebuilt(tmp_path: Path) -> None:
    from rus_data.db.connection import database_state, ensure_database
    from rus_data.db.schema import SCHEMA_VERSION

    path = tmp_path / "old.duckdb"
    build_database(path, DEMO_SEED, QUIET)
    _set_schema_version(path, "0")
    assert database_state(path) == "outdated_generated"
    messages: list[str] = []
    assert ensure_database(path, messages.append) is True
    assert any("äldre schema" in m for m in messages)
    assert database_state(path) == "current"
    with duckdb.connect(str(path), read_only=True) as connection:
        stored = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        assert stored.fetchone()[0] == SCHEMA_VERSION


def test_outdated_database_with_imports_is_left_alone(tmp_path: Path) -> None:
    from rus_data.db.connection import OutdatedDatabase, database_state, ensure_database

    path = tmp_path / "old.duckdb"
    build_database(path, DEMO_SEED, QUIET)
    with duckdb.connect(str(path)) as connection:
        connection.execute(
            "INSERT INTO source (id, name, fetched_at, is_demo, kind) "
            "VALUES (99, 'län.csv', now(), false, 'import')"
        )
    _set_schema_version(path, "0")
    before = path.read_bytes()
    assert database_state(path) == "outdated_with_data"
    with pytest.raises(OutdatedDatabase, match="importerade data"):
        ensure_database(path, QUIET)
    assert path.read_bytes() == before
