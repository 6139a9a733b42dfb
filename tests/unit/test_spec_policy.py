"""The allow-list for specs from saved baskets: the project's chart shapes pass, every way a
stranger's spec could fetch, generate, script or exhaust is refused with its place named."""

from __future__ import annotations

import json

import pytest

from rus_data.charts.spec_policy import (
    MAX_ROWS,
    MAX_SPEC_BYTES,
    SpecPolicyError,
    check_expression,
    check_spec,
)

INTERNAL = "http://127.0.0.1:9/secret"
# The issue's 300-byte killer: three million generated rows.
SEQUENCE = {
    "data": {"sequence": {"start": 0, "stop": 3_000_000, "as": "a"}},
    "mark": "point",
    "encoding": {"x": {"field": "a", "type": "quantitative"}},
}
OWN = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.20.1.json",
    "background": "white",
    "config": {"locale": {"number": {"decimal": ",", "thousands": "\u202f", "grouping": [3]}}},
    "datasets": {"data-1": [{"year": 2020, "value": 1.5, "name": "Stockholms län"}]},
    "layer": [
        {
            "data": {"name": "data-1"},
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": {"field": "year", "type": "ordinal", "axis": {"labelAngle": 0}},
                "y": {"field": "value", "type": "quantitative", "scale": {"zero": False}},
                "stroke": {
                    "condition": {"test": 'datum.name === "Stockholms län"', "value": "black"},
                    "value": None,
                },
            },
            "transform": [{"calculate": "'Percentil bland alla kommuner'", "as": "marker"}],
        },
        {
            "data": {"values": [{"type": "Feature", "geometry": {"type": "Point"}}]},
            "mark": "geoshape",
            "projection": {"type": "transverseMercator", "rotate": [-15, 0, 0]},
        },
    ],
    "title": {"text": "Utsläpp", "subtitle": ["Källa: SCB"], "anchor": "start"},
    "width": 860,
    "height": {"step": 20},
}


def refused(spec: object) -> SpecPolicyError:
    with pytest.raises(SpecPolicyError) as caught:
        check_spec(json.dumps(spec))
    return caught.value


def test_the_projects_own_shapes_pass() -> None:
    assert check_spec(json.dumps(OWN))["width"] == 860


@pytest.mark.parametrize(
    ("spec", "path", "words"),
    [
        (SEQUENCE, "data.sequence", "datageneratorer"),
        ({"data": {"sphere": True}, "mark": "geoshape"}, "data.sphere", "datageneratorer"),
        ({"data": {"graticule": {}}, "mark": "geoshape"}, "data.graticule", "datageneratorer"),
        ({"data": {"url": INTERNAL}, "mark": "text"}, "data.url", "adress"),
        ({"layer": [{"data": {"url": INTERNAL}, "mark": "bar"}]}, "layer[0].data.url", "adress"),
        (
            {"mark": "bar", "transform": [{"lookup": "a", "from": {"data": {"url": INTERNAL}}}]},
            "transform[0]",
            "calculate",
        ),
        ({"mark": {"type": "image", "url": INTERNAL}}, "mark", "”image”"),
        ({"mark": {"type": "text", "url": INTERNAL}}, "mark.url", "adress"),
        ({"mark": "image", "encoding": {"url": {"field": "u"}}}, "mark", "”image”"),
        ({"mark": "bar", "encoding": {"href": {"field": "u"}}}, "encoding.href", "adress"),
        ({"mark": "bar", "usermeta": {"embedOptions": {}}}, "usermeta", "usermeta"),
        ({"mark": "bar", "params": [{"name": "p", "value": 1}]}, "params", "uttryck"),
        ({"mark": "bar", "width": {"expr": "sequence(0, 1e9)"}}, "width.expr", "uttryck"),
        ({"mark": "bar", "encoding": {"x": {"axis": {"labelExpr": "1"}}}}, "", "uttryck"),
        ({"mark": "bar", "encoding": {"x": {"bin": {"maxbins": 1e9}}}}, "encoding.x.bin", "bin"),
        ({"mark": "bar", "width": 30_000}, "width", "30000"),
        ({"mark": "bar", "height": {"step": 10_000}}, "height.step", "högst 400"),
        ({"mark": "text", "encoding": {"size": {"value": 1e300}}}, "size.value", "högst"),
        ({"mark": "bar", "$schema": INTERNAL}, "$schema", "vega.github.io"),
        ({"mark": "bar", "data": {"name": "saknas"}}, "data.name", "”saknas”"),
        ({"mark": "bar", "data": {"values": "a,b"}}, "data.values", "lista"),
        ({"mark": []}, "mark", "markeringen"),  # found by the fuzzing: a TypeError once
        ({"mark": "bar", "data": {"name": ["d"]}}, "data.name", "datamängden"),
    ],
)
def test_hostile_parts_are_refused_and_placed(spec: dict, path: str, words: str) -> None:
    error = refused(spec)
    assert error.path.endswith(path) or path in error.path, (error.path, str(error))
    assert words in str(error)


@pytest.mark.parametrize(
    "expression",
    [
        "sequence(0, 3000000)",
        "pad('', 1e9)",
        "datum.constructor.constructor('return 1')()",
        "datum.a(1)",
        "(datum.a)(1)",
        "window.fetch",
        "`${1}`",
        "datum.a; datum.b",
        "x" * 1_001,
    ],
)
def test_expressions_beyond_our_tiny_grammar_are_refused(expression: str) -> None:
    with pytest.raises(SpecPolicyError, match="uttrycket är inte tillåtet"):
        check_expression(expression, "transform[0].calculate")


@pytest.mark.parametrize(
    "expression",
    [
        "abs(datum.score) >= 3",
        'datum.name === "Stockholms län"',
        "false",
        "'Percentil bland alla kommuner'",
        "datum['a b'] != null && round(datum.x * 100) / 100 > -1.5e3 ? 1 : 0",
    ],
)
def test_the_expressions_our_charts_use_pass(expression: str) -> None:
    check_expression(expression, "calculate")


def test_rows_bytes_depth_and_numbers_are_bounded() -> None:
    rows = [{"a": n} for n in range(MAX_ROWS // 2 + 1)]
    too_many = {"datasets": {"a": rows, "b": rows}, "data": {"name": "a"}, "mark": "bar"}
    assert "rader" in str(refused(too_many))
    with pytest.raises(SpecPolicyError, match="större än 5 MB"):
        check_spec(json.dumps({"mark": "text", "title": "x" * MAX_SPEC_BYTES}))
    deep: object = 1
    for _ in range(40):
        deep = {"title": deep}
    assert "djupt" in str(refused({"mark": "bar", "config": deep}))
    with pytest.raises(SpecPolicyError, match="djupt"):
        check_spec("[" * 100_000 + "]" * 100_000)
    with pytest.raises(SpecPolicyError, match="ändligt"):
        check_spec('{"mark": "bar", "datasets": {"a": [{"v": Infinity}]}}')
    with pytest.raises(SpecPolicyError, match="ändligt"):
        check_spec('{"mark": "bar", "datasets": {"a": [{"v": 1e999}]}}')
    with pytest.raises(SpecPolicyError, match="JSON"):
        check_spec('{"mark": "bar", "width": ' + "9" * 5_000 + "}")
