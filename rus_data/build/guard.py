"""The command line's build: under the writer lock, and never over a file whose contents a
build cannot bring back unless told so (``--force``), and then only after keeping a copy.

A file needs ``--force`` when it holds imported sources, is not the project's database, or
cannot be opened (see :class:`rus_data.db.state.Inspection`). The copy lies beside the file,
named ``<name>.<YYYYMMDD-HHMMSS>.backup.duckdb`` after the local time of the build.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from rus_data.build.database import BuildReport, Progress, build_database
from rus_data.db.lock import writer_lock
from rus_data.db.state import (
    Inspection,
    foreign_message,
    imports_message,
    inspect_database,
    unreadable_message,
)


class BuildRefused(RuntimeError):
    """The build would replace a file holding data it cannot rebuild, and was not forced."""


def backup_path(path: Path, when: datetime) -> Path:
    """Where the copy of ``path`` kept at ``when`` goes: beside it, dated, not yet taken."""
    path = Path(path)
    stamp = when.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{stamp}.backup{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.{stamp}-{number}.backup{path.suffix}")
        number += 1
    return candidate


def keep_copy(path: Path, when: datetime | None = None) -> Path:
    """Copy ``path`` (and its write-ahead log, if any) to :func:`backup_path`; return it."""
    path = Path(path)
    target = backup_path(path, when or datetime.now())
    shutil.copy2(path, target)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + ".wal"))
    return target


def refusal(inspection: Inspection) -> str:
    """Why the file is not replaced without ``--force``, in Swedish."""
    if inspection.state == "unreadable":
        return unreadable_message(inspection)
    if inspection.state == "foreign":
        return foreign_message(inspection)
    return imports_message(inspection)


def build_replacing(
    path: Path,
    seed: int,
    progress: Progress = print,
    *,
    with_demo: bool = True,
    force: bool = False,
) -> tuple[BuildReport, Path | None]:
    """Build the database at ``path`` under the writer lock; return the report and the copy
    of the old file kept first (None when none was needed).

    Raises :class:`BuildRefused` when the old file holds data a build cannot bring back and
    ``force`` is not set.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with writer_lock(path, progress):
        inspection = inspect_database(path)
        backup = None
        if inspection.replace_needs_force:
            if not force:
                raise BuildRefused(refusal(inspection))
            backup = keep_copy(path)
            progress(f"Den gamla filen är sparad som {backup}")
        return build_database(path, seed, progress, with_demo=with_demo), backup
