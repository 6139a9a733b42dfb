"""The workshop store under many hands: concurrent writers, ids from sequences, retries, a full
disk, older files, codes, closing and bounds on sessions and texts (imported files: see
``test_workshop_files.py``). Most run on both backends (see ``conftest.py``); a full disk, a
held file and an older file are the DuckDB file's own."""

from __future__ import annotations

import collections
import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from rus_data.conflicts import workshop, workshop_duckdb, workshop_sessions, workshop_store
from rus_data.conflicts.workshop_codes import CODE_ALPHABET, CODE_LENGTH, new_round_code
from rus_data.conflicts.workshop_schema import store_ddl
from rus_data.conflicts.workshop_store import StoreLike
from rus_data.db.connect import connect

KNOWN = ["objective:1", "objective:12", "objective:14", "target:7.2"]
HEADER = "rater,from_kind,from_id,to_kind,to_id,score,comment\n"


@pytest.fixture()
def store(any_store: StoreLike) -> StoreLike:
    return any_store


@pytest.fixture()
def file_store(tmp_path: Path) -> Path:
    return tmp_path / "ws.duckdb"


def _scores(rater: str, score: int, comment: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "rater": [rater, rater],
            "from_kind": ["objective", "objective"],
            "from_id": ["1", "1"],
            "to_kind": ["objective", "target"],
            "to_id": ["12", "7.2"],
            "score": [str(score), str(-score)],
            "comment": [comment, comment],
        }
    )


def _run_at_once(work: dict[str, object], calls: int) -> tuple[collections.Counter, list[str]]:
    """Run each named function ``calls`` times, all names in threads of their own at once;
    return the successes per name and every error."""
    done: collections.Counter = collections.Counter()
    errors: list[str] = []
    start = threading.Barrier(len(work))

    def run(name: str) -> None:
        start.wait()
        for call in range(calls):
            try:
                work[name](call)  # type: ignore[operator]
            except Exception as error:  # every error counts, caught or not
                errors.append(f"{type(error).__name__}: {error}")
            else:
                done[name] += 1

    threads = [threading.Thread(target=run, args=(name,)) for name in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done, errors


# --- many hands at once -----------------------------------------------------------------


def test_one_rater_in_two_tabs_loses_no_write(store: StoreLike) -> None:
    session = workshop.create_session(store, "Samtidigt", "00")
    saved: dict[str, list[int]] = {"tab 1": [], "tab 2": []}

    def tab(name: str):
        def save(call: int) -> None:
            score = call % 7 - 3
            workshop.save_round(store, session, _scores("Anna", score, f"{name} {call}"), KNOWN)
            saved[name].append(call)

        return save

    done, errors = _run_at_once({"tab 1": tab("tab 1"), "tab 2": tab("tab 2")}, 100)
    assert errors == []
    assert done == {"tab 1": 100, "tab 2": 100}
    scores = workshop.session_scores(store, session)
    assert len(scores) == 2  # one rater, two pairs: the last save of either tab
    last = scores["comment"].iloc[0]
    assert last in {"tab 1 99", "tab 2 99"}
    assert set(scores["comment"]) == {last}  # both rows of one save, never a mix


@pytest.mark.parametrize("turns", [True, False], ids=["taking turns", "all at once"])
def test_two_leaders_creating_rounds_at_once_get_distinct_ids(
    store: StoreLike, monkeypatch: pytest.MonkeyPatch, turns: bool
) -> None:
    """With writers taking turns in the process, and without: then the ids' sequence alone
    keeps two new sessions from taking the same id, so no write even needs a second try."""
    monkeypatch.setattr(workshop_sessions, "MAX_OPEN_SESSIONS", 1000)
    retries = []
    monkeypatch.setattr(workshop_store, "_pause", retries.append)
    if not turns:
        monkeypatch.setattr(workshop_duckdb, "_write_lock", lambda path: threading.Lock())
    ids: dict[str, list[int]] = {"A": [], "B": []}

    def leader(name: str):
        return lambda call: ids[name].append(workshop.create_session(store, f"{name} {call}", "00"))

    done, errors = _run_at_once({"A": leader("A"), "B": leader("B")}, 100)
    assert errors == []
    assert done == {"A": 100, "B": 100}
    created = ids["A"] + ids["B"]
    assert len(set(created)) == 200
    listed = workshop.sessions(store)
    assert len(listed) == 200 and set(listed["id"]) == set(created)
    assert listed["code"].nunique() == 200
    assert retries == []


def _collision(store: StoreLike) -> Exception:
    """The error the store's engine gives when another writer got to the same rows first."""
    if isinstance(store, Path):
        return duckdb.TransactionException("TransactionContext Error: Conflict on update!")
    import psycopg.errors

    return psycopg.errors.SerializationFailure("could not serialize access")


def test_a_write_conflict_is_retried_then_reported(store: StoreLike) -> None:
    calls = []

    def conflicting_twice(connection: object) -> int:
        calls.append(1)
        if len(calls) <= 2:
            raise _collision(store)
        return connection.execute("SELECT 42").fetchall()[0][0]  # type: ignore[attr-defined]

    assert workshop_store.write(store, conflicting_twice) == 42
    assert len(calls) == 3

    def always_conflicting(connection: object) -> None:
        calls.append(1)
        raise _collision(store)

    calls.clear()
    with pytest.raises(workshop.WorkshopError, match="Många sparade samtidigt"):
        workshop_store.write(store, always_conflicting, attempts=4)
    assert len(calls) == 4


def test_a_failed_write_leaves_nothing_behind(store: StoreLike) -> None:
    session = workshop.create_session(store, "Allt eller inget", "00")

    def half_then_error(connection: object) -> None:
        connection.execute(  # type: ignore[attr-defined]
            "INSERT INTO workshop_score VALUES (?, 'Anna', 'objective', '1', 'objective', "
            "'12', 1, 'x', now()::TIMESTAMP)",
            [session],
        )
        raise workshop.WorkshopError("stopp")

    with pytest.raises(workshop.WorkshopError, match="stopp"):
        workshop_store.write(store, half_then_error)
    assert workshop.session_scores(store, session).empty


# --- a full disk and a busy file -----------------------------------------------------------


def test_a_full_disk_at_commit_says_the_disk_is_full(file_store: Path) -> None:
    """DuckDB's own error: its log file is /dev/full, where every write fails with ENOSPC."""
    store = file_store
    if not Path("/dev/full").exists():
        pytest.skip("/dev/full saknas")
    session = workshop.create_session(store, "Full disk", "00")
    wal = Path(f"{store}.wal")
    assert not wal.exists()
    wal.symlink_to("/dev/full")
    try:
        with pytest.raises(workshop.WorkshopError, match="Disken där workshopfilen ligger är full"):
            workshop.save_round(store, session, _scores("Anna", 1, "ok"), KNOWN)
        with pytest.raises(workshop.WorkshopError, match="full"):
            workshop.create_session(store, "En till", "00")
    finally:
        wal.unlink()
    assert workshop.session_scores(store, session).empty
    assert workshop.save_round(store, session, _scores("Anna", 1, "ok"), KNOWN) == 2


def test_a_full_disk_when_opening_says_the_disk_is_full(
    file_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        raise duckdb.IOException(
            f'IO Error: Could not write file "{path}": No space left on device'
        )

    monkeypatch.setattr(workshop_duckdb, "connect", no_space)
    with pytest.raises(workshop.WorkshopError, match="är full") as caught:
        workshop.create_session(file_store, "Ny", "00")
    assert "annat program" not in str(caught.value)


def test_a_full_disk_when_creating_the_folder_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    monkeypatch.setattr(Path, "mkdir", no_space)
    with pytest.raises(workshop.WorkshopError, match="är full"):
        workshop.create_session(tmp_path / "ny" / "ws.duckdb", "Ny", "00")


def test_a_file_held_by_another_program_still_says_so(
    file_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = file_store
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
            "sys.stdin.read()",
            str(store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(workshop_duckdb, "_LOCK_RETRIES", 2)
        with pytest.raises(workshop.WorkshopError, match="används av ett annat program"):
            workshop.sessions(store)
    finally:
        holder.communicate("", timeout=30)
    assert workshop.sessions(store).empty  # free again once the other program is done


# --- older files, codes and closing ------------------------------------------------------


def test_a_workshop_file_from_before_codes_and_sequences_is_migrated(file_store: Path) -> None:
    store = file_store
    with connect(store) as old:
        old.execute(store_ddl())
        old.execute(
            "INSERT INTO workshop_session VALUES (1, 'Gammal', '00', TIMESTAMP '2025-03-01'), "
            "(4, 'Äldre', '14', TIMESTAMP '2025-01-01')"
        )
        old.execute(
            "INSERT INTO workshop_score VALUES (1, 'Bo', 'objective', '1', 'objective', '12', "
            "-1, 'förr', TIMESTAMP '2025-03-01')"
        )
        old.execute(
            "INSERT INTO source (id, name, fetched_at, is_demo, kind) VALUES "
            "(7, 'Workshop: Gammal (2025-03-01)', TIMESTAMP '2025-03-01', false, 'import')"
        )
        old.execute(
            "INSERT INTO interaction (id, from_kind, from_id, to_kind, to_id, score, rationale, "
            "context, source_id) VALUES (9, 'objective', '1', 'objective', '14', 2, 'x', '00', 7)"
        )
    listed = workshop.sessions(store).set_index("id")
    assert set(listed.index) == {1, 4}
    assert listed["is_open"].all()
    assert all(len(code) == CODE_LENGTH for code in listed["code"])
    assert workshop.session_scores(store, 1)["score"].tolist() == [-1]
    assert workshop.create_session(store, "Ny", "00") == 5  # after the largest id, not 1
    workshop.adopt_score(store, 4, "objective:1", "objective:12", -2, "Enade", KNOWN)
    with workshop.open_store(store) as connection:
        ids = connection.execute("SELECT id, source_id FROM interaction ORDER BY id").fetchall()
    assert ids == [(9, 7), (10, 8)]  # new ids after the largest, a new source for the session
    joined = workshop.session_for_code(store, listed.loc[4, "code"])
    assert joined is not None and joined.id == 4


def test_raters_join_by_code_as_typed(store: StoreLike) -> None:
    session = workshop.create_session(store, "Kod", "00")
    code = workshop.sessions(store).set_index("id").loc[session, "code"]
    assert len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
    shown = workshop.shown_code(code)
    for typed in (code, shown, shown.lower(), f"  {code[:4]} {code[4:]} "):
        found = workshop.session_for_code(store, typed)
        assert found is not None and found.id == session and found.name == "Kod"
    for wrong in ("", "ABCD", code[:-1] + ("A" if code[-1] != "A" else "B"), "0" * 8):
        assert workshop.session_for_code(store, wrong) is None
    assert len({new_round_code() for _ in range(1000)}) == 1000


def test_a_closed_session_takes_no_scores_and_no_one_joins_it(store: StoreLike) -> None:
    session = workshop.create_session(store, "Klar", "00")
    workshop.save_round(store, session, _scores("Anna", 2, "före"), KNOWN)
    code = workshop.sessions(store).loc[0, "code"]
    workshop.close_session(store, session)
    assert not workshop.sessions(store).loc[0, "is_open"]
    assert workshop.session_for_code(store, code) is None
    with pytest.raises(workshop.WorkshopError, match="stängd"):
        workshop.save_round(store, session, _scores("Bo", 1, "efter"), KNOWN)
    assert len(workshop.session_scores(store, session)) == 2  # the scores stay


def test_the_number_of_open_sessions_is_bounded(
    store: StoreLike, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workshop_sessions, "MAX_OPEN_SESSIONS", 3)
    first = [workshop.create_session(store, f"R{i}", "00") for i in range(3)]
    with pytest.raises(workshop.WorkshopError, match="redan 3 öppna sessioner"):
        workshop.create_session(store, "En för mycket", "00")
    workshop.close_session(store, first[0])
    assert workshop.create_session(store, "Nu går det", "00") > first[-1]


def test_the_default_bounds() -> None:
    assert workshop.MAX_OPEN_SESSIONS == 50
    assert workshop.MAX_FILE_BYTES == 2_000_000
    assert workshop.MAX_ROUND_ROWS == 5000
    assert workshop.MAX_COMMENT_CHARS == 1000


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, sid: workshop.create_session(s, "x" * 101, "00"), "högst 100 tecken"),
        (
            lambda s, sid: workshop.save_round(s, sid, _scores("Anna", 1, "x" * 1001), KNOWN),
            "Rad 2: fältet comment är 1001 tecken",
        ),
        (
            lambda s, sid: workshop.save_round(s, sid, _scores("A" * 101, 1, "ok"), KNOWN),
            "Rad 2: fältet rater får vara högst 100 tecken",
        ),
        (
            lambda s, sid: workshop.adopt_score(
                s, sid, "objective:1", "objective:12", 1, "x" * 2001, KNOWN
            ),
            "högst 2000 tecken",
        ),
    ],
)
def test_long_texts_are_refused(store: StoreLike, call, message: str) -> None:
    session = workshop.create_session(store, "Längd", "00")
    with pytest.raises(workshop.WorkshopError, match=message):
        call(store, session)
    assert workshop.session_scores(store, session).empty
    assert workshop.adopted_interactions(store).empty
