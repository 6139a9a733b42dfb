"""What the demo build leaves in the database: the reference tables, and demo sources
marked as demo."""

from __future__ import annotations

import duckdb


def test_reference_tables_in_database(db: duckdb.DuckDBPyConnection) -> None:
    count = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    assert count("SELECT count(*) FROM region WHERE level = 'lan'") == 21
    assert count("SELECT count(*) FROM region WHERE level = 'kommun'") == 290
    assert count("SELECT count(*) FROM objective") == 17
    assert count("SELECT count(*) FROM sdg_goal") == 17
    assert count("SELECT count(*) FROM sdg_target") == 169
    assert count("SELECT count(DISTINCT goal) FROM sdg_target") == 17


def test_demo_source_is_marked_as_demo(db: duckdb.DuckDBPyConnection) -> None:
    sources = db.execute(
        "SELECT DISTINCT s.is_demo, s.name FROM indicator_value v "
        "JOIN source s ON s.id = v.source_id UNION "
        "SELECT DISTINCT s.is_demo, s.name FROM assessment a JOIN source s ON s.id = a.source_id"
    ).fetchall()
    assert sources == [(True, "Exempeldata – inte officiell statistik")]
