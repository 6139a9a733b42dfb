"""Fuzzing the connectors' answers: random and hostile JSON from a fake Kolada and SCB.

Each example serves one sync with one answer changed: a field replaced by random JSON (huge
and infinite numbers, digits of other scripts, control characters, lone surrogates, long
texts, addresses elsewhere), a field removed, the whole body replaced by bytes, a random
status or headers. Whatever comes, the sync either writes a bounded result or refuses with a
Swedish message (``ConnectorError``, ``ValueError`` or ``ImportRejected``) and leaves the file
as it was: no traceback, no partial write. ``RUS_FUZZ_EXAMPLES`` sets the examples per test.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rus_data.connectors.groups import sync_kolada_groups
from rus_data.connectors.http import ConnectorError, JsonClient
from rus_data.connectors.kolada import KoladaClient
from rus_data.connectors.scb import ScbClient
from rus_data.connectors.sync import sync_kolada, sync_scb
from rus_data.db.connection import database_version
from rus_data.imports.bounds import MAX_ABS_VALUE
from rus_data.imports.issues import ImportRejected
from tests.support.fake_apis import KPIS, FakeServer, Reply, json_reply, kolada_route, scb_route
from tests.support.fake_apis import serve as serve_fake

EXAMPLES = int(os.environ.get("RUS_FUZZ_EXAMPLES", "30"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
RUNS: Counter[str] = Counter()
RAW = "@@RAW:"  # a text leaf "@@RAW:<json>" is written into the body as the raw JSON text
RAW_TOKENS = [
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "1" + "0" * 5000,  # more digits than Python's int() accepts
    "[" * 30_000 + "]" * 30_000,  # deeper than the parser's recursion limit
    '"\\ud800"',
    "1e-400",
]
HOSTILE_TEXTS = [
    "1e999",
    "inf",
    "NaN",
    "\u0661\u0662",
    "20\u0662\u0660",
    "0180",
    "0000",
    "0001",
    "9999",
    "T",
    "K",
    "X",
    "",
    " ",
    "\x00",
    "\x1b[31m",
    "\u202e",
    "\ud800",
    "x" * 400,
    "y" * 6000,
    "http://127.0.0.2:1/x",
    "//elsewhere.example/x",
    "javascript:x",
    "2020",
    "-1",
    "3,5",
]
KEYS = [
    "values",
    "value",
    "gender",
    "period",
    "municipality",
    "next_url",
    "title",
    "id",
    "members",
    "member_id",
    "description",
    "municipality_type",
    "isdeleted",
    "status",
    "dimension",
    "category",
    "index",
    "label",
    "size",
    "class",
    "unit",
    "base",
]

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(HOSTILE_TEXTS),
    st.sampled_from(RAW_TOKENS).map(lambda token: RAW + token),
)
json_values = st.recursive(
    leaves,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), children, max_size=4)
    ),
    max_leaves=10,
)


@st.composite
def changes(draw: st.DrawFn) -> dict[str, Any]:
    """One change to one answer: where, and what."""
    kind = draw(st.sampled_from(["replace", "replace", "replace", "delete", "body", "http"]))
    change: dict[str, Any] = {"kind": kind, "spot": draw(st.integers(0, 10_000))}
    if kind == "replace":
        change["value"] = draw(json_values)
    elif kind == "body":
        change["body"] = draw(st.one_of(st.binary(max_size=200), json_values.map(_dumps)))
    elif kind == "http":
        change["status"] = draw(st.sampled_from([200, 204, 301, 302, 400, 404, 429, 500, 503]))
        change["headers"] = draw(
            st.dictionaries(
                st.sampled_from(["Content-Encoding", "Retry-After", "Location", "Content-Type"]),
                st.sampled_from(["gzip", "br", "x", "nan", "-1", "1e9", "http://127.0.0.2/"]),
                max_size=3,
            )
        )
    return change


def _dumps(document: object) -> bytes:
    """JSON text with the raw tokens written in place."""
    text = json.dumps(document)
    for token in RAW_TOKENS:
        text = text.replace(json.dumps(RAW + token), token)
    return text.encode("utf-8", "surrogatepass")


def _spots(document: object) -> list[tuple[Any, Any]]:
    """Every (container, key) in ``document``, in a fixed order."""
    found = []
    stack = [document]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict | list):
            continue
        items = (
            node.items()
            if isinstance(node, dict)
            else enumerate(node)
            if isinstance(node, list)
            else []
        )
        for key, child in items:
            found.append((node, key))
            stack.append(child)
    return found


def _apply(change: dict[str, Any], reply: Reply) -> Reply:
    """``reply`` with ``change`` applied."""
    if change["kind"] == "body":
        return Reply(200, change["body"])
    if change["kind"] == "http":
        return Reply(change["status"], reply.body, change["headers"])
    document = json.loads(reply.body)
    spots = _spots(document)
    if not spots:
        return reply
    container, key = spots[change["spot"] % len(spots)]
    if change["kind"] == "delete":
        del container[key]
    else:
        container[key] = change["value"]
    return Reply(200, _dumps(document), {"Content-Type": "application/json"})


class Plan:
    """Which answer of the running example to change, and how."""

    def __init__(self) -> None:
        self.target: Callable[[str], bool] = lambda _path: False
        self.change: dict[str, Any] = {}
        self.done = True

    def start(self, change: dict[str, Any], target: Callable[[str], bool]) -> None:
        """Change the first answer whose path ``target`` accepts, once."""
        self.change, self.target, self.done = change, target, False

    def route(self, normal: Callable[[str, dict, str], Reply]) -> Callable[[str, dict, str], Reply]:
        def answer(path: str, query: dict, base: str) -> Reply:
            reply = normal(path, query, base)
            if not self.done and self.target(path):
                self.done = True
                return _apply(self.change, reply)
            return reply

        return answer


@pytest.fixture(scope="module")
def fuzz_db(demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One writable copy for the module; refusals leave it alone, successes replace rows."""
    target = tmp_path_factory.mktemp("fuzz") / "rus.duckdb"
    shutil.copyfile(demo_db_path, target)
    yield target
    print(f"\nconnector answers fuzzed: {dict(RUNS)}")


def _kolada_route() -> Callable[[str, dict, str], Reply]:
    """Kolada with N00401 as a county KPI (22 regions: one data call) and two groups."""
    normal = kolada_route(page_size=10)

    def route(path: str, query: dict, base: str) -> Reply:
        if path == "/kpi/N00401":
            return json_reply(
                {"count": 1, "values": [{**KPIS["N00401"], "municipality_type": "L"}]}
            )
        if path == "/municipality_groups":
            members = [{"member_id": "0180"}, {"member_id": "1480"}, {"id": "2584"}]
            groups = [{"id": "G1", "title": "Storstäder", "members": members}]
            return json_reply({"count": 1, "values": groups, "next_url": None})
        return normal(path, query, base)

    return route


def _check_outcome(path: Path, run: Callable[[], object], family: str) -> None:
    """Run one sync; a refusal must leave the file alone; a success must be bounded."""
    before = database_version(path)
    try:
        run()
    except (ConnectorError, ValueError, ImportRejected) as refusal:
        assert str(refusal).strip()
        assert database_version(path) == before, "a refused sync changed the database"
        RUNS[f"{family} refused"] += 1
        return
    RUNS[f"{family} written"] += 1
    with duckdb.connect(str(path), read_only=True) as connection:
        worst = connection.execute(
            "SELECT count(*) FILTER (WHERE NOT isfinite(value) OR abs(value) > ?), "
            "max(length(name_sv)), max(length(description_sv)), max(length(unit)) "
            "FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id",
            [MAX_ABS_VALUE],
        ).fetchone()
        groups = connection.execute(
            "SELECT coalesce(max(length(group_name)), 0) FROM region_group"
        ).fetchone()
    assert worst[0] == 0 and worst[1] <= 300 and worst[2] <= 5000 and worst[3] <= 100
    assert groups[0] <= 200


@pytest.fixture(scope="module")
def kolada() -> Iterator[tuple[FakeServer, Plan]]:
    """A fake Kolada for the module whose answers follow the running example's plan."""
    plan = Plan()
    with serve_fake(FakeServer(plan.route(_kolada_route())), "/v3") as fake:
        yield fake, plan


@pytest.fixture(scope="module")
def scb() -> Iterator[tuple[FakeServer, Plan]]:
    """A fake SCB for the module whose answers follow the running example's plan."""
    plan = Plan()
    with serve_fake(FakeServer(plan.route(scb_route())), "/api/v2") as fake:
        yield fake, plan


def _client(fake: FakeServer, service: str) -> JsonClient:
    return JsonClient(fake.base_url, service, retries=1, sleep=lambda _s: None)


@SETTINGS
@given(change=changes(), target=st.sampled_from(["/kpi/", "/data/", "/data/"]))
def test_hostile_kolada_answers(
    fuzz_db: Path, kolada: tuple[FakeServer, Plan], change: dict, target: str
) -> None:
    fake, plan = kolada
    plan.start(change, lambda p: p.startswith(target))
    client = KoladaClient(_client(fake, "Kolada"))
    _check_outcome(
        fuzz_db,
        lambda: sync_kolada(fuzz_db, ["N00401"], [2020], better="lower", client=client),
        "kolada",
    )


@SETTINGS
@given(change=changes())
def test_hostile_kolada_group_answers(
    fuzz_db: Path, kolada: tuple[FakeServer, Plan], change: dict
) -> None:
    fake, plan = kolada
    plan.start(change, lambda p: p == "/municipality_groups")
    client = KoladaClient(_client(fake, "Kolada"))
    _check_outcome(
        fuzz_db,
        lambda: sync_kolada_groups(fuzz_db, "stor", group_set="fuzz", client=client),
        "kolada groups",
    )


@SETTINGS
@given(change=changes(), target=st.sampled_from(["/metadata", "/data", "/data"]))
def test_hostile_scb_answers(
    fuzz_db: Path, scb: tuple[FakeServer, Plan], change: dict, target: str
) -> None:
    fake, plan = scb
    plan.start(change, lambda p: p.endswith(target))
    client = ScbClient(_client(fake, "SCB"))
    _check_outcome(
        fuzz_db,
        lambda: sync_scb(
            fuzz_db, "TAB1", [2020, 2021], select={"Sektor": "A"}, better="higher", client=client
        ),
        "scb",
    )
