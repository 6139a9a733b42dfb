"""Workshop scoring: each rater's round of scores (checked, then saved into an open session),
and the summary of how far raters agree per pair."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from rus_data.conflicts.workshop_store import (
    Connection,
    StoreLike,
    WorkshopError,
    now,
    read_frame,
    share_lock,
    write,
)

ROUND_COLUMNS = ("rater", "from_kind", "from_id", "to_kind", "to_id", "score", "comment")
NODE_KINDS = ("objective", "target")
MAX_RATER_CHARS = 100
MAX_COMMENT_CHARS = 1000
MAX_ROUND_ROWS = 5000
_ROWS_PER_STATEMENT = 500
# A rater who scores a pair again replaces the earlier score (DuckDB and PostgreSQL alike).
_UPSERT = (
    " ON CONFLICT (session_id, rater, from_kind, from_id, to_kind, to_id) DO UPDATE SET "
    "score = excluded.score, comment = excluded.comment, scored_at = excluded.scored_at"
)


class RoundValidationError(WorkshopError):
    """An imported or entered scoring round has errors; nothing was saved."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


def session_scores(path: StoreLike, session_id: int) -> pd.DataFrame:
    """Every rater's scores in a session, with ``from_key`` and ``to_key``."""
    return read_frame(
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
    if len(frame) > MAX_ROUND_ROWS:
        raise RoundValidationError(
            [f"Omgången har fler än {MAX_ROUND_ROWS} rader; dela upp den i flera filer."]
        )
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
        elif len(comment) > MAX_COMMENT_CHARS:
            errors.append(
                f"Rad {line}: fältet comment är {len(comment)} tecken; högst "
                f"{MAX_COMMENT_CHARS} får plats."
            )
        if len(rater) > MAX_RATER_CHARS:
            errors.append(f"Rad {line}: fältet rater får vara högst {MAX_RATER_CHARS} tecken.")
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


def save_round(
    path: StoreLike, session_id: int, frame: pd.DataFrame, known_nodes: Iterable[str]
) -> int:
    """Validate and save scores into an open session in one transaction; return the row count.

    A rater who scores a pair again replaces the earlier score. On any error nothing is saved;
    when someone else saves the same rows at the same moment the save is tried again (see
    :func:`~rus_data.conflicts.workshop_store.write`).
    """
    clean = validate_round(frame, known_nodes)
    saved_at = now()
    rows = [(session_id, *row, saved_at) for row in clean.itertuples(index=False)]

    def insert(connection: Connection) -> int:
        # Shared: raters save side by side, but the session is not closed under them.
        found = connection.execute(
            "SELECT closed_at IS NULL FROM workshop_session WHERE id = ?" + share_lock(connection),
            [session_id],
        ).fetchall()
        if not found:
            raise WorkshopError(f"Sessionen {session_id} finns inte.")
        if not found[0][0]:
            raise WorkshopError("Sessionen är stängd; inga fler poäng kan sparas i den.")
        # Many rows per statement: executemany runs one statement per row, far slower.
        for start in range(0, len(rows), _ROWS_PER_STATEMENT):
            chunk = rows[start : start + _ROWS_PER_STATEMENT]
            connection.execute(
                "INSERT INTO workshop_score (session_id, rater, from_kind, from_id, to_kind, "
                "to_id, score, comment, scored_at) VALUES "
                + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
                + _UPSERT,
                [value for row in chunk for value in row],
            )
        return len(rows)

    return write(path, insert)


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
