"""Real-browser screenshots of the conflicts page (the matrix and the network), and a workshop
round imported in the browser by the workshop leader.

The session's server has a workshop file of its own (``RUS_WORKSHOP_DB``, see ``conftest.py``);
the import test starts a server of its own with a leader password.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.harness import wait_idle

VIEWS = (
    ("", "conflicts_matrix", "Målkonflikter och synergier"),
    ("?cf_matrix=targets", "conflicts_matrix_targets", "Målkonflikter och synergier"),
    ("?cf_mode=network", "conflicts_network", "Målkonflikter och synergier"),
    ("?cf_mode=network&lang=en", "conflicts_network_en", "Goal conflicts and synergies"),
)


@pytest.mark.viewport(width=1400, height=2400)
def test_matrix_and_network_in_chromium(app_url: str, page: Page, artifacts_dir: Path) -> None:
    for query, name, title in VIEWS:
        page.goto(f"{app_url}/conflicts{query}")
        wait_idle(page)
        page.wait_for_selector(f"h1:has-text('{title}')")
        page.wait_for_selector(
            "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg"
        )
        wait_idle(page)
        assert page.locator("[data-testid='stException']").count() == 0
        assert page.locator("[data-testid='stAlertContentError']").count() == 0
        assert page.locator("[data-testid='stVegaLiteChart']").count() == 1
        shot = artifacts_dir / f"{name}.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 30_000, name


BAD_ROUND = (
    "rater,from_kind,from_id,to_kind,to_id,score,comment\n"
    "Anna,objective,1,objective,12,-2,biobränsle\n"
    "Anna,objective,1,objective,14,5,vindkraft\n"
)
GOOD_ROUND = BAD_ROUND.replace(",5,", ",-2,")


LEADER_PASSWORD = "ledarlösen 2026"


@pytest.mark.viewport(width=1400, height=2400)
def test_workshop_import_in_chromium(
    demo_db_path: Path,
    tmp_path: Path,
    fresh_server: Callable[..., str],
    page: Page,
    artifacts_dir: Path,
) -> None:
    """Only the workshop leader imports, so this server has a leader password (in a secrets
    file of its own) and a workshop file of its own."""
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'workshop_leader_password = "{LEADER_PASSWORD}"\n', encoding="utf-8")
    app_url = fresh_server(
        demo_db_path,
        {
            "STREAMLIT_SECRETS_FILES": str(secrets),
            "RUS_WORKSHOP_DB": str(tmp_path / "workshop.duckdb"),
        },
    )
    page.goto(app_url)
    wait_idle(page)
    page.goto(f"{app_url}/conflicts?cf_mode=workshop")
    wait_idle(page)
    assert page.get_by_text("Importera poäng (CSV eller Excel)").count() == 0  # not a leader
    page.get_by_text("Workshopledare", exact=True).click()
    page.get_by_label("Lösenord för workshopledare").fill(LEADER_PASSWORD)
    page.get_by_role("button", name="Logga in som ledare").click()
    wait_idle(page)
    page.get_by_text("Du leder workshoppen").wait_for()
    page.get_by_label("Namn på sessionen").fill("Importtest")
    page.get_by_role("button", name="Skapa session").click()
    wait_idle(page)
    page.get_by_text("Poängsätt par").wait_for()
    wait_idle(page)
    upload = page.locator("[data-testid='stFileUploaderDropzoneInput']")
    upload.set_input_files(
        files=[{"name": "runda.csv", "mimeType": "text/csv", "buffer": BAD_ROUND.encode()}]
    )
    wait_idle(page)
    page.get_by_role("button", name="Importera", exact=True).click()
    wait_idle(page)
    error = page.locator("[data-testid='stAlertContentError']")
    error.wait_for()
    assert "Rad 3" in error.inner_text() and "score" in error.inner_text()
    assert page.get_by_text("Inga poäng i sessionen ännu.").count() == 1
    page.screenshot(path=str(artifacts_dir / "conflicts_import_refused.png"))

    upload.set_input_files(
        files=[{"name": "runda.csv", "mimeType": "text/csv", "buffer": GOOD_ROUND.encode()}]
    )
    wait_idle(page)
    page.get_by_role("button", name="Importera", exact=True).click()
    wait_idle(page)
    page.wait_for_selector("text=2 poäng importerade från runda.csv")
    assert page.locator("[data-testid='stException']").count() == 0
