"""Profile, ranking table, peer band, gap verdict and the downloads, on small hand-made data."""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from rus_data.exports.about import ExportAbout
from rus_data.exports.files import table_csv
from rus_data.peers.profile import (
    gap_trend,
    indicators_of_objective,
    objectives_with_indicators,
    peer_band,
    profile,
    ranking_table,
)
from rus_data.peers.tables import excel_bytes, profile_table, ranking_export

INDICATORS = pd.DataFrame(
    {
        "id": ["up", "down"],
        "name": ["Mer är bättre", "Mindre är bättre"],
        "unit": ["%", "kg"],
        "better": ["higher", "lower"],
        "decimals": [1, 0],
    }
)
TOWNS = pd.DataFrame(
    {
        "code": ["0001", "0002", "0003", "0004", "0005"],
        "name": ["Ett", "Två", "Tre", "Fyra", "Fem"],
        "county_name": ["Län A", "Län A", "Län A", "Län B", "Län B"],
    }
)


def _values() -> pd.DataFrame:
    up = [10.0, 20.0, 30.0, 40.0, 50.0]
    down = [5.0, 1.0, math.nan, 3.0, 9.0]
    rows = [("up", c, 2024, v) for c, v in zip(TOWNS["code"], up, strict=True)]
    rows += [("down", c, 2023, v) for c, v in zip(TOWNS["code"], down, strict=True)]
    return pd.DataFrame(rows, columns=["indicator_id", "region_code", "year", "value"])


def test_profile_ranks_in_group_and_in_sweden() -> None:
    frame = profile(_values(), INDICATORS, "0002", ["0001", "0003"]).set_index("indicator_id")
    up = frame.loc["up"]
    # group 0002, 0001, 0003 with 20, 10, 30: second of three, median of peers 20
    assert (up["value"], up["group_rank"], up["group_n"]) == (20.0, 2, 3)
    assert up["group_percentile"] == 50
    assert up["peer_median"] == 20.0 and up["difference"] == 0.0
    assert up["standing"] == "middle"
    assert (up["sweden_rank"], up["sweden_n"], up["sweden_percentile"]) == (4, 5, 25)
    assert up["year"] == 2024
    down = frame.loc["down"]
    # lower is better: 0002 has 1, the best; 0003 has no value so the group has two values
    assert (down["group_rank"], down["group_n"], down["group_percentile"]) == (1, 2, 100)
    assert down["peer_median"] == 5.0
    assert down["difference"] == -4.0 and down["better_than_median"] == 4.0
    assert down["standing"] == "best"
    assert down["peer_count"] == 1
    assert down["year"] == 2023


def test_profile_of_a_missing_value_says_so() -> None:
    frame = profile(_values(), INDICATORS, "0003", ["0001", "0002"]).set_index("indicator_id")
    down = frame.loc["down"]
    assert math.isnan(down["value"]) and math.isnan(down["group_rank"])
    assert pd.isna(down["standing"])
    table = profile_table(frame.reset_index(), "sv")
    assert table.loc[1, "Värde"] == "uppgift saknas"
    assert table.loc[1, "Läge i gruppen"] == "uppgift saknas"
    assert table.loc[0, "Värde"] == "30,0 %"
    assert table.loc[0, "Rang i gruppen"] == "1 av 3"
    assert table.loc[0, "Läge i gruppen"] == "▲ Bästa tredjedelen"


def test_ranking_table_best_first_missing_last_and_flags_the_choice() -> None:
    column = _values().query("indicator_id == 'down'").set_index("region_code")["value"]
    table = ranking_table(column, TOWNS, "0003", ["0001", "0002", "0004"], "lower")
    assert table["region_code"].tolist() == ["0002", "0004", "0001", "0003"]
    assert table["rank"].tolist()[:3] == [1, 2, 3]
    assert math.isnan(table["rank"].iloc[3])
    assert table["selected"].tolist() == [False, False, False, True]
    assert table["county"].tolist()[:2] == ["Län A", "Län B"]
    # the chosen municipality has no value, so the peer median is that of 1, 3, 5
    assert table["difference"].tolist()[:3] == [-2.0, 0.0, 2.0]


def test_downloads_keep_numbers_and_highlight_the_choice() -> None:
    column = _values().query("indicator_id == 'up'").set_index("region_code")["value"]
    table = ranking_table(column, TOWNS, "0002", ["0001", "0003"], "higher")
    export = ranking_export(table, "Mer är bättre", "%", 2024, "sv")
    about = ExportAbout(title="Mer är bättre", source_line="Källa: test")
    lines = table_csv(export, about).decode("utf-8-sig").split("\r\n")
    table_lines = lines[lines.index("") + 1 :]  # after the file's "about" lines
    assert table_lines[0].startswith("Rang;Kod;Kommun;Län;Indikator;Enhet;År;Värde")
    assert "2;0002;Två;Län A;Mer är bättre;%;2024;20,0;0,0;50,0;Mittersta tredjedelen;Ja" in lines
    workbook = load_workbook(
        io.BytesIO(excel_bytes(export, list(table["selected"]), ["not"], "up"))
    )
    sheet = workbook["up"]
    assert sheet["B3"].value == "0002" and sheet["H3"].value == 20.0
    assert sheet["B3"].fill.start_color.rgb.endswith("FFE8A3")
    assert sheet["B3"].font.bold and not sheet["B2"].font.bold
    assert workbook["Om data"]["A1"].value == "not"


def _series(own: list[float], peers: list[list[float]], years: list[int]) -> pd.DataFrame:
    rows = [("0001", y, v) for y, v in zip(years, own, strict=True)]
    for index, values in enumerate(peers, start=2):
        rows += [(f"000{index}", y, v) for y, v in zip(years, values, strict=True)]
    return pd.DataFrame(rows, columns=["region_code", "year", "value"])


def test_peer_band_median_quartiles_and_oriented_gap() -> None:
    series = _series([5.0, 6.0], [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [2020, 2021])
    band = peer_band(series, "0001", ["0002", "0003", "0004"], "lower").set_index("year")
    assert band.loc[2020, "peer_median"] == 3.0
    assert band.loc[2020, "peer_p25"] == 2.0 and band.loc[2020, "peer_p75"] == 4.0
    assert band.loc[2020, "peer_count"] == 3
    assert band.loc[2020, "gap"] == -2.0  # 5 against a median of 3, lower is better


def test_gap_trend_verdicts() -> None:
    years = list(range(2015, 2025))
    peers = [[10.0] * 10, [12.0] * 10, [14.0] * 10]
    closing = [2.0 + 0.8 * i for i in range(10)]  # behind 12, rising towards it
    verdict = gap_trend(peer_band(_series(closing, peers, years), "0001", [], "higher"))
    assert verdict.verdict == "too_few"  # no peers at all: no gap
    band = peer_band(_series(closing, peers, years), "0001", ["0002", "0003", "0004"], "higher")
    assert gap_trend(band).verdict == "catching_up"
    assert gap_trend(band).trend.slope_per_year == pytest.approx(0.8)
    ahead_growing = [13.0 + i for i in range(10)]
    band = peer_band(_series(ahead_growing, peers, years), "0001", ["0002", "0003"], "higher")
    assert gap_trend(band).verdict == "pulling_ahead"
    # lower is better and the value rises above the peers: falling behind
    band = peer_band(_series(ahead_growing, peers, years), "0001", ["0002", "0003"], "lower")
    assert gap_trend(band).verdict == "falling_behind"
    shrinking_lead = [30.0 - 2 * i for i in range(10)]  # 30 → 12, still ahead of 11
    band = peer_band(_series(shrinking_lead, peers, years), "0001", ["0002", "0003"], "higher")
    assert gap_trend(band).verdict == "losing_lead"
    flat = [11.0, 11.2, 10.9, 11.1, 10.8, 11.0, 11.2, 10.9, 11.1, 11.0]
    band = peer_band(_series(flat, peers, years), "0001", ["0002", "0003"], "higher")
    assert gap_trend(band).verdict == "no_clear_change"
    short = peer_band(_series([1.0] * 4, [[2.0] * 4], years[:4]), "0001", ["0002"], "higher")
    assert gap_trend(short).verdict == "too_few"
    assert np.isfinite(gap_trend(short).latest_gap)


def test_an_indicator_without_objectives_belongs_to_none() -> None:
    # Objectives are optional in the import template: the query's LEFT JOIN gave [NULL],
    # which arrives as a masked entry, and the page failed for everyone with a MaskError.
    objectives = [[1, 13], np.ma.masked_array([0.0], mask=[True]), [], None, [0]]
    indicators = pd.DataFrame({"id": list("abcde"), "objectives": objectives})
    assert objectives_with_indicators(indicators) == [1, 13, 0]
    assert list(indicators_of_objective(indicators, 13)["id"]) == ["a"]
    assert list(indicators_of_objective(indicators, 0)["id"]) == ["e"]
