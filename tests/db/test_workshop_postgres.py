"""The workshop on PostgreSQL only: a wrong URL, a server that is down or refuses the login,
real deadlocks, connections the server dropped, the version counter and the bound on open
sessions with writers in several processes (the rest runs on both backends: see
``conftest.py``)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pandas as pd
import pytest

from rus_data.conflicts import workshop, workshop_postgres, workshop_sessions, workshop_store
from rus_data.conflicts.workshop_postgres import PostgresStore
from tests.support.workshop_stores import fresh_schema, postgres_url

DOWN_URL = "postgresql://rus:hemligt123@127.0.0.1:1/rus"  # nothing listens on port 1
KNOWN = ["objective:1", "objective:12", "target:7.2"]


@pytest.fixture(autouse=True)
def _no_server_remembered_as_down(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workshop_postgres, "_DOWN", {})


@pytest.fixture()
def pg() -> Iterator[PostgresStore]:
    with fresh_schema(postgres_url()) as url:
        yield PostgresStore(url)


def _scores(rater: str, score: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "rater": [rater],
            "from_kind": ["objective"],
            "from_id": ["1"],
            "to_kind": ["objective"],
            "to_id": ["12"],
            "score": [str(score)],
            "comment": ["motiverat"],
        }
    )


# --- without a server ------------------------------------------------------------------------


def test_the_url_chooses_the_backend(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("RUS_WORKSHOP_URL", raising=False)
    monkeypatch.setenv("RUS_WORKSHOP_DB", str(tmp_path / "w.duckdb"))
    chosen = workshop.store_for(tmp_path / "rus.duckdb")
    assert not isinstance(chosen, PostgresStore) and chosen.path == tmp_path / "w.duckdb"
    monkeypatch.setenv("RUS_WORKSHOP_URL", " " + DOWN_URL + " ")
    assert workshop.store_for(tmp_path / "rus.duckdb") == PostgresStore(DOWN_URL)
    assert "hemligt123" not in repr(PostgresStore(DOWN_URL)) + str(PostgresStore(DOWN_URL))


def test_a_url_that_is_not_postgresql_is_refused_in_swedish(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("RUS_WORKSHOP_URL", "mysql://rus:hemligt123@db/rus")
    store = workshop.store_for(tmp_path / "rus.duckdb")
    with pytest.raises(workshop.WorkshopError, match="ingen giltig adress till PostgreSQL") as e:
        workshop.create_session(store, "Runda", "00")
    assert "hemligt123" not in str(e.value)
    assert workshop.store_version(store) == "unavailable"


def test_a_server_that_is_down_says_so_without_the_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = workshop.as_store(DOWN_URL)
    for call in (
        lambda: workshop.create_session(store, "Runda", "00"),
        lambda: workshop.sessions(store),
        lambda: workshop.session_for_code(store, "ABCD-EFGH"),
        lambda: workshop.adopted_interactions(store),
    ):
        with pytest.raises(workshop.WorkshopError, match="svarar inte") as caught:
            call()
        assert "127.0.0.1:1" in str(caught.value) and "hemligt123" not in str(caught.value)
    assert workshop.store_version(store) == "unavailable"


def test_a_server_found_down_is_not_asked_again_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cached read asks for the version token: a down server must not cost a connection
    timeout each time."""
    tries = []
    real = workshop_postgres.psycopg.connect

    def counting(*args: object, **kwargs: object) -> object:
        tries.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(workshop_postgres.psycopg, "connect", counting)
    for _ in range(5):
        assert workshop.store_version(DOWN_URL) == "unavailable"
    assert len(tries) == 1


# --- with a server -------------------------------------------------------------------------


def test_a_refused_login_names_the_user_and_password_field_but_not_the_password() -> None:
    parts = urlsplit(postgres_url())
    user = parts.username or "postgres"
    netloc = f"{user}:fel-lösen-123@{parts.hostname or 'localhost'}:{parts.port or 5432}"
    wrong = urlunsplit(parts._replace(netloc=netloc))
    with pytest.raises(workshop.WorkshopError, match="nekade inloggningen") as caught:
        workshop.sessions(wrong)
    assert "fel-lösen-123" not in str(caught.value)


def test_placeholders_and_percent_signs_reach_the_server_as_meant(pg: PostgresStore) -> None:
    with pg.connect() as connection:
        assert connection.execute("SELECT 7 % ?, '50%', ?", [4, "a?"]).fetchone() == (
            3,
            "50%",
            "a?",
        )


def test_the_version_counts_writes_not_reads(pg: PostgresStore) -> None:
    empty = pg.version()
    session = workshop.create_session(pg, "Runda", "00")
    after_one = pg.version()
    workshop.sessions(pg)
    workshop.session_scores(pg, session)
    assert pg.version() == after_one != empty
    with pytest.raises(workshop.WorkshopError):
        workshop.save_round(pg, session + 99, _scores("Anna", 1), KNOWN)  # no such session
    assert pg.version() == after_one, "a write rolled back changes nothing"
    workshop.save_round(pg, session, _scores("Anna", 1), KNOWN)
    assert pg.version() not in (empty, after_one)
    with fresh_schema(postgres_url()) as other:
        assert PostgresStore(other).version() != empty, "another schema, another token"


def test_a_real_deadlock_is_retried_and_both_writes_land(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two writers lock two sessions in opposite orders: the server ends one of them, which
    runs again and commits."""
    first = workshop.create_session(pg, "Ett", "00")
    second = workshop.create_session(pg, "Två", "00")
    both_hold_one = threading.Barrier(2, timeout=30)
    pauses: list[int] = []
    monkeypatch.setattr(workshop_store, "_pause", pauses.append)

    def rename(order: tuple[int, int], name: str) -> None:
        tries = []

        def work(connection: workshop_postgres.PgConnection) -> None:
            tries.append(1)
            sql = "UPDATE workshop_session SET context = ? WHERE id = ?"
            connection.execute(sql, [name, order[0]])
            if len(tries) == 1:
                both_hold_one.wait()
            connection.execute(sql, [name, order[1]])

        workshop_store.write(pg, work)

    threads = [
        threading.Thread(target=rename, args=((first, second), "A")),
        threading.Thread(target=rename, args=((second, first), "B")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(pauses) == 1, "one of the two was ended by the server and ran again"
    contexts = set(workshop.sessions(pg)["context"])
    assert contexts in ({"A"}, {"B"}), "each write whole: never one session of each"


def test_connections_the_server_dropped_are_replaced(pg: PostgresStore) -> None:
    session = workshop.create_session(pg, "Runda", "00")
    with pg.connect() as mine:
        pids = {mine.execute("SELECT pg_backend_pid()").fetchone()[0]}
    with fresh_schema(postgres_url()) as admin_url, PostgresStore(admin_url).connect() as admin:
        for pid in pids:
            admin.execute("SELECT pg_terminate_backend(?)", [pid])
    assert workshop.save_round(pg, session, _scores("Anna", 2), KNOWN) == 1
    assert workshop.session_scores(pg, session)["score"].tolist() == [2]


def test_the_bound_on_open_sessions_holds_with_writers_at_once(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each writer dawdles between counting the open sessions and adding its own, so without
    taking turns all ten would count four or fewer."""
    monkeypatch.setattr(workshop_sessions, "MAX_OPEN_SESSIONS", 5)
    take_id = workshop_sessions.next_id

    def slow_id(connection: workshop_postgres.PgConnection, table: str) -> int:
        time.sleep(0.05)
        return take_id(connection, table)

    monkeypatch.setattr(workshop_sessions, "next_id", slow_id)
    start = threading.Barrier(10, timeout=30)
    outcomes: list[str] = []

    def leader(number: int) -> None:
        start.wait()
        try:
            workshop.create_session(pg, f"Runda {number}", "00")
        except workshop.WorkshopError as error:
            outcomes.append(str(error))
        else:
            outcomes.append("created")

    threads = [threading.Thread(target=leader, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("created") == 5
    assert sum("redan 5 öppna sessioner" in o for o in outcomes) == 5
    assert len(workshop.sessions(pg)) == 5
