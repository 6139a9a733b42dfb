"""The synthetic demo dataset: determinism, scope rules, consistency and honesty."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest

from rus_data.config import DEMO_SEED
from rus_data.demo.assessments import generate_assessments
from rus_data.demo.catalogue import DEMO_INDICATORS, indicators_for_objective
from rus_data.demo.values import YEARS, eligible_counties, generate_values
from rus_data.reference.counties import COUNTIES


def _digest(frame: pd.DataFrame) -> str:
    return hashlib.sha256(frame.to_csv(index=False).encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def values() -> pd.DataFrame:
    return generate_values(DEMO_INDICATORS, DEMO_SEED)


def test_same_seed_gives_same_bytes(values: pd.DataFrame) -> None:
    again = generate_values(DEMO_INDICATORS, DEMO_SEED)
    assert _digest(values) == _digest(again)
    assert _digest(generate_assessments(DEMO_SEED)) == _digest(generate_assessments(DEMO_SEED))


def test_other_seed_gives_other_data(values: pd.DataFrame) -> None:
    other = generate_values(DEMO_INDICATORS, DEMO_SEED + 1)
    assert _digest(values) != _digest(other)
    assert _digest(generate_assessments(DEMO_SEED)) != _digest(generate_assessments(1))


def test_catalogue_size_and_directions() -> None:
    for objective in range(1, 17):
        assert len(indicators_for_objective(objective)) >= 3, objective
    assert 8 <= len(indicators_for_objective(0)) <= 14
    assert {i.better for i in DEMO_INDICATORS} == {"higher", "lower"}
    assert len({i.id for i in DEMO_INDICATORS}) == len(DEMO_INDICATORS)


def test_values_cover_expected_levels_and_years(values: pd.DataFrame) -> None:
    def level_of(code: str) -> str:
        return "riket" if code == "00" else ("kommun" if len(code) == 4 else "lan")

    for indicator in DEMO_INDICATORS:
        rows = values[values["indicator_id"] == indicator.id]
        levels = set(rows["region_code"].map(level_of))
        assert "riket" in levels
        assert ("kommun" in levels) == (indicator.level == "kommun"), indicator.id
        assert sorted(rows["year"].unique()) == list(YEARS[indicator.years]), indicator.id


def test_long_series_have_the_real_gaps(values: pd.DataFrame) -> None:
    ghg = values[(values["indicator_id"] == "ghg_emissions_per_capita")]
    years = sorted(ghg["year"].unique())
    assert years[:4] == [1990, 2000, 2005, 2010]
    assert 1995 not in years and 2011 not in years
    assert years[-1] == 2024


def test_values_stay_within_bounds(values: pd.DataFrame) -> None:
    for indicator in DEMO_INDICATORS:
        series = values.loc[values["indicator_id"] == indicator.id, "value"]
        assert series.notna().all()
        if indicator.lower_bound is not None:
            assert series.min() >= indicator.lower_bound, indicator.id
        if indicator.upper_bound is not None:
            assert series.max() <= indicator.upper_bound, indicator.id


def test_county_and_national_totals_match_municipalities(values: pd.DataFrame) -> None:
    """For summed indicators, a county total equals the sum of its municipalities."""
    summed = [i for i in DEMO_INDICATORS if i.aggregation == "sum" and i.level == "kommun"]
    assert summed, "the catalogue should have at least one summed municipal indicator"
    for indicator in summed:
        rows = values[values["indicator_id"] == indicator.id]
        munis = rows[rows["region_code"].str.len() == 4].assign(
            county=lambda f: f["region_code"].str[:2]
        )
        complete = munis.groupby(["county", "year"]).size()
        sums = munis.groupby(["county", "year"])["value"].sum()
        counties = rows[rows["region_code"].str.len() == 2].set_index(["region_code", "year"])
        expected_count = munis.groupby("county")["region_code"].nunique()
        for (county, year), total in sums.items():
            if complete[(county, year)] != expected_count[county]:
                continue  # a withheld municipal value: the county total still has it
            tolerance = 0.5 * 10**-indicator.decimals * (expected_count[county] + 1)
            assert counties.loc[(county, year), "value"] == pytest.approx(total, abs=tolerance)


def test_mean_indicators_lie_between_their_municipalities(values: pd.DataFrame) -> None:
    indicator = "ghg_emissions_per_capita"
    rows = values[values["indicator_id"] == indicator]
    munis = rows[rows["region_code"].str.len() == 4]
    for county in ("01", "14", "25"):
        own = munis[munis["region_code"].str[:2] == county]
        for year, group in own.groupby("year"):
            value = rows[(rows["region_code"] == county) & (rows["year"] == year)]["value"].item()
            assert group["value"].min() - 0.05 <= value <= group["value"].max() + 0.05


def test_spatial_pattern_protected_nature_higher_in_the_north(values: pd.DataFrame) -> None:
    rows = values[(values["indicator_id"] == "protected_nature_share") & (values["year"] == 2024)]
    by_code = rows.set_index("region_code")["value"]
    assert by_code["25"] > by_code["12"]  # Norrbotten above Skåne


def test_some_municipal_values_are_missing_like_real_series(values: pd.DataFrame) -> None:
    indicator = "household_waste_per_capita"
    rows = values[(values["indicator_id"] == indicator) & (values["region_code"].str.len() == 4)]
    expected = 290 * len(YEARS["annual2015"])
    assert 0.95 * expected < len(rows) < expected


def test_mountain_and_marine_indicators_only_where_they_apply(values: pd.DataFrame) -> None:
    mountain = next(i for i in DEMO_INDICATORS if i.objectives[0] == 14)
    marine = next(i for i in DEMO_INDICATORS if i.objectives[0] == 10)
    assert eligible_counties(mountain) == {"20", "23", "24", "25"}
    coastal = {c.code for c in COUNTIES if c.has_coast}
    assert eligible_counties(marine) == coastal
    codes = set(values.loc[values["indicator_id"] == mountain.id, "region_code"])
    assert {code[:2] for code in codes} == {"00", "20", "23", "24", "25"}
    assert "06" not in set(values.loc[values["indicator_id"] == marine.id, "region_code"])


def test_assessment_scope_rules() -> None:
    frame = generate_assessments(DEMO_SEED)
    assert sorted(frame["year"].unique()) == list(range(2015, 2025))
    per_region = frame[frame["year"] == 2024].groupby("region_code")["objective_id"].apply(set)
    assert per_region["00"] == set(range(1, 17))
    for county in COUNTIES:
        objectives = per_region[county.code]
        assert objectives.isdisjoint({0, 1, 5, 6})
        assert (14 in objectives) == county.has_mountains
        assert (10 in objectives) == county.has_coast
        assert len(objectives) == 11 + county.has_mountains + county.has_coast
    assert set(frame["status"]) == {"JA", "NÄRA", "NEJ"}
    assert set(frame["trend"]) <= {"POSITIV", "NEUTRAL", "NEGATIV", "OKLAR"}


def test_assessments_look_like_the_real_picture() -> None:
    """Most objectives are not reached, and statuses mostly hold from one year to the next."""
    frame = generate_assessments(DEMO_SEED)
    counties = frame[frame["region_code"] != "00"]
    shares = counties["status"].value_counts(normalize=True)
    assert shares["NEJ"] > 0.5 > shares.get("JA", 0)
    pivot = counties.pivot_table(
        index=["objective_id", "region_code"], columns="year", values="status", aggfunc="first"
    )
    statuses = pivot.to_numpy()
    changes = int(np.sum(statuses[:, 1:] != statuses[:, :-1]))
    assert 0 < changes / statuses[:, 1:].size < 0.15
