"""Nothing is lost to a build: the writer lock, imported sources, foreign and corrupt files,
copies kept by ``--force``, and no extension downloads on any connection."""

from __future__ import annotations

import os
import re
import threading
import time
from pathlib import Path

import duckdb
import pytest

from rus_data.build.guard import BuildRefused, backup_path, build_replacing
from rus_data.cli import main
from rus_data.config import DEMO_SEED, PROJECT_ROOT
from rus_data.db.connect import connect
from rus_data.db.connection import UnusableDatabase, database_state, ensure_database
from rus_data.db.lock import writer_lock
from rus_data.db.state import inspect_database
from rus_data.imports.service import FileImport, import_file

QUIET = lambda _message: None  # noqa: E731
VALUES = "indicator_id;region_code;year;value;gender\nghg_emissions_per_capita;0180;2031;2,5;T\n"
_BACKUP = re.compile(r"^rus\.\d{8}-\d{6}(-\d+)?\.backup\.duckdb$")


def _imported(path: Path) -> Path:
    import_file(path, FileImport(VALUES.encode("utf-8"), "län.csv", "values"))
    return path


def _backups(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if _BACKUP.match(p.name))


def _foreign(path: Path) -> Path:
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE kunder (id INTEGER, namn TEXT)")
        connection.execute("INSERT INTO kunder VALUES (1, 'Anna'), (2, 'Bo')")
    return path


def _sources(path: Path) -> list[str]:
    with connect(path, read_only=True) as connection:
        return [kind for (kind,) in connection.execute("SELECT kind FROM source").fetchall()]


def test_build_refuses_a_database_with_imported_sources(
    app_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _imported(app_db).read_bytes()
    assert main(["build"]) == 1
    error = capsys.readouterr().err
    assert "innehåller 1 importerade källor" in error and "--force" in error
    assert app_db.read_bytes() == before
    assert _backups(app_db.parent) == []


def test_build_force_keeps_a_dated_copy_beside_the_old_file(
    app_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _imported(app_db).read_bytes()
    assert main(["build", "--force"]) == 0
    (backup,) = _backups(app_db.parent)
    assert backup.read_bytes() == before
    assert f"Den gamla filen är sparad som {backup}" in capsys.readouterr().out
    assert "import" in _sources(backup)
    assert set(_sources(app_db)) == {"demo", "reference"}


def test_a_generated_database_is_rebuilt_without_force(app_db: Path) -> None:
    assert main(["build"]) == 0
    assert _backups(app_db.parent) == []


def test_backup_names_never_overwrite_an_older_copy(tmp_path: Path) -> None:
    from datetime import datetime

    path = tmp_path / "rus.duckdb"
    when = datetime(2025, 3, 4, 5, 6, 7)
    first = backup_path(path, when)
    assert first.name == "rus.20250304-050607.backup.duckdb"
    first.write_bytes(b"old")
    assert backup_path(path, when).name == "rus.20250304-050607-2.backup.duckdb"


def test_build_waits_for_an_import_holding_the_writer_lock_and_keeps_it(app_db: Path) -> None:
    messages: list[str] = []
    outcome: list[object] = []

    def build() -> None:
        try:
            outcome.append(build_replacing(app_db, DEMO_SEED, messages.append))
        except BuildRefused as refusal:
            outcome.append(refusal)

    with writer_lock(app_db):  # an import is running
        worker = threading.Thread(target=build)
        worker.start()
        time.sleep(1.0)
        assert outcome == []
        with duckdb.connect(str(app_db)) as connection:  # what the import writes
            connection.execute(
                "INSERT INTO source (id, name, fetched_at, is_demo, kind) "
                "VALUES (99, 'län.csv', now(), false, 'import')"
            )
    worker.join(timeout=120)
    assert any("Väntar på att en annan skrivning" in m for m in messages)
    assert len(outcome) == 1 and isinstance(outcome[0], BuildRefused)
    assert "import" in _sources(app_db)


@pytest.mark.parametrize("kind", ["no_meta", "extra_table"])
def test_build_refuses_a_foreign_database_unless_forced(
    app_db: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if kind == "no_meta":
        app_db.unlink()
    _foreign(app_db)
    before = app_db.read_bytes()
    assert database_state(app_db) == "foreign"
    assert main(["build"]) == 1
    error = capsys.readouterr().err
    assert "inte Miljömålsdashboardens databas" in error
    assert ("meta" if kind == "no_meta" else "kunder") in error
    assert app_db.read_bytes() == before
    assert main(["build", "--force"]) == 0
    (backup,) = _backups(tmp_path)
    with connect(backup, read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM kunder").fetchone() == (2,)
    assert database_state(app_db) == "current"


def test_the_app_does_not_rebuild_over_a_foreign_database(tmp_path: Path) -> None:
    path = _foreign(tmp_path / "annan.duckdb")
    before = path.read_bytes()
    with pytest.raises(UnusableDatabase, match="inte Miljömålsdashboardens databas"):
        ensure_database(path, QUIET)
    assert path.read_bytes() == before


def test_a_corrupt_file_is_unreadable_and_kept_unless_forced(
    app_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_db.write_bytes(os.urandom(64 * 1024))
    before = app_db.read_bytes()
    inspection = inspect_database(app_db)
    assert inspection.state == "unreadable" and "not a valid DuckDB" in inspection.error
    with pytest.raises(UnusableDatabase, match="kan inte öppnas"):
        ensure_database(app_db, QUIET)
    assert main(["build"]) == 1
    assert "kan inte öppnas" in capsys.readouterr().err
    assert app_db.read_bytes() == before
    assert main(["build", "--force"]) == 0
    (backup,) = _backups(tmp_path)
    assert backup.read_bytes() == before


def test_an_empty_duckdb_file_is_built_over(tmp_path: Path) -> None:
    path = tmp_path / "tom.duckdb"
    duckdb.connect(str(path)).close()
    assert database_state(path) == "empty"
    assert ensure_database(path, QUIET) is True
    assert database_state(path) == "current"


def test_a_connection_downloads_and_loads_no_extensions(app_db: Path) -> None:
    with connect(app_db, read_only=True) as connection:
        settings = connection.execute(
            "SELECT current_setting('autoinstall_known_extensions'), "
            "current_setting('autoload_known_extensions')"
        ).fetchone()
    assert settings == (False, False)


def test_a_sqlite_file_is_refused_without_fetching_an_extension(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "rus.duckdb"
    with sqlite3.connect(path) as lite:
        lite.execute("CREATE TABLE t (x)")
    with pytest.raises(duckdb.Error) as error:
        connect(path, read_only=True)
    assert "download" not in str(error.value).lower()  # it did not try to fetch sqlite_scanner
    assert inspect_database(path).state == "unreadable"


def test_every_connection_is_opened_by_the_one_connect_function() -> None:
    allowed = PROJECT_ROOT / "rus_data" / "db" / "connect.py"
    offenders = [
        f"{path.relative_to(PROJECT_ROOT)}:{number}"
        for folder in ("rus_data", "ui", "pages")
        for path in sorted((PROJECT_ROOT / folder).rglob("*.py"))
        if path != allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "duckdb.connect(" in line
    ]
    assert offenders == []
