"""A finished rerun counts its view, the page and the address the app wrote (its own
validated parameters, not what the link held), in the views file beside the database."""

from __future__ import annotations

from pathlib import Path

import pytest

import ui.popular
from rus_data.warm.popular import View, ViewCounter, popular_views, views_file
from tests.app.apptest import open_page


def test_a_rerun_counts_the_view_the_app_wrote(
    app_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui.popular, "_COUNTER", ViewCounter(flush_seconds=0))
    open_page("pages/trends/page.py", region="14", tr_obj="3", nonsense="<b>x</b>")
    views = popular_views(views_file(app_db), 10)
    trends = [view for view in views if view.page == "trends"]
    assert trends == [View("trends", "region=14&tr_obj=3")]  # the unknown parameter is gone
    assert View("overview") in views  # the start page, with nothing chosen
