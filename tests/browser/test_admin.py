"""In a real browser: log in, get a full error report, import a file, see it on the overview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.harness import wait_idle

BAD = (
    "objective_id;region_code;year;status;trend\n"
    "2;20;2031;kanske;POSITIV\n"
    "3;Dalarna;2031;JA;upp\n"
    "1;20;2031;JA;POSITIV\n"
)
GOOD = "objective_id;region_code;year;status;trend\n" + "".join(
    f"{objective};00;2031;NEJ;NEGATIV\n" for objective in range(1, 17)
)


def _import(page: Page, path: Path, outcome: str) -> None:
    """Upload the file at ``path`` on the admin page, import it and wait for ``outcome``."""
    page.locator("input[type=file]").set_input_files(str(path))
    page.get_by_text(path.name).wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Importera", exact=True).click()
    wait_idle(page)
    page.get_by_text(outcome).wait_for()


@pytest.mark.viewport(width=1400, height=2000)
def test_import_in_the_browser(
    db_copy: Path,
    tmp_path: Path,
    fresh_server: Callable[..., str],
    page: Page,
    artifacts_dir: Path,
) -> None:
    """The import writes to the database, so this test has a server and a copy of its own."""
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('admin_password = "hemligt lösen"\n', encoding="utf-8")
    (tmp_path / "bad.csv").write_text(BAD, encoding="utf-8")
    (tmp_path / "riket.csv").write_text(GOOD, encoding="cp1252")
    base = fresh_server(db_copy, {"STREAMLIT_SECRETS_FILES": str(secrets)})
    page.goto(base + "/")
    wait_idle(page)
    page.goto(base + "/admin")
    wait_idle(page)
    page.get_by_label("Administratörslösenord").fill("hemligt lösen")
    page.get_by_role("button", name="Logga in").click()
    wait_idle(page)

    _import(page, tmp_path / "bad.csv", "Filen importerades inte. 4 fel")
    body = page.inner_text("body")
    assert "Rad 2, kolumn ”status”: ”kanske” är inte tillåtet" in body
    assert "Rad 3, kolumn ”region_code”: okänd regionkod ”Dalarna”" in body
    assert "Rad 3, kolumn ”trend”" in body
    assert "Rad 4, kolumn ”objective_id”: miljömål 1 bedöms inte i Dalarnas län" in body
    page.screenshot(path=str(artifacts_dir / "admin_report.png"))

    _import(page, tmp_path / "riket.csv", "Klart: 16 rader importerade")
    page.screenshot(path=str(artifacts_dir / "admin_imported.png"))

    page.goto(base + "/?year=2031")
    wait_idle(page)
    page.get_by_text("Ändrad status sedan 2030").wait_for()  # the imported year is shown
    metrics = page.locator("[data-testid='stMetric']").all_inner_texts()
    assert any("Nej, nås inte" in m and "16" in m for m in metrics), metrics
    page.screenshot(path=str(artifacts_dir / "admin_overview_after_import.png"))
