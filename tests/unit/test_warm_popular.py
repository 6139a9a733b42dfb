"""The views file: counts merged from several processes, the most opened first, bounded,
and nothing odd kept from a damaged file or a strange address."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from rus_data.warm import popular
from rus_data.warm.popular import View, ViewCounter, merge_views, popular_views, views_file
from rus_data.warm.warmer import DEFAULT_PAGES, WarmReport, describe, views_to_warm


def test_the_file_lies_beside_the_database_and_hidden(tmp_path: Path) -> None:
    assert views_file(tmp_path / "rus.duckdb") == tmp_path / ".rus.duckdb.views.json"


def test_counts_from_two_processes_add_up_most_opened_first(tmp_path: Path) -> None:
    path = views_file(tmp_path / "rus.duckdb")
    trends, mapped = View("trends", "region=14&tr_obj=2"), View("map", "region=01")
    merge_views(path, Counter({trends: 2, mapped: 3}), now=1000.0)
    merge_views(path, Counter({trends: 4}), now=1001.0)  # another process, later
    assert popular_views(path, 10) == [trends, mapped]  # 6 openings before 3
    assert popular_views(path, 1) == [trends]
    rows = json.loads(path.read_text())
    assert rows[0] == {"page": "trends", "query": "region=14&tr_obj=2", "count": 6, "seen": 1001.0}
    assert not list(tmp_path.glob("*.tmp"))  # written by a rename, nothing half-written left


def test_old_views_go_and_the_file_stays_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = views_file(tmp_path / "rus.duckdb")
    monkeypatch.setattr(popular, "KEPT_VIEWS", 3)
    merge_views(path, Counter({View("overview", "region=01"): 9}), now=0.0)
    day = 86400.0
    fresh = Counter({View("map", f"region={n:02d}"): n for n in range(1, 6)})
    merge_views(path, fresh, now=popular.KEPT_DAYS * day + 1)
    assert popular_views(path, 10) == [
        View("map", "region=05"),
        View("map", "region=04"),
        View("map", "region=03"),
    ]  # the old view, although opened most, is gone, and only three are kept


@pytest.mark.parametrize(
    "view",
    [
        View("../admin", ""),
        View("Trends", ""),
        View("trends", "x=" + "a" * 500),
        View("trends", "region=14\n<script>"),
    ],
)
def test_a_strange_view_is_not_kept(view: View, tmp_path: Path) -> None:
    path = views_file(tmp_path / "rus.duckdb")
    merge_views(path, Counter({view: 1, View("map"): 1}))
    assert popular_views(path, 10) == [View("map")]


@pytest.mark.parametrize(
    "text", ["", "{", '{"page": "map"}', '[{"page": "map"}]', '[{"page": "map", "query": ""}]']
)
def test_a_damaged_file_is_read_as_empty_and_then_replaced(text: str, tmp_path: Path) -> None:
    path = views_file(tmp_path / "rus.duckdb")
    path.write_text(text)
    assert popular_views(path, 10) == []
    merge_views(path, Counter({View("map"): 2}))
    assert popular_views(path, 10) == [View("map")]


def test_a_process_merges_its_counts_when_the_time_has_come(tmp_path: Path) -> None:
    path = views_file(tmp_path / "rus.duckdb")
    waiting = ViewCounter(flush_seconds=3600)
    waiting.count(View("map"), path)
    assert not path.exists()  # counted in memory only
    at_once = ViewCounter(flush_seconds=0)
    at_once.count(View("trends", "tr_obj=3"), path)
    at_once.count(View("trends", "tr_obj=3"), path)
    assert popular_views(path, 10) == [View("trends", "tr_obj=3")]
    assert json.loads(path.read_text())[0]["count"] == 2


def test_a_folder_that_cannot_be_written_only_loses_the_counts(tmp_path: Path) -> None:
    ViewCounter(flush_seconds=0).count(View("map"), tmp_path / "no-such-folder" / "views.json")


def test_the_views_to_warm_are_the_popular_ones_then_the_default_pages(tmp_path: Path) -> None:
    path = views_file(tmp_path / "rus.duckdb")
    merge_views(path, Counter({View("trends", "tr_obj=5"): 3, View("map"): 1}))
    views = views_to_warm(path, 4)
    assert views[:2] == [View("trends", "tr_obj=5"), View("map")]
    assert views[2:] == [View(p) for p in DEFAULT_PAGES if p != "map"][:2]
    assert views_to_warm(path, 0) == []
    assert len(views_to_warm(tmp_path / "none.json", 50)) == len(DEFAULT_PAGES)


def test_what_warming_did_is_said_in_one_line() -> None:
    reports = [
        WarmReport("http://127.0.0.1:1", 7, 0, 3.0),
        WarmReport("http://127.0.0.1:2", 6, 1, 4.5),
        WarmReport("http://127.0.0.1:3", 0, 0, 0.1, unreachable=True),
    ]
    assert describe(reports) == (
        "förvärmning: 13 vyer i 3 processer på 4.5 s; 1 vyer visade ett fel; "
        "svarade inte: http://127.0.0.1:3"
    )
