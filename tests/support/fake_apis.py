"""Local HTTP servers that answer like Kolada v3 and SCB's PxWebApi 2.0, for connector tests.

Each fake records the paths it was asked for and can be told to fail: a status for the next
calls, a delay longer than the client's timeout, a body that is not JSON, or a body streamed
in pieces without a length (``Reply.chunks``), counting what it managed to send.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from rus_data.connectors.kolada import region_to_kolada
from rus_data.reference.regions import regions
from tests.support.kolada_catalogue import CATALOGUE, OBJECTIVES_GROUP, OTHER_KPI_GROUPS, SKR_GROUPS


@dataclass
class Reply:
    """One HTTP answer."""

    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunks: Callable[[], Iterable[bytes]] | None = None  # streamed instead of ``body``


def json_reply(document: object, status: int = 200) -> Reply:
    """A JSON answer."""
    return Reply(status, json.dumps(document).encode(), {"Content-Type": "application/json"})


Route = Callable[[str, dict[str, list[str]], str], Reply]


@dataclass
class FakeServer:
    """A server whose answers come from ``route``; ``faults`` are served first, in order."""

    route: Route
    faults: list[Reply] = field(default_factory=list)
    fault_when: Callable[[str], bool] = lambda _path: True
    requests: list[str] = field(default_factory=list)
    base_url: str = ""
    sent_bytes: int = 0

    max_get_url: int | None = 2100  # a longer GET answers 404, as SCB does
    posts: list[dict] = field(default_factory=list)

    def answer(self, path: str, query: dict[str, list[str]]) -> Reply:
        self.requests.append(path)
        if self.faults and self.fault_when(path):
            return self.faults.pop(0)
        return self.route(path, query, self.base_url)


@contextmanager
def serve(fake: FakeServer, prefix: str = "") -> Iterator[FakeServer]:
    """Run ``fake`` on 127.0.0.1 with a free port; ``fake.base_url`` is set while it runs."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            path = parts.path.removeprefix(prefix)
            if fake.max_get_url is not None and len(self.path) > fake.max_get_url:
                fake.requests.append(path)
                self._send(json_reply({"error": "not found"}, 404))
                return
            self._send(fake.answer(path, parse_qs(parts.query)))

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            path = parts.path.removeprefix(prefix)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            try:
                fake.posts.append(json.loads(body))
            except ValueError:
                fake.posts.append({})
            query = parse_qs(parts.query)
            query["__body__"] = [body]
            self._send(fake.answer(path, query))

        def _send(self, reply: Reply) -> None:
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.chunks is None:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                for piece in reply.chunks() if reply.chunks is not None else [reply.body]:
                    self.wfile.write(piece)
                    fake.sent_bytes += len(piece)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *_args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


# --- Kolada ---------------------------------------------------------------------------------

KPIS = {kpi["id"]: kpi for kpi in CATALOGUE}
DELETED_CELL = ("0115", 2020)  # a value Kolada marks ``isdeleted``: never stored


def kolada_value(kpi: str, kolada_id: str, year: int, gender: str) -> float | None:
    """The fake's value for one cell; ``None`` for a few cells to exercise nulls."""
    if kolada_id == "0114" and year == 2020:
        return None
    base = int(kolada_id) % 97 + (year - 2000) / 10
    return round(base + {"T": 0.0, "K": 0.5, "M": -0.5}[gender] + len(kpi) / 100, 3)


def kolada_ids(municipality_type: str) -> list[str]:
    """The ids ``/data/kpi/{id}/year/{years}`` answers for a KPI of this type, as Kolada
    does: Sweden (0000) always, the regions (00XX) for L and A, municipalities for K and A."""
    table = regions()
    levels = {"K": {"riket", "kommun"}, "L": {"riket", "lan"}}.get(
        municipality_type, {"riket", "lan", "kommun"}
    )
    return [region_to_kolada(c) for c in table.loc[table["level"].isin(levels), "code"]]


def _data_rows(kpi: str, ids: list[str], years: list[str]) -> list[dict]:
    divided = KPIS[kpi]["is_divided_by_gender"]
    rows = []
    for kolada_id in ids:
        for year in years:
            genders = ("K", "T", "M") if divided else ("T",)  # any order, as recorded
            values = []
            for gender in genders:
                value = kolada_value(kpi, kolada_id, int(year), gender)
                values.append(
                    {
                        "gender": gender,
                        "count": 1,
                        "status": "" if value is not None else "Uppgift saknas",
                        "value": value,
                        "isdeleted": (kolada_id, int(year)) == DELETED_CELL,
                    }
                )
            rows.append(
                {"kpi": kpi, "municipality": kolada_id, "period": int(year), "values": values}
            )
    return rows


@contextmanager
def kolada_for_the_app(
    monkeypatch: pytest.MonkeyPatch, page_size: int = 40
) -> Iterator[FakeServer]:
    """A fake Kolada (:func:`kolada_route` with ``page_size``) that the app and the command
    line use while it runs (``KOLADA_BASE_URL``)."""
    with serve(FakeServer(kolada_route(page_size=page_size)), "/v3") as fake:
        monkeypatch.setenv("KOLADA_BASE_URL", fake.base_url)
        yield fake


def kolada_route(
    page_size: int = 40, paging_key: str = "next_url", kpi_groups: bool = True
) -> Route:
    """Answers like Kolada v3: the KPI catalogue, KPI and municipality groups (members as
    ``member_id``/``member_title``) and paged data rows, by id batches or for every region.
    Without ``kpi_groups`` the KPI groups answer 404."""

    def paged(rows: list, path: str, page: int, base: str) -> Reply:
        chunk = rows[page * page_size : (page + 1) * page_size]
        body: dict = {"count": len(rows), "values": chunk}
        if (page + 1) * page_size < len(rows):
            body[paging_key] = f"{base}{path}?page={page + 1}"
        elif paging_key == "next_url":
            body["next_url"] = None
        return json_reply(body)

    def route(path: str, query: dict[str, list[str]], base: str) -> Reply:
        parts = [p for p in path.split("/") if p]
        page = int(query.get("page", ["0"])[0])
        if parts[:1] == ["kpi"] and len(parts) == 2:
            items = [KPIS[i] for i in parts[1].split(",") if i in KPIS]
            return json_reply({"count": len(items), "values": items})
        if parts == ["kpi"]:
            text = query.get("title", [""])[0].lower()
            items = [k for k in CATALOGUE if text in k["title"].lower()]
            return paged(items, path, page, base)
        if parts == ["kpi_groups"]:
            if not kpi_groups:
                return json_reply({"error": "not found"}, 404)
            return paged([*OTHER_KPI_GROUPS, OBJECTIVES_GROUP], path, page, base)
        if parts[:1] == ["municipality_groups"]:
            groups = [
                {
                    "id": group["id"],
                    "title": group["title"],
                    "members": [{"member_id": m, "member_title": m} for m in group["members"]],
                }
                for group in SKR_GROUPS
            ]
            return paged(groups, path, page, base)
        if parts[:2] == ["data", "kpi"] and len(parts) == 7 and parts[2] in KPIS:
            rows = _data_rows(parts[2], parts[4].split(","), parts[6].split(","))
            return paged(rows, path, page, base)
        if parts[:2] == ["data", "kpi"] and len(parts) == 5 and parts[3] == "year":
            kpis = [k for k in parts[2].split(",") if k in KPIS]
            rows = [
                row
                for kpi in kpis
                for row in _data_rows(
                    kpi, kolada_ids(KPIS[kpi]["municipality_type"]), parts[4].split(",")
                )
            ]
            return paged(rows, path, page, base)
        return json_reply({"error": "not found"}, 404)

    return route


# --- SCB ------------------------------------------------------------------------------------


def scb_dataset(regions: list[str], years: list[str], contents: str = "BE0101N1") -> dict:
    """A JSON-stat 2.0 dataset with Region × ContentsCode × Tid, one null cell."""
    values = []
    for region in regions:
        for year in years:
            values.append(
                None
                if (region, year) == ("0114", "2021")
                else float(len(region) * 1000 + int(year))
            )
    return {
        "version": "2.0",
        "class": "dataset",
        "label": "Skyddad natur",
        "id": ["Region", "ContentsCode", "Tid"],
        "size": [len(regions), 1, len(years)],
        "dimension": {
            "Region": {
                "label": "region",
                "category": {
                    "index": {r: i for i, r in enumerate(regions)},
                    "label": {r: r for r in regions},
                },
            },
            "ContentsCode": {
                "label": "tabellinnehåll",
                "category": {
                    "index": {contents: 0},
                    "label": {contents: "Skyddad natur, hektar"},
                    "unit": {contents: {"base": "hektar", "decimals": 0}},
                },
            },
            "Tid": {
                "label": "år",
                "category": {
                    "index": {y: i for i, y in enumerate(years)},
                    "label": {y: y for y in years},
                },
            },
        },
        "value": values,
        "status": {"0": ".."},
    }


SCB_REGIONS = ["00", "01", "0114", "0180", "25", "2584", "99"]
SCB_YEARS = ["2019", "2020", "2021", "2022"]
SCB_CONFIG = {
    "apiVersion": "2.0.0",
    "defaultLanguage": "sv",
    "maxDataCells": 150000,
    "maxCallsPerTimeWindow": 30,
    "timeWindow": 10,
    "license": "https://creativecommons.org/share-your-work/public-domain/cc0/",
}
SEX_SHARE = {"1": 0.25, "2": 0.75}  # the fake's men and women add up to the total


def _extra_dimensions() -> dict:
    """Sektor (must be chosen) and Kön (eliminable, no total code of its own)."""
    return {
        "Sektor": {
            "label": "sektor",
            "category": {"index": {"A": 0, "B": 1}, "label": {"A": "alla", "B": "skog"}},
            "extension": {"elimination": False},
        },
        "Kon": {
            "label": "kön",
            "category": {"index": {"1": 0, "2": 1}, "label": {"1": "män", "2": "kvinnor"}},
            "extension": {"elimination": True},
        },
    }


def _selected(query: dict[str, list[str]]) -> dict[str, list[str]] | Reply:
    """The selection of a POST body (or of a GET's ``valueCodes[…]``); an error reply when a
    variable that cannot be eliminated is left out, as SCB answers."""
    if "__body__" in query:
        try:
            body = json.loads(query["__body__"][0])
            chosen = {s["variableCode"]: list(s["valueCodes"]) for s in body["selection"]}
        except (ValueError, KeyError, TypeError):
            return json_reply({"title": "Bad request"}, 400)
    else:
        chosen = {
            k[11:-1]: v[0].split(",") for k, v in query.items() if k.startswith("valueCodes[")
        }
    for required in ("Region", "ContentsCode", "Tid", "Sektor"):
        if required not in chosen:
            return json_reply({"title": f"Variable {required} must be selected"}, 400)
    return chosen


def _scb_data(chosen: dict[str, list[str]]) -> dict:
    """JSON-stat for the selection; Kön left out is eliminated: the sum over men and women."""
    document = scb_dataset(chosen["Region"], chosen["Tid"])
    extra = _extra_dimensions()
    sector = chosen["Sektor"][0]
    document["dimension"]["Sektor"] = {
        "label": "sektor",
        "category": {
            "index": {sector: 0},
            "label": {sector: extra["Sektor"]["category"]["label"].get(sector, sector)},
        },
    }
    document["id"].append("Sektor")
    document["size"].append(1)
    if "Kon" in chosen:
        sex = chosen["Kon"][0]
        document["dimension"]["Kon"] = {
            "label": "kön",
            "category": {"index": {sex: 0}, "label": {sex: sex}},
        }
        document["id"].append("Kon")
        document["size"].append(1)
        document["value"] = [None if v is None else v * SEX_SHARE[sex] for v in document["value"]]
    return document


def scb_route(config: dict | None = None, region_codes: list[str] | None = None) -> Route:
    """Answers like PxWebApi 2.0: ``/config``, table search, metadata (with the elimination
    extension) and JSON-stat data by POST with a JSON selection (or a short GET)."""

    def route(path: str, query: dict[str, list[str]], base: str) -> Reply:
        parts = [p for p in path.split("/") if p]
        if parts == ["config"]:
            return json_reply(config if config is not None else SCB_CONFIG)
        if parts == ["tables"]:
            page = int(query.get("pageNumber", ["1"])[0])
            tables = [{"id": f"TAB{page}00{i}", "label": "Skyddad natur"} for i in range(2)]
            return json_reply({"tables": tables, "page": {"pageNumber": page, "totalPages": 2}})
        if len(parts) == 3 and parts[0] == "tables" and parts[2] == "metadata":
            document = scb_dataset(region_codes or SCB_REGIONS, SCB_YEARS)
            for dim_id, entry in _extra_dimensions().items():
                document["dimension"][dim_id] = entry
                document["id"].append(dim_id)
                document["size"].append(len(entry["category"]["index"]))
            document["value"] = []  # metadata is a dataset without values
            return json_reply(document)
        if len(parts) == 3 and parts[0] == "tables" and parts[2] == "data":
            chosen = _selected(query)
            return chosen if isinstance(chosen, Reply) else json_reply(_scb_data(chosen))
        return json_reply({"error": "not found"}, 404)

    return route
