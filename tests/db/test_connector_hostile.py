"""Hostile servers: other hosts, redirects, huge and gzip-bomb answers, absurd numbers and texts.

Every answer here is refused with a Swedish message and leaves the database file as it was.
The fuzzing of answers lives in ``test_connector_fuzz.py``.
"""

from __future__ import annotations

import gzip
import json
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from rus_data.connectors import kolada as kolada_module
from rus_data.connectors import scb as scb_module
from rus_data.connectors.groups import sync_kolada_groups
from rus_data.connectors.http import ConnectorError, JsonClient
from rus_data.connectors.kolada import KoladaClient
from rus_data.connectors.scb import ScbClient
from rus_data.connectors.sync import sync_kolada, sync_scb
from rus_data.db.connection import database_version
from tests.support.fake_apis import (
    KPIS,
    FakeServer,
    Reply,
    json_reply,
    kolada_route,
    scb_dataset,
    scb_route,
    serve,
)

MB = 1024 * 1024


def _kolada(fake: FakeServer, **options: object) -> KoladaClient:
    return KoladaClient(
        JsonClient(fake.base_url, "Kolada", retries=1, sleep=lambda _s: None, **options)
    )


def _scb(fake: FakeServer) -> ScbClient:
    return ScbClient(JsonClient(fake.base_url, "SCB", retries=1, sleep=lambda _s: None))


def _sync_scb(path: Path, fake: FakeServer) -> object:
    return sync_scb(
        path, "TAB1", [2020, 2021], select={"Sektor": "A"}, better="higher", client=_scb(fake)
    )


def _sync_kolada(path: Path, fake: FakeServer) -> object:
    return sync_kolada(path, ["N00401"], [2020], better="lower", client=_kolada(fake))


def _refused(path: Path, call: object, match: str) -> str:
    """Run ``call``; it must raise ConnectorError matching ``match`` and leave ``path`` alone."""
    before = database_version(path)
    with pytest.raises(ConnectorError, match=match) as error:
        call()  # type: ignore[operator]
    assert database_version(path) == before
    return str(error.value)


def _one_page(next_url) -> FakeServer:
    """A Kolada whose data pages point on to ``next_url(base)``."""
    normal = kolada_route(page_size=10_000)

    def route(path: str, query: dict, base: str) -> Reply:
        reply = normal(path, query, base)
        if path.startswith("/data/"):
            body = json.loads(reply.body)
            body["next_url"] = next_url(base)
            return json_reply(body)
        return reply

    return FakeServer(route)


@pytest.fixture()
def other() -> Iterator[FakeServer]:
    """A second server that must never be asked anything."""
    with serve(FakeServer(kolada_route()), "/v3") as fake:
        yield fake


@pytest.mark.parametrize(
    "make_url",
    [
        lambda o, _b: f"{o.base_url}/data/kpi/N00401/year/2020",  # same address, other port
        lambda _o, b: b.replace("127.0.0.1", "localhost") + "/x",  # other host name
        lambda _o, b: b.replace("http://", "https://") + "/x",  # other scheme
        lambda _o, b: b.replace("http://", "http://user:pw@") + "/x",  # credentials
        lambda _o, _b: "javascript:alert(1)",
        lambda _o, _b: "file:///etc/passwd",
        lambda _o, _b: 5,  # not a text at all
        lambda _o, b: b + "/" + "x" * 10_000,  # absurdly long
    ],
)
def test_next_url_to_another_host_is_refused(db_copy: Path, other: FakeServer, make_url) -> None:
    fake = _one_page(lambda base: make_url(other, base))
    with serve(fake, "/v3"):
        _refused(
            db_copy,
            lambda: _sync_kolada(db_copy, fake),
            "annan adress|ogiltig adress|ogiltig sidhänvisning",
        )
    assert other.requests == []


def test_next_url_on_the_same_host_is_followed(db_copy: Path) -> None:
    with serve(FakeServer(kolada_route(page_size=7)), "/v3") as fake:
        result = _sync_kolada(db_copy, fake)
    assert result.row_count == 312 - 2  # a null (0114, 2020) and a deleted cell left out
    data_calls = [r for r in fake.requests if r.startswith("/data/")]
    assert len(data_calls) == 45  # one answer for every region: 312 rows, 7 a page


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("same_host", [False, True])
def test_redirects_are_not_followed(
    db_copy: Path, other: FakeServer, status: int, same_host: bool
) -> None:
    target = "/v3/kpi/N00401" if same_host else f"{other.base_url}/kpi/N00401"
    fake = FakeServer(kolada_route(), faults=[Reply(status, b"", {"Location": target})])
    with serve(fake, "/v3"):
        message = _refused(db_copy, lambda: _sync_kolada(db_copy, fake), "omdirigering")
    assert str(status) in message and "följs inte" in message
    assert other.requests == [] and len(fake.requests) == 1


def _streamed(total: int, piece: int = 64 * 1024) -> Iterator[bytes]:
    yield b'{"values": ["'
    for _ in range(total // piece):
        yield b"x" * piece
    yield b'"]}'


def test_a_huge_answer_is_cut_off_while_streaming(db_copy: Path) -> None:
    fake = FakeServer(kolada_route(), faults=[Reply(200, chunks=lambda: _streamed(200 * MB))] * 2)
    started = time.perf_counter()
    with serve(fake, "/v3"):
        message = _refused(db_copy, lambda: _sync_kolada(db_copy, fake), "större än 50 MB")
    seconds = time.perf_counter() - started
    print(f"\n200 MB answer refused after {fake.sent_bytes / MB:.0f} MB sent, {seconds:.2f} s")
    assert "avbröts" in message
    assert fake.sent_bytes < 120 * MB  # the client hung up near the limit, not at the end
    assert len(fake.requests) == 1  # a too-large answer is not asked for again


def test_a_declared_length_past_the_limit_is_refused_before_reading(db_copy: Path) -> None:
    reply = Reply(
        200, headers={"Content-Length": str(200 * MB)}, chunks=lambda: _streamed(200 * MB)
    )
    fake = FakeServer(kolada_route(), faults=[reply])
    with serve(fake, "/v3"):
        _refused(db_copy, lambda: _sync_kolada(db_copy, fake), "större än 50 MB")
    assert fake.sent_bytes < 20 * MB


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """About 1 MB of gzip (one member) that inflates to 1 GiB of JSON.

    After a full flush the deflate block for a megabyte of zeros repeats byte for byte, so it
    is made once and repeated; the trailer's checksum is never reached, as no honest client
    reads that far.
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    zeros = b"0" * MB
    start = packer.compress(b'{"values": ["' + zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    assert packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH) == block
    end = packer.compress(b'"]}') + packer.flush()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + start + block * 1022 + end + b"\x00" * 8


def test_a_gzip_bomb_stops_at_the_decoded_limit(db_copy: Path, gzip_bomb: bytes) -> None:
    import tracemalloc

    assert len(gzip_bomb) < 2 * MB
    fake = FakeServer(kolada_route(), faults=[Reply(200, gzip_bomb, {"Content-Encoding": "gzip"})])
    tracemalloc.start()
    started = time.perf_counter()
    with serve(fake, "/v3"):
        _refused(db_copy, lambda: _sync_kolada(db_copy, fake), "större än 50 MB")
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    size, peak_mb = len(gzip_bomb) / MB, peak / MB
    print(f"\n{size:.1f} MB gzip → 1 GiB refused in {seconds:.2f} s, peak {peak_mb:.0f} MB")
    assert peak < 200 * MB


def test_a_small_gzip_answer_is_read(db_copy: Path) -> None:
    normal = kolada_route(page_size=10_000)

    def route(path: str, query: dict, base: str) -> Reply:
        reply = normal(path, query, base)
        return Reply(reply.status, gzip.compress(reply.body), {"Content-Encoding": "gzip"})

    with serve(FakeServer(route), "/v3") as fake:
        result = _sync_kolada(db_copy, fake)
    assert result.row_count == 312 - 2


def test_a_slow_drip_is_given_up(db_copy: Path) -> None:
    def drip() -> Iterator[bytes]:
        yield b'{"values": ['
        for _ in range(50):
            time.sleep(0.05)
            yield b" "

    fake = FakeServer(kolada_route(), faults=[Reply(200, chunks=drip)])
    with serve(fake, "/v3"):
        _refused(
            db_copy,
            lambda: sync_kolada(
                db_copy, ["N00401"], [2020], better="lower", client=_kolada(fake, max_seconds=0.5)
            ),
            "för långsamt",
        )


def test_pages_and_rows_per_sync_are_capped(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with serve(FakeServer(kolada_route(page_size=5)), "/v3") as fake:
        monkeypatch.setattr(kolada_module, "MAX_PAGES_PER_SYNC", 20)
        _refused(db_copy, lambda: _sync_kolada(db_copy, fake), "fler än 20 sidor")
        monkeypatch.setattr(kolada_module, "MAX_PAGES_PER_SYNC", 10_000)
        monkeypatch.setattr(kolada_module, "MAX_ROWS_PER_SYNC", 100)
        _refused(db_copy, lambda: _sync_kolada(db_copy, fake), "fler än 100 rader")


def test_scb_rows_and_cells_are_capped(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with serve(FakeServer(scb_route()), "/api/v2") as fake:
        monkeypatch.setattr(scb_module, "MAX_ROWS_PER_SYNC", 5)
        _refused(db_copy, lambda: _sync_scb(db_copy, fake), "fler än 5 värden")
        monkeypatch.setattr(scb_module, "MAX_ROWS_PER_SYNC", 10**6)
        monkeypatch.setattr(scb_module, "MAX_CELLS_PER_ANSWER", 4)
        _refused(db_copy, lambda: _sync_scb(db_copy, fake), "högst 4 tas emot")


def _kolada_with_value(raw_value: str) -> FakeServer:
    """A Kolada whose value for Stockholm 2020 is the JSON text ``raw_value``, as written."""
    normal = kolada_route(page_size=10_000)

    def route(path: str, query: dict, base: str) -> Reply:
        reply = normal(path, query, base)
        if not path.startswith("/data/"):
            return reply
        body = json.loads(reply.body)
        for row in body["values"]:
            if row["municipality"] == "0180":
                row["values"][0]["value"] = "@@VALUE@@"
        text = json.dumps(body).replace('"@@VALUE@@"', raw_value)
        return Reply(200, text.encode(), {"Content-Type": "application/json"})

    return FakeServer(route)


@pytest.mark.parametrize(
    "raw_value",
    [
        "Infinity",
        "-Infinity",
        "NaN",
        "1e309",
        '"1e999"',
        '"inf"',
        '"\\u0661\\u0662"',
        "true",
        "1e16",
        "-2e15",
        '"12,5"',
        '{"v": 1}',
        "[1]",
        '"1_000"',
        '" "',
    ],
)
def test_absurd_kolada_values_are_refused_naming_kpi_region_and_year(
    db_copy: Path, raw_value: str
) -> None:
    fake = _kolada_with_value(raw_value)
    with serve(fake, "/v3"):
        message = _refused(db_copy, lambda: _sync_kolada(db_copy, fake), "inget ändligt tal")
    assert "KPI N00401" in message and "region 0180" in message and "år 2020" in message
    assert "Inget har skrivits" in message


def test_sane_kolada_values_as_text_are_read(db_copy: Path) -> None:
    fake = _kolada_with_value('"3.25"')
    with serve(fake, "/v3"):
        _sync_kolada(db_copy, fake)
    with duckdb.connect(str(db_copy), read_only=True) as connection:
        value = connection.execute(
            "SELECT value FROM indicator_value WHERE indicator_id = 'N00401' "
            "AND region_code = '0180' AND year = 2020"
        ).fetchall()
    assert value == [(3.25,)]


def test_kolada_years_regions_and_shapes_are_checked(db_copy: Path) -> None:
    normal = kolada_route(page_size=10_000)
    cases = [
        (lambda row: row.update(period=1e300), "ogiltigt år"),
        (lambda row: row.update(period="20\u0662\u0660"), "ogiltigt år"),
        (lambda row: row.update(values="abc"), "utan ”values”"),
        (lambda row: row["values"].append("x"), "oväntat format"),
        (lambda row: row["values"].extend([row["values"][0]] * 5), "högst ett per kön"),
    ]
    for change, match in cases:

        def route(path: str, query: dict, base: str, change=change) -> Reply:
            reply = normal(path, query, base)
            if path.startswith("/data/"):
                body = json.loads(reply.body)
                change(body["values"][0])
                return json_reply(body)
            return reply

        with serve(FakeServer(route), "/v3") as fake:
            _refused(
                db_copy,
                lambda fake=fake: sync_kolada(
                    db_copy, ["N00401"], [2020], better="lower", client=_kolada(fake)
                ),
                match,
            )


def _kolada_with_kpi(**fields: object) -> FakeServer:
    normal = kolada_route(page_size=10_000)

    def route(path: str, query: dict, base: str) -> Reply:
        if path == "/kpi/N00401":
            return json_reply({"values": [{**KPIS["N00401"], **fields}]})
        return normal(path, query, base)

    return FakeServer(route)


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"title": "Utsläpp " * 12_509}, "100 072 tecken"),
        ({"title": "Röd \x1b[31mtitel"}, "styrtecken"),
        ({"title": "Osynlig \u202eriktning"}, "styrtecken"),
        ({"title": "Halv \ud800"}, "styrtecken"),
        ({"title": 12}, "ogiltigt fält title"),
        ({"description": "Beskrivning med \x00 i"}, "styrtecken"),
    ],
)
def test_kolada_texts_that_cannot_be_stored_stop_the_sync(
    db_copy: Path, fields: dict, match: str
) -> None:
    fake = _kolada_with_kpi(**fields)
    with serve(fake, "/v3"):
        message = _refused(db_copy, lambda: _sync_kolada(db_copy, fake), match)
    assert "N00401" in message
    assert not any(r.startswith("/data/") for r in fake.requests)  # refused before the values


def test_a_long_kolada_description_is_cut_and_said_so(db_copy: Path) -> None:
    fake = _kolada_with_kpi(description="Lång beskrivning. " * 1000)
    said: list[str] = []
    with serve(fake, "/v3"):
        sync_kolada(
            db_copy, ["N00401"], [2020], better="lower", client=_kolada(fake), progress=said.append
        )
    assert any("N00401" in line and "kortades till 4700" in line for line in said)
    with duckdb.connect(str(db_copy), read_only=True) as connection:
        (text,) = connection.execute(
            "SELECT description_sv FROM indicator WHERE id = 'N00401'"
        ).fetchone()
    assert len(text) <= 5000 and "…" in text


def test_kolada_group_names_are_bounded_and_v3_members_read(db_copy: Path) -> None:
    def route(title: str):
        def answer(path: str, query: dict, base: str) -> Reply:
            members = [{"member_id": "0180", "member_title": "Stockholm"}, {"member_id": "9999"}]
            return json_reply({"values": [{"id": "G9", "title": title, "members": members}]})

        return answer

    with serve(FakeServer(route("Storstad " * 40)), "/v3") as fake:
        message = _refused(
            db_copy,
            lambda: sync_kolada_groups(db_copy, "storstad", group_set="t", client=_kolada(fake)),
            "kommungrupp 'G9'",
        )
    assert "360 tecken" in message
    with serve(FakeServer(route("Storstäder")), "/v3") as fake:
        result = sync_kolada_groups(db_copy, "storstäder", group_set="t", client=_kolada(fake))
    assert result.row_count == 1 and result.skipped["unknown_region"] == 1


def _scb_with(change) -> FakeServer:
    normal = scb_route()

    def route(path: str, query: dict, base: str) -> Reply:
        reply = normal(path, query, base)
        if path.endswith(("/data", "/metadata")):
            body = json.loads(reply.body)
            change(path, body)
            return Reply(200, json.dumps(body).replace('"@@V@@"', "1e999").encode())
        return reply

    return FakeServer(route)


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda p, b: p.endswith("/data") and b["value"].__setitem__(0, "@@V@@"), "Region 00"),
        (lambda p, b: p.endswith("/data") and b["value"].__setitem__(1, "\u0661"), "inget ändligt"),
        (lambda p, b: p.endswith("/data") and b.update(value={"-1": 1.0}), "utanför tabellen"),
        (lambda p, b: p.endswith("/data") and b.update(value={"99999": 1.0}), "utanför tabellen"),
        (lambda p, b: p.endswith("/data") and b.update(size=5), "motsägelsefull"),
        (
            lambda p, b: (
                p.endswith("/metadata")
                and b["dimension"]["ContentsCode"]["category"]["label"].update(BE0101N1="x" * 400)
            ),
            "400 tecken",
        ),
        (
            lambda p, b: (
                p.endswith("/metadata")
                and b["dimension"]["ContentsCode"]["category"]["unit"]["BE0101N1"].update(
                    base="hektar\n\x1b[2J"
                )
            ),
            "styrtecken",
        ),
        (lambda p, b: p.endswith("/data") and b["dimension"].pop("Tid"), "ogiltig JSON-stat"),
    ],
)
def test_absurd_scb_answers_are_refused(db_copy: Path, change, match: str) -> None:
    fake = _scb_with(change)
    with serve(fake, "/api/v2"):
        message = _refused(db_copy, lambda: _sync_scb(db_copy, fake), match)
    assert "SCB" in message


def test_scb_value_message_names_table_region_and_period(db_copy: Path) -> None:
    fake = _scb_with(lambda p, b: p.endswith("/data") and b["value"].__setitem__(2, "@@V@@"))
    with serve(fake, "/api/v2"):
        message = _refused(db_copy, lambda: _sync_scb(db_copy, fake), "tabell TAB1")
    assert "Region 01" in message and "Tid 2020" in message and "värdet inf" in message


def test_retry_after_that_is_not_a_number_falls_back_to_backoff(db_copy: Path) -> None:
    sleeps: list[float] = []
    faults = [Reply(429, b"", {"Retry-After": value}) for value in ("nan", "-5", "inf", "soon")]
    fake = FakeServer(kolada_route(), faults=faults)
    with serve(fake, "/v3"):
        client = KoladaClient(JsonClient(fake.base_url, "Kolada", retries=4, sleep=sleeps.append))
        sync_kolada(db_copy, ["N00401"], [2020], better="lower", client=client)
    assert sleeps == [1.0, 2.0, 4.0, 8.0]  # every one fell back to the backoff


def test_scb_search_results_are_plain_text() -> None:
    def route(path: str, query: dict, base: str) -> Reply:
        tables = [{"id": {"x": 1}, "label": "Rad\n\x1b[31mröd"}, "inte en tabell"]
        return json_reply({"tables": tables, "page": {"pageNumber": "x"}})

    with (
        serve(FakeServer(route), "/api/v2") as fake,
        pytest.raises(ConnectorError, match="sidnummer"),
    ):
        _scb(fake).search_tables("x")

    def good(path: str, query: dict, base: str) -> Reply:
        tables = [{"id": {"x": 1}, "label": "Rad\n\x1b[31mröd"}, "inte en tabell"]
        return json_reply({"tables": tables, "page": {"pageNumber": 1, "totalPages": 1}})

    with serve(FakeServer(good), "/api/v2") as fake:
        tables = _scb(fake).search_tables("x")
    assert tables == [
        {"id": "{'x': 1}", "label": "Rad [31mröd", "firstPeriod": "", "lastPeriod": ""}
    ]


def test_scb_dataset_with_unicode_digit_years_is_not_read_as_years() -> None:
    assert scb_module.year_of("20\u0662\u0660") is None
    assert scb_module.parse_jsonstat(scb_dataset(["01"], ["2020"]), "T")["value"].tolist() == [
        4020.0
    ]


def test_a_base_address_that_is_not_http_is_refused() -> None:
    client = JsonClient("ftp://api.kolada.se/v3", "Kolada", env_name="KOLADA_BASE_URL")
    with pytest.raises(ConnectorError, match="ingen http- eller https-adress"):
        client.get_json("kpi")
    assert client.calls == 0
