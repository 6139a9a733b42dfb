"""AppTest of "Jämför kommuner" in every peer-group mode, both languages, state in the URL."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from rus_data.imports.service import FileImport, import_file
from rus_data.presentation.slide import chart_title
from tests.app.apptest import open_page

PAGE = "pages/peers/page.py"


def _page(**query: str) -> AppTest:
    return open_page(PAGE, **query)


def _chart_data(app: AppTest, index: int) -> tuple[dict, list[pd.DataFrame]]:
    chart = app.get("vega_lite_chart")[index]
    frames = [pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in chart.proto.datasets]
    return json.loads(chart.proto.spec), frames


def _ranking(app: AppTest) -> pd.DataFrame:
    return app.dataframe[-1].value


def test_same_county_is_the_default(demo_db_path: Path) -> None:
    app = _page()
    assert app.title[0].value == "Jämför kommuner"
    assert "Exempeldata – inte officiell statistik" in app.warning[0].value
    assert app.selectbox(key="peer_kommun").value == "0180"
    assert any("Kommunerna i Stockholms län (26 st)" in c.value for c in app.caption)
    ranking = _ranking(app)
    assert len(ranking) == 26
    assert set(ranking["Län"]) == {"Stockholms län"}
    assert list(app.query_params) == []


def test_profile_chart_matches_the_database(demo_db_path: Path) -> None:
    app = _page(peer_kommun="2584")  # Kiruna, among the municipalities of Norrbotten
    spec, frames = _chart_data(app, 0)
    assert chart_title(spec) == "Kiruna jämfört med gruppen"
    profile = max(frames, key=len)
    with duckdb.connect(str(demo_db_path), read_only=True) as connection:
        ids = connection.execute(
            "SELECT i.id FROM indicator i JOIN indicator_objective o ON o.indicator_id = i.id "
            "WHERE o.objective_id = 1 AND i.finest_level = 'kommun'"
        ).fetchall()
        ghg = connection.execute(
            "SELECT v.region_code, v.value FROM indicator_value v JOIN region r "
            "ON r.code = v.region_code WHERE r.parent_code = '25' AND v.year = 2024 "
            "AND v.indicator_id = 'ghg_emissions_per_capita'"
        ).df()
    assert set(profile["indicator_id"]) == {i for (i,) in ids}
    row = profile.set_index("indicator_id").loc["ghg_emissions_per_capita"]
    kiruna = ghg.loc[ghg["region_code"] == "2584", "value"].item()
    assert row["value"] == pytest.approx(kiruna)
    assert row["group_rank"] == 1 + (ghg["value"] < kiruna).sum()  # lower is better
    assert row["group_n"] == len(ghg)
    assert any("relativa" in c.value for c in app.caption)


def test_group_mode_without_groups_says_how_to_add_them(demo_db_path: Path) -> None:
    app = _page(peer_mode="group")
    assert app.button_group(key="peer_mode").value == "group"
    assert any("inga kommungrupper" in i.value for i in app.info)
    assert not app.get("vega_lite_chart")
    assert app.query_params["peer_mode"] == "group"


def test_group_mode_with_an_imported_group_set(app_db: Path) -> None:
    text = "group_set;group_code;group_name;region_code\n"
    text += "Testindelning;G1;Testgrupp;1480\nTestindelning;G1;Testgrupp;0180\n"
    text += "Testindelning;G1;Testgrupp;1280\nTestindelning;G2;Annan;2584\n"
    job = FileImport(text.encode("utf-8"), "grupper.csv", kind="region_groups")
    import_file(app_db, job)
    app = _page(peer_mode="group", peer_kommun="1480")
    assert app.selectbox(key="peer_set").value == "Testindelning"
    assert any("Testgrupp" in c.value and "3 kommuner" in c.value for c in app.caption)
    assert _ranking(app)["Kod"].tolist() != []
    assert set(_ranking(app)["Kod"]) == {"0180", "1280", "1480"}
    # a municipality outside every group is told so, not shown a comparison
    app.selectbox(key="peer_kommun").set_value("0114").run()
    assert any("finns inte med i någon grupp" in w.value for w in app.warning)


def test_custom_list(demo_db_path: Path) -> None:
    app = _page(peer_mode="custom")
    assert any("Välj minst en kommun" in i.value for i in app.info)
    app.multiselect(key="peer_custom").set_value(["1480", "1280"]).run()
    assert not app.exception
    ranking = _ranking(app)
    assert set(ranking["Kod"]) == {"0180", "1480", "1280"}
    assert app.query_params["peer_custom"] == "1480,1280"


def test_similar_municipalities_with_k_and_weights(demo_db_path: Path) -> None:
    app = _page(peer_mode="similar", peer_kommun="1480")
    members = app.dataframe[0].value
    assert len(members) == 20
    assert "Göteborg" not in set(members["Kommun"])
    assert len(_ranking(app)) == 21
    assert any("standardiseras" in c.value for c in app.caption)
    app.select_slider(key="peer_k").set_value("8").run()
    assert len(app.dataframe[0].value) == 8
    assert app.query_params["peer_k"] == "8"
    first = app.dataframe[0].value["Kommun"].tolist()
    app.number_input(key="peer_w_arable_land_area").set_value(5.0).run()
    assert app.dataframe[0].value["Kommun"].tolist() != first
    app.multiselect(key="peer_sim").set_value(["no2_urban_background"]).run()
    assert app.dataframe[0].value["Kommun"].tolist() != first
    # Göteborg has no value of solar power: nothing to compare on, and the page says why
    app.multiselect(key="peer_sim").set_value(["solar_power_per_capita"]).run()
    assert not app.exception
    assert any("Inga indikatorer kan användas" in w.value for w in app.warning)
    assert any("uppgift saknas för Göteborg" in m.value for m in app.markdown)


def test_similar_mode_shows_dropped_indicators(demo_db_path: Path) -> None:
    app = _page(peer_mode="similar")
    app.number_input(key="peer_w_arable_land_area").set_value(0.0).run()
    assert any("Areal åkermark: vikten är 0." in m.value for m in app.markdown)


def test_english_and_url_state(demo_db_path: Path) -> None:
    app = _page(lang="en", peer_kommun="1280", peer_obj="0", peer_ind="solar_power_per_capita")
    assert app.title[0].value == "Compare municipalities"
    assert "Example data – not official statistics" in app.warning[0].value
    assert app.selectbox(key="peer_obj").value == "0"
    spec, _ = _chart_data(app, 1)
    assert chart_title(spec).startswith("Installed solar power capacity per inhabitant: Malmö")
    assert "Rank" in _ranking(app).columns
    assert any(
        m.value.startswith(("**Catching up", "**Pulling", "**Falling", "**Losing", "**No clear"))
        for m in app.markdown
    )


def test_hostile_url_values_fall_back(demo_db_path: Path) -> None:
    app = _page(peer_kommun="0180' OR 1=1", peer_mode="x", peer_obj="99", peer_ind="';--")
    assert app.selectbox(key="peer_kommun").value == "0180"
    assert app.button_group(key="peer_mode").value == "county"
    assert app.selectbox(key="peer_obj").value == "1"
    assert app.selectbox(key="peer_ind").value == "ghg_emissions_per_capita"
    assert dict(app.query_params) == {}


def test_similar_mode_names_the_excluded_and_why(app_db: Path) -> None:
    with duckdb.connect(str(app_db)) as connection:
        connection.execute(
            "DELETE FROM indicator_value WHERE region_code = '0114' AND indicator_id IN "
            "('ghg_emissions_per_capita', 'cars_per_1000_inhabitants', "
            "'final_energy_use_per_capita', 'arable_land_area')"
        )
    app = _page(peer_mode="similar")
    assert any(e.label == "Uteslutna kommuner: 1" for e in app.expander)
    assert any(
        m.value == "- Upplands Väsby: har bara 2 av 6 indikatorer gemensamt med Stockholm "
        "(minst 3 krävs)"
        for m in app.markdown
    )
    assert "Upplands Väsby" not in set(app.dataframe[0].value["Kommun"])


def test_url_keeps_only_what_is_shown_and_not_default(demo_db_path: Path) -> None:
    app = _page(peer_mode="similar", peer_k="8", peer_kommun="1280")
    assert app.select_slider(key="peer_k").value == "8"
    assert dict(app.query_params) == {"peer_mode": "similar", "peer_k": "8", "peer_kommun": "1280"}
    app.button_group(key="peer_mode").set_value("county").run()
    assert dict(app.query_params) == {"peer_kommun": "1280"}
    assert any("Skåne län" in c.value for c in app.caption)


def test_an_indicator_without_objectives_does_not_break_the_page(app_db: Path) -> None:
    header = "id;name_sv;name_en;unit;unit_en;better;finest_level;aggregation;objectives\n"
    row = "utan_mal;Utan mål;Without objective;st;pcs;higher;kommun;mean;\n"
    import_file(app_db, FileImport((header + row).encode(), "ind.csv", kind="indicators"))
    values = "indicator_id;region_code;year;value\n" + "".join(
        f"utan_mal;{code};2024;{n}\n" for n, code in enumerate(["0180", "0114", "0115"])
    )
    import_file(app_db, FileImport(values.encode(), "varden.csv", kind="values"))
    app = _page()  # raised a MaskError for every user
    assert app.selectbox(key="peer_obj").value == "1"
    assert "Egen uppsättning indikatorer" in app.selectbox(key="peer_obj").options
    app = _page(peer_obj="custom", peer_prof="utan_mal", peer_ind="utan_mal")
    assert app.selectbox(key="peer_ind").value == "utan_mal"
    assert set(_ranking(app)["Kod"]) >= {"0180", "0114"}


def test_similar_municipalities_are_explained_in_words_and_a_chart(demo_db_path: Path) -> None:
    """The finding: raw headers (rank, name, region_code), four decimals and no reason."""
    app = _page(peer_mode="similar", peer_kommun="2380")
    table = app.dataframe[0].value
    assert list(table.columns) == [
        "Nr",
        "Kommun",
        "Liknar mest i",
        "Skiljer sig mest i",
        "Avstånd",
        "Gemensamma indikatorer",
    ]
    assert all(len(text.split(", ")) == 2 for text in table["Liknar mest i"])
    first = table["Kommun"].iloc[0]
    sentence = next(m.value for m in app.markdown if "liknar Östersund mest i" in m.value)
    assert sentence.startswith(first)
    assert "Störst skillnad i" in sentence and " mot " in sentence
    spec, frames = _chart_data(app, 0)
    assert chart_title(spec) == f"{first} och Östersund på de valda indikatorerna"
    points = max(frames, key=len)
    assert set(points["area"]) == {first, "Östersund"}
    assert len(points) == 2 * table["Gemensamma indikatorer"].iloc[0]
    app.selectbox(key="peer_why").select_index(1).run()
    assert not app.exception


def test_similar_explanation_in_english(demo_db_path: Path) -> None:
    app = _page(lang="en", peer_mode="similar", peer_kommun="2380")
    assert list(app.dataframe[0].value.columns[:4]) == [
        "No.",
        "Municipality",
        "Closest on",
        "Differs most on",
    ]
    assert any("is closest to Östersund on" in m.value for m in app.markdown)


def test_stockholm_profile_does_not_cite_a_jamtland_2025_import(app_db: Path) -> None:
    """The finding: after a Jämtland-only import for 2025, Stockholm's profile cited it."""
    values = (
        "indicator_id;region_code;year;value\n"
        "ghg_emissions_per_capita;23;2025;4,1\n"
        "ghg_emissions_per_capita;2380;2025;3,9\n"
    )
    import_file(app_db, FileImport(values.encode(), "jamtland_2025.csv"))
    app = _page(peer_kommun="0180")
    subtitles = [
        " ".join(json.loads(c.proto.spec)["title"]["subtitle"]) for c in app.get("vega_lite_chart")
    ]
    assert len(subtitles) >= 2 and all("Källa: Exempeldata" in s for s in subtitles)
    assert not any("jamtland_2025.csv" in s for s in subtitles)
    assert not any("jamtland_2025.csv" in c.value for c in app.caption)


def test_women_and_men_toggle_for_a_split_indicator(app_db: Path) -> None:
    rows = "".join(
        f"ghg_emissions_per_capita;{code};{year};{value};{sex}\n"
        for code in ("0180", "0114", "0115")
        for year in (2020, 2022, 2024)
        for sex, value in (("K", "3,1"), ("M", "4,2"))
    )
    text = "indicator_id;region_code;year;value;gender\n" + rows
    import_file(app_db, FileImport(text.encode(), "kon.csv"))
    app = _page(peer_kommun="0180")
    assert app.button_group(key="peer_gender").value == "T"  # total by default
    women = _page(peer_kommun="0180", peer_gender="K")
    heading = next(s.value for s in women.subheader if "kvinnor" in s.value)
    assert heading == "Rangordning: Utsläpp av växthusgaser per invånare – kvinnor 2024"
    ranking = _ranking(women)
    assert (ranking["Rang"] != "uppgift saknas").sum() == 3  # those with women's values
    other = _page(peer_kommun="0180", peer_ind="solar_power_per_capita")
    assert not [b for b in other.get("button_group") if b.key == "peer_gender"]
