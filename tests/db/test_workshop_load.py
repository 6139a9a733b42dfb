"""A small run of the raters' load benchmark (``bench/workshop_raters.py``) on PostgreSQL: two
serving processes with five raters each, saving at once into one session, lose no score."""

from __future__ import annotations

from bench.workshop_raters import run_raters
from rus_data.conflicts.workshop_postgres import scratch_schema
from tests.support.workshop_stores import postgres_url


def test_ten_raters_in_two_processes_lose_no_score() -> None:
    with scratch_schema(postgres_url()) as url:
        result = run_raters(url, processes=2, raters=5, saves=6, rows=4)
    assert result.errors == []
    assert result.saves == 2 * 5 * 6
    assert result.expected == result.stored == 2 * 5 * 6 * 4
    assert result.lost == 0
