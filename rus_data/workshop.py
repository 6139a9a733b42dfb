"""Workshop rounds: sessions, each rater's scores, adopted scores, in a small DuckDB file.

Why a separate file: the app holds the main database open read-only for the whole process,
and DuckDB refuses a read-write connection to a file that the same process has open with a
different configuration (and another process reading it holds a lock as well). Rebuilding
the main file on every saved score would also throw away every cache. So workshop data live in
``<database>.workshop.duckdb`` beside the main file (or ``$RUS_WORKSHOP_DB``), with the same
table definitions as ``schema.sql``. Every read and write opens a short-lived read-write
connection (connections in one process share one database instance, so there is no
configuration clash), and every write is one transaction: all rows or none. Cached reads are
keyed by :func:`store_version`, which changes whenever the file changes.
"""

from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from rus_data.schema import SCHEMA_FILE

STORE_TABLES = ("source", "interaction", "workshop_session", "workshop_score")
ROUND_COLUMNS = ("rater", "from_kind", "from_id", "to_kind", "to_id", "score", "comment")
NODE_KINDS = ("objective", "target")
ADOPTED_BY = "workshop"
_LOCK_RETRIES = 30


class WorkshopError(Exception):
    """A problem the user can fix; the message is in Swedish and names what to change."""


class RoundValidationError(WorkshopError):
    """An imported or entered scoring round has errors; nothing was saved."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


def store_path(database: Path) -> Path:
    """Where the workshop file lives: ``$RUS_WORKSHOP_DB`` or beside the main database."""
    configured = os.environ.get("RUS_WORKSHOP_DB", "").strip()
    if configured:
        return Path(configured).expanduser()
    database = Path(database)
    return database.with_name(f"{database.stem}.workshop.duckdb")


def store_version(path: Path) -> str:
    """A token that changes whenever the workshop file is written ("none" if it is missing)."""
    path = Path(path)
    if not path.exists():
        return "none"
    stat = path.stat()
    wal = path.with_name(path.name + ".wal")
    wal_part = f"-{wal.stat().st_mtime_ns}-{wal.stat().st_size}" if wal.exists() else ""
    return f"{stat.st_ino}-{stat.st_mtime_ns}-{stat.st_size}{wal_part}"


def _store_ddl() -> str:
    """The CREATE TABLE statements of ``schema.sql`` for the workshop file's tables."""
    statements = SCHEMA_FILE.read_text(encoding="utf-8").split(";")
    wanted = []
    for statement in statements:
        match = re.search(r"CREATE TABLE (\w+)", statement)
        if match and match.group(1) in STORE_TABLES:
            body = statement[match.start() :]
            wanted.append(body.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
    return ";\n".join(wanted) + ";"


@contextmanager
def open_store(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived read-write connection to the workshop file, created on first use."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = None
    for attempt in range(_LOCK_RETRIES):
        try:
            connection = duckdb.connect(str(path))
            break
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or attempt == _LOCK_RETRIES - 1:
                raise WorkshopError(
                    "Workshopfilen används av ett annat program just nu. Försök igen om en stund."
                ) from error
            time.sleep(0.1)
    assert connection is not None
    try:
        connection.execute(_store_ddl())
        yield connection
    finally:
        connection.close()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _frame(path: Path, sql: str, params: list | dict | None = None) -> pd.DataFrame:
    with open_store(path) as connection:
        return connection.execute(sql, params or []).df()


def create_session(path: Path, name: str, context: str) -> int:
    """Create a workshop session and return its id."""
    name = name.strip()
    if not name:
        raise WorkshopError("Ge sessionen ett namn.")
    with open_store(path) as connection:
        session_id = int(
            connection.execute("SELECT coalesce(max(id), 0) + 1 FROM workshop_session").fetchone()[
                0
            ]
        )
        connection.execute(
            "INSERT INTO workshop_session VALUES (?, ?, ?, ?)",
            [session_id, name, context, _now()],
        )
    return session_id


def sessions(path: Path) -> pd.DataFrame:
    """Sessions with ``id, name, context, created_at, raters, scores``, newest first."""
    return _frame(
        path,
        """
        SELECT s.id, s.name, s.context, s.created_at,
               count(DISTINCT w.rater) AS raters, count(w.score) AS scores
        FROM workshop_session s LEFT JOIN workshop_score w ON w.session_id = s.id
        GROUP BY ALL ORDER BY s.id DESC
        """,
    )


def session_scores(path: Path, session_id: int) -> pd.DataFrame:
    """Every rater's scores in a session, with ``from_key`` and ``to_key``."""
    return _frame(
        path,
        """
        SELECT rater, from_kind, from_id, to_kind, to_id, score, comment, scored_at,
               from_kind || ':' || from_id AS from_key, to_kind || ':' || to_id AS to_key
        FROM workshop_score WHERE session_id = ?
        ORDER BY from_kind, from_id, to_kind, to_id, rater
        """,
        [session_id],
    )


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    text = str(value).strip()
    return "" if text.lower() == "nan" else text


def _parse_score(value: object) -> int | None:
    text = _text(value).replace("−", "-").replace("+", "")
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def validate_round(frame: pd.DataFrame, known_nodes: Iterable[str]) -> pd.DataFrame:
    """Check a scoring round and return it cleaned, or raise with every error by row.

    Row numbers are those of a spreadsheet: the header is row 1, the first score row 2.
    """
    missing = [c for c in ROUND_COLUMNS if c not in frame.columns]
    if missing:
        raise RoundValidationError([f"Filen saknar kolumnerna: {', '.join(missing)}."])
    if frame.empty:
        raise RoundValidationError(["Filen innehåller inga poäng."])
    known = set(known_nodes)
    errors: list[str] = []
    rows = []
    seen: dict[tuple[str, ...], int] = {}
    for position, record in enumerate(frame.to_dict("records")):
        line = position + 2
        rater = _text(record["rater"])
        nodes = []
        for side in ("from", "to"):
            kind, node_id = _text(record[f"{side}_kind"]), _text(record[f"{side}_id"])
            if f"{kind}:{node_id}" not in known:
                errors.append(
                    f"Rad {line}: okänd nod {kind or '–'} {node_id or '–'} i fälten "
                    f"{side}_kind/{side}_id (använd objective 0–16 eller ett delmål som 15.5)."
                )
            nodes.append((kind, node_id))
        score = _parse_score(record["score"])
        comment = _text(record["comment"])
        if not rater:
            errors.append(f"Rad {line}: fältet rater (bedömare) är tomt.")
        if score is None:
            errors.append(
                f"Rad {line}: fältet score måste vara ett heltal, inte {record['score']!r}."
            )
        elif not -3 <= score <= 3:
            errors.append(f"Rad {line}: fältet score är {score}, men skalan går från −3 till +3.")
        if not comment:
            errors.append(f"Rad {line}: fältet comment (motivering) är tomt.")
        if nodes[0] == nodes[1] and nodes[0][1]:
            errors.append(f"Rad {line}: en nod kan inte poängsätta sig själv.")
        pair = (rater, *nodes[0], *nodes[1])
        if pair in seen:
            errors.append(f"Rad {line}: samma bedömare och par finns redan på rad {seen[pair]}.")
        seen[pair] = line
        rows.append((rater, *nodes[0], *nodes[1], score, comment))
    if errors:
        raise RoundValidationError(errors)
    return pd.DataFrame(rows, columns=list(ROUND_COLUMNS))


def save_round(path: Path, session_id: int, frame: pd.DataFrame, known_nodes: Iterable[str]) -> int:
    """Validate and save scores into a session in one transaction; return the row count.

    A rater who scores a pair again replaces the earlier score. On any error nothing is saved.
    """
    clean = validate_round(frame, known_nodes)
    now = _now()
    with open_store(path) as connection:
        exists = connection.execute(
            "SELECT count(*) FROM workshop_session WHERE id = ?", [session_id]
        ).fetchone()[0]
        if not exists:
            raise WorkshopError(f"Sessionen {session_id} finns inte.")
        connection.execute("BEGIN TRANSACTION")
        try:
            connection.executemany(
                "INSERT OR REPLACE INTO workshop_score VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(session_id, *row, now) for row in clean.itertuples(index=False)],
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return len(clean)


def score_summary(scores: pd.DataFrame) -> pd.DataFrame:
    """Per pair: raters, mean, median, spread (max − min) and standard deviation.

    Sorted so the pairs raters disagree on most come first. The standard deviation is the
    population one (0 for a single rater).
    """
    columns = ["from_key", "to_key", "raters", "mean", "median", "min", "max", "spread", "std"]
    if scores.empty:
        return pd.DataFrame(columns=columns)
    grouped = scores.groupby(["from_key", "to_key"], sort=False)["score"]
    summary = grouped.agg(
        raters="count",
        mean="mean",
        median="median",
        min="min",
        max="max",
        std=lambda s: float(s.std(ddof=0)),
    ).reset_index()
    summary["spread"] = summary["max"] - summary["min"]
    summary = summary.sort_values(
        ["spread", "std", "from_key", "to_key"], ascending=[False, False, True, True]
    )
    return summary[columns].reset_index(drop=True)


def _session_source(connection: duckdb.DuckDBPyConnection, session_id: int) -> int:
    name, created = connection.execute(
        "SELECT name, created_at FROM workshop_session WHERE id = ?", [session_id]
    ).fetchone()
    source_name = f"Workshop: {name} ({pd.Timestamp(created):%Y-%m-%d})"
    found = connection.execute("SELECT id FROM source WHERE name = ?", [source_name]).fetchone()
    if found:
        return int(found[0])
    source_id = int(connection.execute("SELECT coalesce(max(id), 0) + 1 FROM source").fetchone()[0])
    connection.execute(
        "INSERT INTO source (id, name, license, fetched_at, is_demo, kind, description, "
        "imported_by) VALUES (?, ?, NULL, ?, false, 'import', ?, ?)",
        [
            source_id,
            source_name,
            _now(),
            "Poäng som deltagarna i en workshop har kommit överens om.",
            ADOPTED_BY,
        ],
    )
    return source_id


def adopt_score(
    path: Path,
    session_id: int,
    from_key: str,
    to_key: str,
    score: int,
    rationale: str,
    known_nodes: Iterable[str],
) -> None:
    """Write the agreed score of a pair into the workshop file's ``interaction`` table.

    The score then overrides the starting set for the session's context (the nation or a
    county). One transaction; the rationale must not be empty.
    """
    known = set(known_nodes)
    if from_key not in known or to_key not in known:
        raise WorkshopError(f"Okänt par: {from_key} → {to_key}.")
    if not -3 <= int(score) <= 3:
        raise WorkshopError(f"Poängen {score} ligger utanför skalan −3 … +3.")
    if not rationale.strip():
        raise WorkshopError("Skriv en motivering till den överenskomna poängen.")
    from_kind, from_id = from_key.split(":", 1)
    to_kind, to_id = to_key.split(":", 1)
    with open_store(path) as connection:
        row = connection.execute(
            "SELECT name, context FROM workshop_session WHERE id = ?", [session_id]
        ).fetchone()
        if row is None:
            raise WorkshopError(f"Sessionen {session_id} finns inte.")
        name, context = row
        connection.execute("BEGIN TRANSACTION")
        try:
            source_id = _session_source(connection, session_id)
            connection.execute(
                "DELETE FROM interaction WHERE from_kind = ? AND from_id = ? AND to_kind = ? "
                "AND to_id = ? AND context = ?",
                [from_kind, from_id, to_kind, to_id, context],
            )
            new_id = connection.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM interaction"
            ).fetchone()[0]
            connection.execute(
                "INSERT INTO interaction (id, from_kind, from_id, to_kind, to_id, score, "
                "rationale, confidence, context, scored_by, scored_at, source_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'medium', ?, ?, ?, ?)",
                [
                    new_id,
                    from_kind,
                    from_id,
                    to_kind,
                    to_id,
                    int(score),
                    rationale.strip(),
                    context,
                    f"{ADOPTED_BY}: {name}",
                    _now(),
                    source_id,
                ],
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


def adopted_interactions(path: Path) -> pd.DataFrame:
    """Adopted workshop scores, in the columns of ``queries_conflicts.interactions``."""
    return _frame(
        path,
        """
        SELECT i.from_kind || ':' || i.from_id AS from_key, i.to_kind || ':' || i.to_id AS to_key,
               i.from_kind, i.from_id, i.to_kind, i.to_id, i.score,
               i.rationale AS rationale_sv, i.rationale_en, i.confidence, i.context,
               i.scored_by, i.scored_at, s.name AS source, s.fetched_at AS source_date,
               s.is_demo
        FROM interaction i JOIN source s ON s.id = i.source_id
        ORDER BY i.id
        """,
    )


def read_round_file(data: bytes, filename: str) -> pd.DataFrame:
    """Read a scoring round from CSV (comma or semicolon) or Excel (.xlsx) as text columns."""
    name = filename.lower()
    try:
        if name.endswith(".xlsx"):
            frame = pd.read_excel(io.BytesIO(data), dtype=str, engine="openpyxl")
        elif name.endswith(".csv"):
            text = data.decode("utf-8-sig")
            frame = pd.read_csv(io.StringIO(text), dtype=str, sep=None, engine="python")
        else:
            raise WorkshopError("Filen måste vara CSV (.csv) eller Excel (.xlsx).")
    except WorkshopError:
        raise
    except Exception as error:  # a broken file is the user's to fix, not a crash
        raise WorkshopError(f"Filen {filename} kunde inte läsas: {error}") from error
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return frame


def round_csv(scores: pd.DataFrame) -> bytes:
    """A scoring round as UTF-8 CSV with the import columns."""
    return scores[list(ROUND_COLUMNS)].to_csv(index=False).encode("utf-8")


def round_xlsx(scores: pd.DataFrame) -> bytes:
    """A scoring round as an Excel workbook with the import columns."""
    buffer = io.BytesIO()
    scores[list(ROUND_COLUMNS)].to_excel(buffer, index=False, sheet_name="poang")
    return buffer.getvalue()
