"""Kolada and SCB connectors against local fake servers: paging, nulls, faults, no partial write."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from rus_data.connectors.groups import sync_kolada_groups
from rus_data.connectors.http import ConnectorError, JsonClient, RateLimiter
from rus_data.connectors.kolada import KoladaClient, region_from_kolada, region_to_kolada
from rus_data.connectors.scb import ScbClient, parse_jsonstat, year_of
from rus_data.connectors.sync import parse_years, sync_kolada, sync_scb
from tests.support.database import file_digest as _digest
from tests.support.database import query_rows as _rows
from tests.support.fake_apis import (
    FakeServer,
    Reply,
    json_reply,
    kolada_for_the_app,
    kolada_route,
    kolada_value,
    scb_dataset,
    scb_route,
    serve,
)


def _kolada(fake: FakeServer, sleeps: list[float], timeout: float = 5.0) -> KoladaClient:
    http = JsonClient(fake.base_url, "Kolada", timeout=timeout, retries=3, sleep=sleeps.append)
    return KoladaClient(http)


def test_kolada_ids_map_to_our_codes() -> None:
    assert region_from_kolada("0000") == "00"
    assert region_from_kolada("0001") == "01"
    assert region_from_kolada("0020") == "20"
    assert region_from_kolada("0180") == "0180"
    assert region_from_kolada("2584") == "2584"
    assert region_from_kolada("G123") is None
    assert region_from_kolada("180") is None
    assert [region_to_kolada(c) for c in ("00", "01", "25", "0180")] == [
        "0000",
        "0001",
        "0025",
        "0180",
    ]


def test_parse_years() -> None:
    assert parse_years("2019-2021") == [2019, 2020, 2021]
    assert parse_years("2018, 2020,2019") == [2018, 2019, 2020]
    for bad in ("20x0", "2024-2010", "", "1066"):
        with pytest.raises(ValueError):
            parse_years(bad)


def test_sync_kolada_follows_pages_retries_and_skips_nulls(db_copy: Path) -> None:
    sleeps: list[float] = []
    fake = FakeServer(
        kolada_route(page_size=40),
        faults=[Reply(429, b"slow down", {"Retry-After": "2"}), Reply(500, b"oops")],
        fault_when=lambda path: path.startswith("/data/"),
    )
    with serve(fake, "/v3"):
        result = sync_kolada(
            db_copy,
            ["n00401"],
            [2019, 2020],
            better="lower",
            objectives=(1,),
            client=_kolada(fake, sleeps),
            imported_by="test",
        )
    assert sleeps == [2.0, 2.0]  # Retry-After honoured, then backoff 1 s × 2
    assert any("page=1" in r or r.count("/") > 3 for r in fake.requests)
    data_calls = [r for r in fake.requests if r.startswith("/data/")]
    assert {r.split("?")[0] for r in data_calls} == {"/data/kpi/N00401/year/2019,2020"}
    # 312 regions × 2 years; a null cell (0114, 2020) and a deleted one (0115, 2020) left out
    assert result.row_count == 312 * 2 - 2
    assert result.skipped["null"] == 1 and result.skipped["deleted"] == 1
    assert result.new_indicators == ["N00401"]
    stockholm = _rows(
        db_copy,
        "SELECT value FROM indicator_value WHERE indicator_id = 'N00401' "
        "AND region_code = '0180' AND year = 2019",
    )
    assert stockholm == [(kolada_value("N00401", "0180", 2019, "T"),)]
    county = _rows(
        db_copy,
        "SELECT value FROM indicator_value WHERE indicator_id = 'N00401' "
        "AND region_code = '20' AND year = 2020",
    )
    assert county == [(kolada_value("N00401", "0020", 2020, "T"),)]
    assert _rows(
        db_copy,
        "SELECT count(*) FROM indicator_value WHERE indicator_id = 'N00401' "
        "AND region_code = '0114' AND year = 2020",
    ) == [(0,)]
    indicator = _rows(db_copy, "SELECT better, finest_level FROM indicator WHERE id = 'N00401'")
    assert indicator == [("lower", "kommun")]
    assert _rows(
        db_copy, "SELECT objective_id FROM indicator_objective WHERE indicator_id = 'N00401'"
    ) == [(1,)]
    source = _rows(
        db_copy, "SELECT name, kind, imported_by, row_count FROM source WHERE kind = 'kolada'"
    )
    assert source == [("Kolada N00401", "kolada", "test", 312 * 2 - 2 + 1)]
    deleted = "SELECT count(*) FROM indicator_value WHERE region_code = '0115' AND year = 2020"
    assert _rows(db_copy, deleted + " AND indicator_id = 'N00401'") == [(0,)]


def test_sync_kolada_gender_split_v2_paging_and_replace(db_copy: Path) -> None:
    fake = FakeServer(kolada_route(page_size=100, paging_key="next_page"))
    with serve(fake, "/v3"):
        first = sync_kolada(db_copy, ["N07945"], [2022], better="higher", client=_kolada(fake, []))
        again = sync_kolada(db_copy, ["N07945"], [2022, 2023], client=_kolada(fake, []))
    municipalities_and_nation = 291
    assert first.row_count == municipalities_and_nation * 3
    assert again.row_count == municipalities_and_nation * 3 * 2
    assert again.new_indicators == []
    genders = _rows(
        db_copy,
        "SELECT gender, value FROM indicator_value WHERE indicator_id = 'N07945' "
        "AND region_code = '0180' AND year = 2022 ORDER BY gender",
    )
    assert genders == [(g, kolada_value("N07945", "0180", 2022, g)) for g in ("K", "M", "T")]
    assert _rows(db_copy, "SELECT count(*) FROM source WHERE kind = 'kolada'") == [(1,)]
    assert _rows(
        db_copy,
        "SELECT count(*) FROM indicator_value WHERE region_code = '01' AND indicator_id = 'N07945'",
    ) == [(0,)]


def test_new_kpi_without_better_direction_stops_before_any_call(db_copy: Path) -> None:
    fake = FakeServer(kolada_route())
    with serve(fake, "/v3"), pytest.raises(ValueError, match="--better"):
        sync_kolada(db_copy, ["N00401"], [2020], client=_kolada(fake, []))
    assert fake.requests == []


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (Reply(500, b"down"), "500 även efter 4 försök"),
        (Reply(200, b"{not json"), "inte är giltig JSON"),
        (json_reply({"count": 1, "rows": []}), "oväntat format"),
        (Reply(400, b"bad"), "godtog inte frågan"),
    ],
)
def test_failure_halfway_writes_nothing(db_copy: Path, fault: Reply, message: str) -> None:
    before = _digest(db_copy)
    calls = {"data": 0}

    def late(path: str) -> bool:
        if not path.startswith("/data/"):
            return False
        calls["data"] += 1
        return calls["data"] >= 5  # the fifth data call and later fail

    fake = FakeServer(kolada_route(), faults=[fault] * 10, fault_when=late)
    with serve(fake, "/v3"), pytest.raises(ConnectorError, match=message):
        sync_kolada(db_copy, ["N00401"], [2020], better="lower", client=_kolada(fake, []))
    assert _digest(db_copy) == before


def test_timeouts_are_retried_then_reported(db_copy: Path) -> None:
    sleeps: list[float] = []
    fake = FakeServer(kolada_route(), faults=[Reply(200, b"{}", delay=1.0)] * 4)
    with serve(fake, "/v3"), pytest.raises(ConnectorError, match="tidsgränsen"):
        sync_kolada(db_copy, ["N00401"], [2020], better="lower", client=_kolada(fake, sleeps, 0.2))
    assert sleeps == [1.0, 2.0, 4.0]


def test_offline_gives_a_clear_swedish_message(db_copy: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    http = JsonClient(
        f"http://127.0.0.1:{port}/v3", "Kolada", sleep=lambda _s: None, env_name="KOLADA_BASE_URL"
    )
    with pytest.raises(ConnectorError, match="Ingen kontakt med Kolada") as error:
        sync_kolada(db_copy, ["N00401"], [2020], better="lower", client=KoladaClient(http))
    assert "KOLADA_BASE_URL" in str(error.value)
    assert "Inget har skrivits" in str(error.value)


def test_kpi_search_and_groups() -> None:
    with serve(FakeServer(kolada_route()), "/v3") as fake:
        client = _kolada(fake, [])
        found = client.search_kpis("elbilar")
        groups = client.municipality_groups()
    assert [k.id for k in found] == ["N07945"]
    assert found[0].is_divided_by_gender and found[0].municipality_type == "K"
    assert len(groups) == 9 and groups[0]["title"] == "Storstäder (A1)"
    assert groups[0]["members"] == ["0180", "1280", "1480"]  # v3's member_id


def test_rate_limiter_with_fake_clock() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(10, 10.0, clock=lambda: now[0], sleep=sleep)
    for _ in range(10):
        limiter.wait()
        now[0] += 0.5
    assert slept == []
    limiter.wait()  # the 11th call at t=5 must wait until t=10
    assert slept == [5.0]
    stamps_window = now[0]
    assert stamps_window == 10.0


def test_parse_jsonstat_is_row_major_and_drops_nulls() -> None:
    frame = parse_jsonstat(scb_dataset(["01", "0114"], ["2020", "2021"]))
    assert frame[["Region", "Tid"]].values.tolist() == [
        ["01", "2020"],
        ["01", "2021"],
        ["0114", "2020"],
    ]
    assert frame["value"].tolist() == [4020.0, 4021.0, 6020.0]
    broken = scb_dataset(["01"], ["2020"])
    broken["value"] = [1.0, 2.0]
    with pytest.raises(ConnectorError, match="2 värden"):
        parse_jsonstat(broken)
    with pytest.raises(ConnectorError):
        parse_jsonstat({"class": "collection"})
    assert year_of("2021") == 2021 and year_of("2021K1") is None


def test_sync_scb_maps_regions_and_years(db_copy: Path) -> None:
    sleeps: list[float] = []
    fake = FakeServer(
        scb_route(), faults=[Reply(403, b"too many")], fault_when=lambda p: p.endswith("/data")
    )
    with serve(fake, "/api/v2"):
        http = JsonClient(
            fake.base_url,
            "SCB",
            sleep=sleeps.append,
            limiter=RateLimiter(10, 10.0, sleep=sleeps.append),
            retry_statuses=frozenset({403, 429, 500}),
        )
        client = ScbClient(http)
        tables = client.search_tables("skyddad")
        with pytest.raises(ValueError, match="--select Sektor=KOD"):
            sync_scb(db_copy, "TAB1", [2020, 2021], client=client, better="higher")
        result = sync_scb(
            db_copy,
            "TAB1",
            [2020, 2021],
            select={"Sektor": "A"},
            better="higher",
            objectives=(13,),
            client=client,
        )
    assert len(tables) == 4  # two pages
    assert 1.0 in sleeps  # the 403 was retried after a backoff
    # regions 00, 01, 0114, 0180, 25, 2584 (99 is not ours) × 2 years, one null
    assert result.row_count == 6 * 2 - 1
    rows = _rows(
        db_copy,
        "SELECT region_code, year, value FROM indicator_value "
        "WHERE indicator_id = 'scb_tab1_be0101n1_a' AND region_code = '0180' ORDER BY year",
    )
    assert rows == [("0180", 2020, 6020.0), ("0180", 2021, 6021.0)]  # Kön eliminated: total
    unit = _rows(
        db_copy,
        "SELECT name_sv, unit, better, aggregation FROM indicator WHERE id = 'scb_tab1_be0101n1_a'",
    )
    assert unit == [("Skyddad natur, hektar, alla", "hektar", "higher", "sum")]


def test_kolada_groups_become_region_groups_by_id_or_text(db_copy: Path) -> None:
    with serve(FakeServer(kolada_route()), "/v3") as fake:
        result = sync_kolada_groups(
            db_copy, ["G131", "g124"], group_set="skr", client=_kolada(fake, [])
        )
    assert result.row_count == 4
    rows = _rows(db_copy, "SELECT group_code, group_name, region_code FROM region_group ORDER BY 3")
    assert rows == [
        ("G124", "Storstäder (A1)", "0180"),
        ("G124", "Storstäder (A1)", "1280"),
        ("G124", "Storstäder (A1)", "1480"),
        ("G131", "Landsbygdskommun (C8)", "2584"),
    ]
    with serve(FakeServer(kolada_route()), "/v3") as fake:
        by_text = sync_kolada_groups(
            db_copy, "större stad", group_set="b", client=_kolada(fake, [])
        )
    assert by_text.row_count == 4  # B3, B4 and B5 all say "större stad"
    with serve(FakeServer(kolada_route()), "/v3") as fake, pytest.raises(ValueError) as error:
        sync_kolada_groups(db_copy, ["G999"], client=_kolada(fake, []))
    assert str(error.value) == "Kolada har ingen kommungrupp med id G999."


def test_a_group_without_members_we_know_is_an_error_not_a_success(db_copy: Path) -> None:
    def v2_shaped(path: str, query: dict, base: str) -> Reply:
        members = [{"id": "0180"}, {"id": "1480"}]  # v2 documentation; v3 says member_id
        return json_reply({"values": [{"id": "G1", "title": "Storstäder", "members": members}]})

    def empty(path: str, query: dict, base: str) -> Reply:
        members = [{"member_id": "9999", "member_title": "Okänd"}]
        return json_reply({"values": [{"id": "G1", "title": "Storstäder", "members": members}]})

    with serve(FakeServer(v2_shaped), "/v3") as fake:
        assert sync_kolada_groups(db_copy, "G1", client=_kolada(fake, [])).row_count == 2
    before = _digest(db_copy)
    with serve(FakeServer(empty), "/v3") as fake, pytest.raises(ValueError) as error:
        sync_kolada_groups(db_copy, "G1", client=_kolada(fake, []))
    assert "Kommungruppen G1 har inga medlemmar som vi känner igen" in str(error.value)
    assert _digest(db_copy) == before


def test_cli_sync_kolada_prints_progress(
    db_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from rus_data.cli import main

    with kolada_for_the_app(monkeypatch, page_size=500):
        monkeypatch.setenv("RUS_DB", str(db_copy))
        code = main(
            ["sync", "kolada", "--kpi", "N00401", "--years", "2020-2021", "--better", "lower"]
        )
        out = capsys.readouterr().out
        assert code == 0, out
        assert "1/1 anrop" in out  # one paged answer for every region, not 13 id batches
        assert "Klart: 622 värden skrivna i en transaktion (3 anrop)" in out
        assert main(["sync", "kolada", "--kpi", "N99999", "--better", "lower"]) == 1
        assert "Kolada känner inte till KPI N99999" in capsys.readouterr().err
    assert main(["sync", "kolada", "--kpi", "N00401"]) == 1  # server gone: offline message
    assert "Ingen kontakt med Kolada" in capsys.readouterr().err


def test_kolada_requests_stay_within_25_ids_and_25_years() -> None:
    regions = [f"{n:04d}" for n in range(114, 114 + 30)] + ["00", "01"]
    years = list(range(1990, 2031))  # 41 years
    with serve(FakeServer(kolada_route(page_size=1000)), "/v3") as fake:
        frame, skipped = _kolada(fake, []).values("N00401", regions, years)
    calls = [r.split("/") for r in fake.requests]
    assert len(calls) == 2 * 2  # two id batches × two year batches
    assert all(len(c[5].split(",")) <= 25 and len(c[7].split(",")) <= 25 for c in calls)
    asked = {(i, int(y)) for c in calls for i in c[5].split(",") for y in c[7].split(",")}
    assert len(asked) == 32 * 41
    assert "0000" in {i for i, _ in asked} and "0001" in {i for i, _ in asked}
    assert skipped["deleted"] == 1  # 0115 in 2020
    assert len(frame) == 32 * 41 - skipped["null"] - skipped["deleted"]
