"""The trends page says why and does not mislead (issue 14): the headline with the county's
own assessment and motivation, verdicts in words, no band of absolute totals, the index from
the chosen base year, "Om indikatorn", and source lines of exactly the values drawn."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.ipc
import pytest
from streamlit.testing.v1 import AppTest

from rus_data.imports.service import FileImport, import_file
from rus_data.presentation.slide import chart_title
from rus_data.text.plain import as_markdown_text
from tests.app.apptest import open_page

PAGE = "pages/trends/page.py"
FORESTS = "12"  # Levande skogar
JAMTLAND = "23"
OLD_FOREST = "old_forest_area"  # hectares, summed over regions


def _charts(app: AppTest) -> list[dict]:
    """Each chart's spec with its datasets as lists of rows."""
    charts = []
    for element in app.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        spec["_rows"] = [
            pyarrow.ipc.open_stream(d.data.data).read_all().to_pylist()
            for d in element.proto.datasets
        ]
        charts.append(spec)
    return charts


def _chart(app: AppTest, name: str) -> dict:
    return next(c for c in _charts(app) if chart_title(c).startswith(name))


def _marks(spec: dict) -> list[str]:
    return [
        layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]
        for layer in spec["layer"]
    ]


def _text(app: AppTest) -> str:
    return "\n".join(m.value for m in app.markdown)


def test_headline_gives_the_county_assessment_with_motivation_beside_sweden(
    demo_db_path: Path, db: duckdb.DuckDBPyConnection
) -> None:
    app = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS)
    rows = db.execute(
        "SELECT region_code, comment FROM assessment WHERE objective_id = 12 AND year = 2024 "
        "AND region_code IN ('23', '00') ORDER BY region_code"
    ).fetchall()
    text = _text(app)
    assert "Levande skogar: Jämtlands län och Sverige" in text
    assert text.index("Levande skogar: Jämtlands län och Sverige") < text.index("#### Areal")
    for _code, comment in rows:
        assert as_markdown_text(comment, 1200) in text  # the motivation, as text
    assert "Länets bedömning 2024" in text and "Nationell bedömning 2024" in text  # side by side
    assert text.count("Indikatorerna: **") == 2


def test_verdict_names_direction_size_and_strength(demo_db_path: Path) -> None:
    app = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS)
    text = _text(app)
    assert "per år sedan" in text
    assert any(s in text for s in ("tydlig trend", "för liten förändring", "osäkert"))
    captions = "\n".join(c.value for c in app.caption)
    assert "minst 5\u202f% av indikatorns typiska nivå" in captions  # the rule, stated


def test_no_band_of_absolute_totals_and_the_fitted_line_is_drawn(demo_db_path: Path) -> None:
    """The finding: a county min–max band in hectares (0–450 000) squeezed a flat line."""
    app = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS)
    chart = _chart(app, "Areal gammal skog")
    assert "area" not in _marks(chart)  # no band of totals across counties of unequal size
    assert "Inget länsband: indikatorn är en summa" in " ".join(chart["title"]["subtitle"])
    assert "Streckad linje: trendlinje för Jämtlands län" in " ".join(chart["title"]["subtitle"])
    dashed = [
        layer
        for layer in chart["layer"]
        if isinstance(layer["mark"], dict) and layer["mark"].get("strokeDash") == [6, 3]
    ]
    assert len(dashed) == 1  # the fitted Theil–Sen line of Jämtland
    share = _chart(app, "Andel formellt skyddad produktiv skogsmark")
    assert "area" in _marks(share)  # a share compares across counties: the band stays


def test_index_mode_follows_the_chosen_base_year(demo_db_path: Path) -> None:
    app = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS, tr_mode="idx", tr_base="2018")
    chart = _chart(app, "Andel formellt skyddad produktiv skogsmark")
    assert "2018 = 100" in " ".join(chart["title"]["subtitle"])
    points = [
        row for rows in chart["_rows"] for row in rows if row.get("region") == "Jämtlands län"
    ]
    by_year = {row["year"]: row["y"] for row in points if "y" in row}
    assert by_year[min(y for y in by_year if y >= 2018)] == pytest.approx(100.0)


def test_about_the_indicator_and_method_expanders(
    demo_db_path: Path, db: duckdb.DuckDBPyConnection
) -> None:
    app = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS)
    labels = [e.label for e in app.expander]
    assert labels.count("Om indikatorn") == 4 and labels.count("Metod") == 4
    (description,) = db.execute(
        "SELECT description_sv FROM indicator WHERE id = ?", [OLD_FOREST]
    ).fetchone()
    text = _text(app)
    assert as_markdown_text(description, 1000) in text
    assert "**Riktning:** högre värden är bättre" in text
    assert "**Följer upp:** " + as_markdown_text("12. Levande skogar") in text
    assert as_markdown_text("licens: CC0") in text
    tables = [d.value for d in app.dataframe]
    plain = app.table[0].value
    assert list(plain.columns[:3]) == ["Område", "Bedömning", "Utveckling"]
    assert not any("p (Mann" in c for c in plain.columns)  # jargon is in "Metod"
    assert any("p (Mann–Kendall)" in t.columns for t in tables)


# --- Source lines name exactly the sources of the values drawn -------------------------------


@pytest.fixture()
def jamtland_2025(app_db: Path) -> Path:
    """The demo database after a Jämtland-only import for 2025 (values and assessment)."""
    values = (
        "indicator_id;region_code;year;value\n"
        f"{OLD_FOREST};23;2025;412000\n"
        "protected_productive_forest_share;23;2025;9,5\n"
    )
    import_file(app_db, FileImport(values.encode(), "jamtland_2025.csv"))
    assessment = (
        "objective_id;region_code;year;status;trend;motivering\n"
        "12;23;2025;NEJ;NEUTRAL;Avverkningen av *gammal* skog fortsätter i länet.\n"
    )
    import_file(app_db, FileImport(assessment.encode(), "bedomning_jamtland_2025.csv"))
    return app_db


def _subtitles(app: AppTest) -> list[str]:
    return [" ".join(c["title"]["subtitle"]) for c in _charts(app)]


def test_sweden_2024_does_not_cite_a_jamtland_2025_import(jamtland_2025: Path) -> None:
    app = open_page(PAGE, region="00", tr_obj=FORESTS, year="2024", tr_ind=OLD_FOREST)
    assert not any("jamtland_2025.csv" in s for s in _subtitles(app))


def test_sweden_2025_cites_it_only_where_jamtland_is_drawn(jamtland_2025: Path) -> None:
    app = open_page(PAGE, region="00", tr_obj=FORESTS, year="2025", tr_ind=OLD_FOREST)
    totals = _chart(app, "Areal gammal skog")
    assert "jamtland_2025.csv" not in " ".join(totals["title"]["subtitle"])  # Sweden only
    share = _chart(app, "Andel formellt skyddad produktiv skogsmark")
    assert "jamtland_2025.csv" in " ".join(share["title"]["subtitle"])  # the county band
    multiples = _chart(app, "Areal gammal skog i alla län")
    assert "jamtland_2025.csv" in " ".join(multiples["title"]["subtitle"])


def test_jamtland_2025_cites_the_import_and_shows_its_motivation(jamtland_2025: Path) -> None:
    app = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS, year="2025")
    totals = _chart(app, "Areal gammal skog")
    assert "jamtland_2025.csv" in " ".join(totals["title"]["subtitle"])
    text = _text(app)
    assert as_markdown_text("Avverkningen av *gammal* skog fortsätter i länet.") in text
    assert "Länets bedömning 2025" in text


# --- Women and men --------------------------------------------------------------------------


@pytest.fixture()
def split_by_gender(app_db: Path) -> Path:
    """The demo database with one indicator of Levande skogar split by women and men."""
    rows = "".join(
        f"protected_productive_forest_share;{code};{year};{base + 0.4 * (year - 2012)};{sex}\n"
        for code in ("23", "00", "01")
        for year in range(2012, 2025, 3)
        for sex, base in (("K", 6.0), ("M", 9.0))
    )
    text = "indicator_id;region_code;year;value;gender\n" + rows.replace(".", ",")
    import_file(app_db, FileImport(text.encode(), "kon.csv"))
    return app_db


def test_no_gender_toggle_without_a_split(demo_db_path: Path) -> None:
    app = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS)
    assert not [b for b in app.get("button_group") if b.key == "tr_gender"]


def test_gender_toggle_shows_women_total_by_default(split_by_gender: Path) -> None:
    app = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS)
    assert app.button_group(key="tr_gender").value == "T"
    assert "tr_gender" not in app.query_params
    women = open_page(PAGE, region=JAMTLAND, tr_obj=FORESTS, tr_gender="K")
    chart = _chart(women, "Andel formellt skyddad produktiv skogsmark – kvinnor")
    values = sorted(
        row["y"]
        for rows in chart["_rows"]
        for row in rows
        if row.get("region") == "Jämtlands län" and "y" in row and row["year"] == 2012
    )
    assert values and values[0] == pytest.approx(6.0)
    assert "kon.csv" in " ".join(chart["title"]["subtitle"])
    infos = [i.value for i in women.info]
    assert "Indikatorn finns inte uppdelad på kvinnor och män; välj Totalt." in infos
