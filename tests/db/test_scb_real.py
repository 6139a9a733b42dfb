"""SCB's PxWebApi 2.0 as it really answers: POST with a JSON selection, SCB's own limits from
``/config``, eliminable variables left out, and names and units that say what was chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from rus_data.connectors.http import ConnectorError, JsonClient, RateLimiter
from rus_data.connectors.scb import CALLS_PER_WINDOW, Limits, ScbClient
from rus_data.connectors.sync import aggregation_of, sync_scb
from rus_data.reference.regions import regions
from tests.support.database import query_rows as _rows
from tests.support.fake_apis import SCB_CONFIG, FakeServer, scb_route, serve


def _client(fake: FakeServer) -> ScbClient:
    limiter = RateLimiter(CALLS_PER_WINDOW, 10.0, sleep=lambda _s: None)
    return ScbClient(JsonClient(fake.base_url, "SCB", limiter=limiter, sleep=lambda _s: None))


ALL_REGIONS = regions()["code"].tolist()  # 312: Sweden, 21 counties, 290 municipalities


def test_a_get_with_every_region_is_404_and_the_client_posts_instead(db_copy: Path) -> None:
    with serve(FakeServer(scb_route(region_codes=ALL_REGIONS)), "/api/v2") as fake:
        long_get = {
            "lang": "sv",
            "outputFormat": "json-stat2",
            "valueCodes[Region]": ",".join(ALL_REGIONS),
            "valueCodes[Tid]": "2020",
        }
        with pytest.raises(ConnectorError, match="känner inte till adressen"):
            JsonClient(fake.base_url, "SCB", retries=0).get_json("tables/TAB1/data", long_get)
        result = sync_scb(
            db_copy,
            "TAB1",
            [2020, 2021],
            select={"Sektor": "B"},
            better="higher",
            client=_client(fake),
        )
    selection = {s["variableCode"]: s["valueCodes"] for s in fake.posts[0]["selection"]}
    assert len(selection["Region"]) == 312 and selection["Tid"] == ["2020", "2021"]
    assert "Kon" not in selection  # eliminable and not chosen: left out, SCB sums it
    assert result.row_count == 312 * 2 - 1  # (0114, 2021) is null
    assert result.calls == 1 + 1 + 1  # metadata, config, one POST


def test_eliminated_sex_is_the_total_and_a_chosen_sex_is_named(db_copy: Path) -> None:
    with serve(FakeServer(scb_route()), "/api/v2") as fake:
        sync_scb(
            db_copy, "TAB1", [2020], select={"Sektor": "A"}, better="higher", client=_client(fake)
        )
        sync_scb(
            db_copy,
            "TAB1",
            [2020],
            select={"Sektor": "A", "kon": "1"},
            better="higher",
            client=_client(fake),
        )
    rows = _rows(
        db_copy,
        "SELECT i.id, i.name_sv, i.aggregation, v.value FROM indicator i JOIN indicator_value v "
        "ON v.indicator_id = i.id WHERE i.id LIKE 'scb_tab1%' AND v.region_code = '0180' "
        "ORDER BY i.id",
    )
    assert rows == [
        ("scb_tab1_be0101n1_a", "Skyddad natur, hektar, alla", "sum", 6020.0),
        ("scb_tab1_be0101n1_a_1", "Skyddad natur, hektar, alla, män", "sum", 6020.0 * 0.25),
    ]


def test_a_variable_that_is_not_eliminable_must_be_chosen(db_copy: Path) -> None:
    with serve(FakeServer(scb_route()), "/api/v2") as fake, pytest.raises(ValueError) as error:
        sync_scb(db_copy, "TAB1", [2020], better="higher", client=_client(fake))
    assert "--select Sektor=KOD" in str(error.value)
    assert fake.posts == []


def test_requests_are_split_by_the_cell_limit_from_config(db_copy: Path) -> None:
    config = {**SCB_CONFIG, "maxDataCells": 10, "maxCallsPerTimeWindow": 3, "timeWindow": 1}
    with serve(FakeServer(scb_route(config=config)), "/api/v2") as fake:
        client = _client(fake)
        sync_scb(
            db_copy, "TAB1", [2020, 2021], select={"Sektor": "A"}, better="higher", client=client
        )
    assert client.limits == Limits(10, 3, 1.0, True)
    assert client.http.limiter.calls == 3 and client.http.limiter.period == 1.0
    cells = [
        len(s["selection"][0]["valueCodes"]) * 2 for s in fake.posts
    ]  # regions × 2 years × 1 contents × 1 sector
    assert len(fake.posts) == 2 and all(c <= 10 for c in cells)


def test_without_a_config_answer_the_cautious_limits_hold() -> None:
    def no_config(path: str, query: dict, base: str):
        return scb_route()(path if path != "/config" else "/nowhere", query, base)

    with serve(FakeServer(no_config), "/api/v2") as fake:
        client = ScbClient(JsonClient(fake.base_url, "SCB", retries=0))
        assert client.configure() == Limits()


@pytest.mark.parametrize(
    ("unit", "aggregation"),
    [
        ("antal", "sum"),
        ("hektar", "sum"),
        ("ton", "sum"),
        ("%", "mean"),
        ("procent", "mean"),
        ("kg per invånare", "mean"),
        ("ton/inv", "mean"),
    ],
)
def test_counts_are_summed_never_averaged(unit: str, aggregation: str) -> None:
    assert aggregation_of(unit) == aggregation
