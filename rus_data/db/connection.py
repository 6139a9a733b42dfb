"""Opening the database: a current one is made sure of before anyone reads it (built when
missing, empty or outdated with generated data only), and what to say when it cannot be used.

The app opens the file read-only through :mod:`rus_data.db.readers`; every connection in the
project comes from :func:`rus_data.db.connect.connect`.
"""

from __future__ import annotations

import functools
from pathlib import Path

from rus_data.build.database import Progress, build_database
from rus_data.config import DEMO_SEED
from rus_data.db.lock import writer_lock
from rus_data.db.readers import database_version as database_version
from rus_data.db.schema import SCHEMA_VERSION
from rus_data.db.state import (
    DatabaseState,
    Inspection,
    Opener,
    Quote,
    foreign_message,
    inspect_database,
    unreadable_message,
)


class UnusableDatabase(RuntimeError):
    """The file at the database path is not read or rebuilt: it is not ours, cannot be
    opened, or holds imported data that a rebuild would lose."""


class OutdatedDatabase(UnusableDatabase):
    """The database has an older schema and holds imported data, so it is not rebuilt."""


def schema_version(path: Path) -> str | None:
    """The schema version stored in the database, or None if it has none."""
    return inspect_database(path).schema_version


def database_state(path: Path) -> DatabaseState:
    """Whether the database is missing, empty, unreadable, foreign, current or outdated (with
    or without imported data)."""
    return inspect_database(path).state


def _plain(text: str) -> str:
    return text


def outdated_message(inspection: Inspection, quote: Quote = _plain) -> str:
    """What to do about an outdated database that holds imported data, in Swedish."""
    return (
        f"Databasen {quote(str(inspection.path))} är byggd med en äldre version av programmet "
        f"(schema {quote(inspection.schema_version or 'okänt')}, nu {SCHEMA_VERSION}) och "
        "innehåller importerade data, så den byggs inte om automatiskt. Bygg en ny med "
        "`python -m rus_data build --force` (den gamla filen sparas då som en daterad kopia "
        "bredvid) och importera filerna på nytt, eller peka RUS_DB på en annan databas."
    )


def refusal_message(inspection: Inspection, quote: Quote = _plain) -> str | None:
    """Why the app neither reads nor rebuilds the file, in Swedish; None when it may go on."""
    if inspection.state == "foreign":
        return foreign_message(inspection, quote)
    if inspection.state == "unreadable":
        return unreadable_message(inspection, quote)
    if inspection.state == "outdated_with_data":
        return outdated_message(inspection, quote)
    return None


def ensure_database(path: Path, progress: Progress = print, opener: Opener | None = None) -> bool:
    """Build the database if it is missing, empty or outdated with only generated data.

    Returns True if it was built. The build runs under the writer lock, after looking at the
    file again. Raises :class:`UnusableDatabase` (:class:`OutdatedDatabase` for an outdated
    one with imported data) instead of replacing a file whose contents a rebuild would lose.
    ``opener`` opens the file to look at it (the app passes its reader registry's).
    """
    path = Path(path)
    look = functools.partial(inspect_database, opener=opener) if opener else inspect_database
    if look(path).state == "current":
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with writer_lock(path, progress):
        inspection = look(path)
        if inspection.state == "current":
            return False
        message = refusal_message(inspection)
        if message is not None:
            refused = inspection.state == "outdated_with_data"
            raise (OutdatedDatabase if refused else UnusableDatabase)(message)
        if inspection.state == "outdated_generated":
            progress("Databasen har ett äldre schema och bara exempeldata – bygger om den.")
        build_database(path, DEMO_SEED, progress)
    return True
