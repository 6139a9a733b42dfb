"""A table download of the conflicts page (AppTest, the file's bytes) holds an imported
rationale that would run as a spreadsheet formula as inert text."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from tests.app.apptest import open_page
from tests.support.exports import read_export_csv, read_export_xlsx
from tests.support.hostile import HOSTILE_FORMULA


@pytest.fixture()
def media(monkeypatch: pytest.MonkeyPatch) -> list[MemoryMediaFileStorage]:
    """The media stores of the AppTest runs, kept so the downloads' bytes can be read."""
    stores: list[MemoryMediaFileStorage] = []

    class Recording(MemoryMediaFileStorage):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            stores.append(self)

    monkeypatch.setattr(app_test, "MemoryMediaFileStorage", Recording)
    return stores


def _download(app: app_test.AppTest, key: str, stores: list[MemoryMediaFileStorage]) -> bytes:
    (button,) = [b for b in app.get("download_button") if b.proto.id.endswith(key)]
    file_id = Path(button.proto.url).stem
    return stores[-1].get_file(file_id).content


def test_conflict_ranking_csv_is_inert(hostile_db: Path, media: list) -> None:
    app = open_page("pages/conflicts/page.py", cf_mode="ranking", region="01")
    assert not app.exception, app.exception
    content = _download(app, "cf_csv_starkaste_konflikter", media)
    about, rows = read_export_csv(content)  # Swedish Excel's CSV: BOM, ";", about lines
    assert about["Titel"] == "starkaste_konflikter" and about["Källa"]
    rationales = {row["Motivering"] for row in rows}
    assert "'" + HOSTILE_FORMULA in rationales
    assert not any(text.startswith(("=", "+", "-", "@")) for text in rationales)
    _, table, _, _ = read_export_xlsx(_download(app, "cf_xlsx_starkaste_konflikter", media))
    column = table[0].index("Motivering")
    excel = {row[column] for row in table[1:]}
    assert "'" + HOSTILE_FORMULA in excel
    assert not any(str(text).startswith(("=", "+", "-", "@")) for text in excel)


@pytest.mark.parametrize(("language", "label"), [("sv", "Data (Excel)"), ("en", "Data (Excel)")])
def test_every_chart_download_offers_excel_beside_csv(
    demo_db_path: Path, language: str, label: str
) -> None:
    app = open_page("pages/overview/page.py", lang=language)
    assert not app.exception, app.exception
    buttons = {b.proto.id.rsplit("-", 1)[-1]: b.proto.label for b in app.get("download_button")}
    keys = [key for key in buttons if key.startswith("overview_matrix_")]
    assert sorted(keys) == [
        "overview_matrix_csv",
        "overview_matrix_png",
        "overview_matrix_svg",
        "overview_matrix_xlsx",
    ]
    assert buttons["overview_matrix_xlsx"] == label


def test_the_map_table_downloads_open_in_swedish_excel(demo_db_path: Path, media: list) -> None:
    app = open_page("pages/map/page.py", map_ind="ghg_emissions_per_capita")
    assert not app.exception, app.exception
    about, rows = read_export_csv(_download(app, "map_csv", media))
    assert about["Källa"] and "Exempeldata" in " ".join(about.values())
    assert len(rows) == 290  # the municipalities, the map's default level
    (column,) = [name for name in rows[0] if name.startswith("Värde")]
    values = [row[column] for row in rows if row[column]]
    assert values and all("." not in value for value in values)  # a decimal comma
    assert any("," in value for value in values)
    buttons = {b.proto.id.rsplit("-", 1)[-1]: b.proto.label for b in app.get("download_button")}
    assert buttons["map_xlsx"] == "Ladda ner tabellen (Excel)"  # made on a click


def test_the_peer_ranking_csv_opens_in_swedish_excel(demo_db_path: Path, media: list) -> None:
    app = open_page("pages/peers/page.py")
    assert not app.exception, app.exception
    about, rows = read_export_csv(_download(app, "peer_csv", media))
    assert about["Källa"] and "Exempeldata" in " ".join(about.values())
    assert rows and all(";" not in key for key in rows[0])
