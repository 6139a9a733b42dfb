"""Which Vega-Lite specs the server draws from a file that anyone may have written.

A saved presentation basket carries each chart as a Vega-Lite spec, and the server draws it
(previews, PowerPoint, report). Before it does, a spec from a file must have the shape of the
project's own charts (:func:`check_spec`):

- data inline only: ``datasets`` of records and ``data: {"values": …}`` or ``{"name": …}``;
  no ``url``, no generators (``sequence``, ``sphere``, ``graticule``);
- at most :data:`MAX_ROWS` rows in all, :data:`MAX_SPEC_BYTES` bytes, bounded nesting,
  finite numbers, sizes within :data:`MAX_SIZE` pixels;
- only the marks (:data:`MARKS`), transforms (``calculate``) and properties
  (:data:`PROPERTIES`) that the chart builders use; so no ``image`` marks, links (``href``),
  ``usermeta``, ``params``, ``expr`` or ``labelExpr``;
- expressions (``calculate``, ``test``) of a tiny grammar: fields of ``datum``, literals,
  comparisons, arithmetic and a few pure functions (:data:`FUNCTIONS`).

Anything else raises :class:`SpecPolicyError`, which names the place (``layer[0].data.url``)
and the reason in Swedish.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_SPEC_BYTES = 5_000_000
MAX_ROWS = 20_000
MAX_DEPTH = 32  # of the spec's own structure (the builders reach 9)
MAX_DATA_DEPTH = 12  # below one row of data (a GeoJSON feature reaches 7)
MAX_NUMBER = 10_000  # any number in the spec's structure (domains and data excepted)
MAX_SIZE = 4_000  # width and height in pixels
MAX_STEP = 400  # pixels per band
MAX_EXPRESSION = 1_000  # characters

MARKS = frozenset({"area", "bar", "geoshape", "line", "point", "rect", "rule", "square", "text"})
FUNCTIONS = frozenset({"abs", "ceil", "floor", "round", "isValid", "isFinite"})
_NAMES = FUNCTIONS | {"datum", "true", "false", "null", "NaN"}
_MEMBERS_REFUSED = frozenset({"constructor", "prototype", "__proto__"})
_EXPRESSION_KEYS = frozenset({"calculate", "test"})
_WIDE_NUMBERS = frozenset({"domain", "domainMin", "domainMax", "domainMid", "datum", "values"})
_SCHEMA = re.compile(r"https://vega\.github\.io/schema/vega-lite/v\d+(\.\d+)*\.json")

_PROPERTY_GROUPS = (
    # composition, data and the top level
    "$schema title datasets data config background width height layer hconcat vconcat concat "
    "facet spec columns spacing bounds resolve autosize padding encoding mark transform "
    "projection align center view name contains resize step",
    # encoding channels and their definitions
    "x y x2 y2 xOffset yOffset color fill stroke opacity fillOpacity strokeOpacity strokeWidth "
    "strokeDash size shape text tooltip detail order row column latitude longitude latitude2 "
    "longitude2 angle field type axis legend scale sort stack format condition test value "
    "datum bandPosition header op encoding content",
    # scales
    "domain domainMin domainMax domainMid range rangeMin rangeMax nice zero paddingInner "
    "paddingOuter reverse clamp round scheme",
    # axes, legends, headers and titles
    "labelAngle labelLimit labelFont labelFontSize labelFontWeight labelColor labelPadding "
    "labelOverlap labelAlign labelBaseline labelFlush labelAnchor labelOrient labels ticks "
    "tickCount tickMinStep tickSize tickColor grid gridColor gridDash gridOpacity domainColor "
    "orient titleFontSize titleFont titleFontWeight titleColor titlePadding titleAngle "
    "titleAlign titleAnchor titleBaseline titleLimit titleOrient offset minExtent maxExtent "
    "zindex values symbolType symbolSize symbolStrokeColor symbolStrokeWidth symbolOpacity "
    "symbolFillColor direction rowPadding columnPadding gradientLength subtitle anchor "
    "subtitleColor subtitleFontSize subtitleFontWeight subtitleFontStyle subtitlePadding "
    "subtitleFont frame limit lineHeight",
    # marks and their style
    "filled font fontSize fontWeight fontStyle baseline dx dy point line interpolate "
    "cornerRadius thickness lineBreak clip strokeCap strokeJoin binSpacing invalid",
    # configuration: locale, styles per mark and view
    "locale number decimal thousands grouping currency minus percent nan axisX axisY axisLeft "
    "axisBottom axisBand axisQuantitative axisDiscrete bar rect square area rule geoshape "
    "continuousWidth continuousHeight discreteWidth discreteHeight",
    # the projection of the maps
    "rotate translate parallels precision",
)
PROPERTIES = frozenset(word for group in _PROPERTY_GROUPS for word in group.split())
# Forbidden properties that get their own explanation.
_FORBIDDEN = {
    "url": "address",
    "href": "address",
    "sequence": "generator",
    "sphere": "generator",
    "graticule": "generator",
    "usermeta": "usermeta",
    "params": "expression",
    "selection": "expression",
    "signal": "expression",
    "signals": "expression",
    "expr": "expression",
    "labelExpr": "expression",
    "formatType": "expression",
}
_REASONS = {
    "not_json": "inte giltig JSON ({detail})",
    "not_object": "förväntade ett Vega-Lite-objekt",
    "too_large": f"diagrammet är större än {MAX_SPEC_BYTES // 1_000_000} MB",
    "too_deep": "för djupt nästlat",
    "too_many_rows": f"mer än {MAX_ROWS:,} rader data".replace(",", " "),
    "address": "diagrammet hämtar något från en adress; en sparad korg får bara ha data i "
    "själva filen",
    "generator": "datageneratorer är inte tillåtna; en sparad korg får bara ha data i själva filen",
    "usermeta": "användardata (usermeta) är inte tillåtna",
    "expression": "interaktivitet och egna uttryck är inte tillåtna",
    "property": "egenskapen ”{detail}” finns inte i Miljömålsdashboardens diagram",
    "mark": "markeringen ”{detail}” finns inte i Miljömålsdashboardens diagram",
    "transform": "bara beräkningar (calculate) är tillåtna som transformering",
    "data": "data måste vara en lista med rader",
    "data_name": "datamängden ”{detail}” finns inte under datasets",
    "schema": "förväntade en Vega-Lite-adress under vega.github.io",
    "number": "talet {detail} är inte tillåtet här (högst {limit})",
    "not_finite": "talet är inte ändligt",
    "formula": "uttrycket är inte tillåtet ({detail})",
    "kind": "förväntade {detail}",
}
_TOKEN = re.compile(
    r"""\s+|(?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
    r"|(?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<name>[A-Za-z_$][\w$]*)"
    r"|(?P<operator>===|!==|==|!=|>=|<=|&&|\|\||[-+*/%<>!?:.,()\[\]])"
)


class SpecPolicyError(ValueError):
    """A spec refused by the policy: ``path`` is where (``layer[0].mark``, "" for the whole
    spec), ``explanation`` says why in Swedish."""

    def __init__(self, path: str, reason: str, detail: object = "", limit: object = "") -> None:
        self.path = path
        self.reason = reason
        self.explanation = _REASONS[reason].format(detail=detail, limit=limit)
        super().__init__(f"på ”{path}”: {self.explanation}" if path else self.explanation)


def check_spec(spec_json: str) -> dict[str, Any]:
    """The spec as a dict if it has the shape of the project's own charts; otherwise raises
    :class:`SpecPolicyError`."""
    if len(spec_json.encode("utf-8", "surrogatepass")) > MAX_SPEC_BYTES:
        raise SpecPolicyError("", "too_large")
    try:
        spec = json.loads(spec_json)
    except json.JSONDecodeError as error:
        raise SpecPolicyError("", "not_json", f"{error.msg}, tecken {error.pos}") from None
    except RecursionError:
        raise SpecPolicyError("", "too_deep") from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise SpecPolicyError("", "not_json", " ".join(str(error).split())[:80]) from None
    if not isinstance(spec, dict):
        raise SpecPolicyError("", "not_object")
    _Checker(spec).structure(spec, "", 0)
    return spec


class _Checker:
    """One walk over a spec: its structure against the allow-list, its data counted."""

    def __init__(self, spec: dict[str, Any]) -> None:
        datasets = spec.get("datasets", {})
        self.names = set(datasets) if isinstance(datasets, dict) else set()
        self.rows = 0

    def structure(self, node: Any, path: str, depth: int, key: str = "") -> None:
        """A part of the spec that Vega-Lite reads as grammar."""
        if depth > MAX_DEPTH:
            raise SpecPolicyError(path, "too_deep")
        if isinstance(node, dict):
            for name, value in node.items():
                self._property(str(name), value, f"{path}.{name}" if path else str(name), depth)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                self.structure(value, f"{path}[{index}]", depth + 1, key)
        else:
            _scalar(node, path, key)

    def _property(self, name: str, value: Any, path: str, depth: int) -> None:
        if name in _FORBIDDEN:
            raise SpecPolicyError(path, _FORBIDDEN[name])
        if name not in PROPERTIES:
            raise SpecPolicyError(path, "property", name)
        if name == "datasets" and depth == 0:
            self._datasets(value, path)
        elif name == "data":
            self._data(value, path)
        elif name == "mark":
            self._mark(value, path, depth)
        elif name == "transform":
            self._transform(value, path, depth)
        elif name in _EXPRESSION_KEYS and isinstance(value, str):
            check_expression(value, path)
        elif name == "$schema":
            if not isinstance(value, str) or not _SCHEMA.fullmatch(value):
                raise SpecPolicyError(path, "schema")
        else:
            self.structure(value, path, depth + 1, name)

    def _datasets(self, datasets: Any, path: str) -> None:
        if not isinstance(datasets, dict):
            raise SpecPolicyError(path, "kind", "ett objekt med datamängder")
        for name, rows in datasets.items():
            self._rows(rows, f"{path}.{name}")

    def _data(self, data: Any, path: str) -> None:
        if data is None:
            return
        if not isinstance(data, dict):
            raise SpecPolicyError(path, "data")
        for name, value in data.items():
            where = f"{path}.{name}"
            if name in _FORBIDDEN:
                raise SpecPolicyError(where, _FORBIDDEN[name])
            if name == "values":
                self._rows(value, where)
            elif name == "name":
                if not isinstance(value, str) or value not in self.names:
                    raise SpecPolicyError(where, "data_name", value)
            else:
                raise SpecPolicyError(where, "property", name)

    def _rows(self, rows: Any, path: str) -> None:
        if not isinstance(rows, list):
            raise SpecPolicyError(path, "data")
        self.rows += len(rows)
        if self.rows > MAX_ROWS:
            raise SpecPolicyError(path, "too_many_rows")
        for index, row in enumerate(rows):
            _data_value(row, f"{path}[{index}]", 0)

    def _mark(self, mark: Any, path: str, depth: int) -> None:
        kind = mark.get("type") if isinstance(mark, dict) else mark
        if path == "config.mark" and isinstance(mark, dict) and "type" not in mark:
            kind = "point"  # the style of every mark, not a mark
        if not isinstance(kind, str) or kind not in MARKS:
            raise SpecPolicyError(path, "mark", kind)
        if isinstance(mark, dict):
            self.structure(mark, path, depth + 1)

    def _transform(self, steps: Any, path: str, depth: int) -> None:
        if not isinstance(steps, list):
            raise SpecPolicyError(path, "kind", "en lista")
        for index, step in enumerate(steps):
            where = f"{path}[{index}]"
            if not isinstance(step, dict) or not set(step) <= {"calculate", "as"}:
                raise SpecPolicyError(where, "transform")
            if not isinstance(step.get("calculate"), str) or not isinstance(step.get("as"), str):
                raise SpecPolicyError(where, "transform")
            check_expression(step["calculate"], f"{where}.calculate")


def _number(value: float, path: str, limit: float) -> None:
    try:
        finite = math.isfinite(float(value))
    except OverflowError:  # an integer beyond any float
        finite = False
    if not finite:
        raise SpecPolicyError(path, "not_finite")
    if abs(value) > limit:
        raise SpecPolicyError(path, "number", value, f"{limit:g}")


def _scalar(value: Any, path: str, key: str) -> None:
    """A number, text, truth value or null in the spec's structure."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if not isinstance(value, int | float):
        raise SpecPolicyError(path, "kind", "ett enkelt värde")
    if key in _WIDE_NUMBERS:
        _number(value, path, 1e15)
    elif key in ("width", "height"):
        _number(value, path, MAX_SIZE)
    elif key == "step":
        _number(value, path, MAX_STEP)
    else:
        _number(value, path, MAX_NUMBER)


def _data_value(value: Any, path: str, depth: int) -> None:
    """One value of the data: any JSON, bounded in depth, numbers finite."""
    if depth > MAX_DATA_DEPTH:
        raise SpecPolicyError(path, "too_deep")
    if isinstance(value, dict):
        for name, item in value.items():
            _data_value(item, f"{path}.{name}", depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _data_value(item, f"{path}[{index}]", depth + 1)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _number(value, path, math.inf)


def check_expression(expression: str, path: str) -> None:
    """Raise :class:`SpecPolicyError` unless ``expression`` uses only fields of ``datum``,
    literals, operators and the functions in :data:`FUNCTIONS`."""
    if len(expression) > MAX_EXPRESSION:
        raise SpecPolicyError(path, "formula", f"längre än {MAX_EXPRESSION} tecken")
    position, previous, previous_name = 0, "", False
    while position < len(expression):
        match = _TOKEN.match(expression, position)
        if match is None:
            raise SpecPolicyError(path, "formula", f"tecknet ”{expression[position]}”")
        token, name = match.group(), match.group("name")
        if name and (name in _MEMBERS_REFUSED or (previous != "." and name not in _NAMES)):
            raise SpecPolicyError(path, "formula", f"”{name}”")
        if token == "(" and (previous in (")", "]") or previous_name) and previous not in FUNCTIONS:
            raise SpecPolicyError(path, "formula", f"anropet av ”{previous}”")
        if token.strip():
            previous, previous_name = token, bool(name)
        position = match.end()
