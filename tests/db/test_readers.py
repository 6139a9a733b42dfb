"""The process's readers: a swapped file is read by a new connection, the old one closes when
its last user is done, and clearing Streamlit's caches breaks no running query."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import duckdb
import streamlit as st

from rus_data.db.connect import connect
from rus_data.db.readers import open_readers, reading
from rus_data.imports.service import FileImport, import_file
from ui.cache import cached

HEADER = "indicator_id;region_code;year;value;gender\n"
GHG = "ghg_emissions_per_capita"
READERS = 4
QUERIES_PER_READER = 250
IMPORTS = 8


def _import(path: Path, region_code: str, name: str) -> None:
    data = (HEADER + f"{GHG};{region_code};2031;2,5;T\n").encode("utf-8")
    import_file(path, FileImport(data, name, "values"))


def _municipalities(path: Path, count: int) -> list[str]:
    with connect(path, read_only=True) as connection:
        rows = connection.execute(
            "SELECT code FROM region WHERE level = 'kommun' ORDER BY code LIMIT ?", [count]
        ).fetchall()
    return [code for (code,) in rows]


def _count_2031(connection: duckdb.DuckDBPyConnection) -> int:
    cursor = connection.cursor()
    try:
        return cursor.execute("SELECT count(*) FROM indicator_value WHERE year = 2031").fetchone()[
            0
        ]
    finally:
        cursor.close()


def values_of_year(connection: duckdb.DuckDBPyConnection, year: int) -> int:
    """A data-layer function as the pages have them: a count of one year's values."""
    cursor = connection.cursor()
    try:
        sql = "SELECT count(*), sum(value) FROM indicator_value WHERE year = ?"
        return int(cursor.execute(sql, [year]).fetchone()[0])
    finally:
        cursor.close()


def test_a_swapped_file_is_read_by_a_new_connection_after_the_old_one_is_done(
    app_db: Path,
) -> None:
    (code,) = _municipalities(app_db, 1)
    in_use = threading.Event()
    swapped = threading.Event()
    seen: dict[str, int] = {}

    def old_reader() -> None:
        with reading(app_db) as connection:
            in_use.set()
            swapped.wait(60)
            time.sleep(0.3)  # the new reader is waiting by now
            seen["old, after the swap"] = _count_2031(connection)

    def new_reader() -> None:
        with reading(app_db) as connection:
            seen["new"] = _count_2031(connection)

    first = threading.Thread(target=old_reader)
    first.start()
    in_use.wait(60)
    _import(app_db, code, "a.csv")
    swapped.set()
    second = threading.Thread(target=new_reader)
    second.start()
    first.join(60)
    second.join(60)
    assert seen == {"old, after the swap": 0, "new": 1}
    assert open_readers()[str(app_db.resolve())] == 1


def test_a_nested_read_in_one_thread_does_not_wait_on_itself(app_db: Path) -> None:
    (code,) = _municipalities(app_db, 1)
    with reading(app_db) as outer:
        _import(app_db, code, "a.csv")
        with reading(app_db) as inner:  # would wait for ``outer`` forever if it were new
            assert inner is outer
        assert _count_2031(outer) == 0
    with reading(app_db) as fresh:
        assert _count_2031(fresh) == 1


def test_clearing_caches_and_swapping_the_file_break_no_query(app_db: Path) -> None:
    """Readers query through the app's cached connection while one thread clears Streamlit's
    caches (as a client's ``clear_cache`` does) and another imports, swapping the file."""
    count = cached(max_entries=64)(values_of_year)
    codes = _municipalities(app_db, IMPORTS)
    errors: list[str] = []
    queries = [0] * READERS
    clears = [0]
    done = threading.Event()

    def reader(number: int) -> None:
        for i in range(QUERIES_PER_READER):
            try:
                count(2010 + (i + number) % 24)
                queries[number] += 1
            except Exception as error:
                errors.append(f"{type(error).__name__}: {error}")

    def clearer() -> None:
        while not done.is_set():
            st.cache_resource.clear()
            st.cache_data.clear()
            clears[0] += 1
            time.sleep(0.002)

    def importer() -> None:
        for i, code in enumerate(codes):
            try:
                _import(app_db, code, f"import_{i}.csv")
            except Exception as error:
                errors.append(f"import: {type(error).__name__}: {error}")
            time.sleep(0.05)

    readers = [threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
    others = [threading.Thread(target=clearer), threading.Thread(target=importer)]
    for thread in readers + others:
        thread.start()
    for thread in readers + others[1:]:
        thread.join(600)
    done.set()
    others[0].join(60)
    print(
        f"\n{sum(queries)} queries in {READERS} threads, {clears[0]} cache clears, "
        f"{IMPORTS} imports (file swaps), {len(errors)} errors"
    )
    assert errors == []
    assert sum(queries) == READERS * QUERIES_PER_READER
    assert clears[0] > 0
    assert count(2031) == IMPORTS  # a reader after the swaps sees every import
