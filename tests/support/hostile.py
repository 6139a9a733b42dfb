"""Hostile data for AppTest runs: a database whose imported names, units, group names and
source names are Markdown that would load an image, make a link or restyle a heading, and a
check that no element shows it as Markdown."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
from google.protobuf.message import Message
from streamlit.testing.v1 import AppTest

from rus_data.imports.service import FileImport, import_file

HOSTILE_TEXT = "![x](http://127.0.0.1:9/x.png) [link](http://e) :red[röd] <b>b</b>"
# A file name keeps no "/" (the source is named after the file's last part).
HOSTILE_FILE_STEM = "![x](http:127.0.0.1:9) [link](http:e) :red[röd]"
HOSTILE_FORMULA = "=1+1+cmd|' /C calc'!A0"  # a spreadsheet would run it
HOSTILE_INDICATOR = "hostile_ind"
HOSTILE_GROUP_SET = "ondsint"
MARKERS = ("](http", ":red[", "<b>b</b>")
HTML_MARKERS = ("<b>b</b>",)  # st.html renders HTML: a name must arrive escaped

# Elements and fields that Streamlit shows as plain text, never as Markdown: chart specs and
# data, tables (cells and column headings), code, and the options of select boxes and
# sliders (a select box's ``format_func`` gives plain text).
PLAIN_ELEMENTS = {
    "VegaLiteChart",
    "DeckGlJsonChart",
    "Code",
    "Text",
    "Arrow",
    "Dataframe",
    "Json",
}
PLAIN_FIELDS = {
    "Selectbox": {"options", "raw_value", "default", "raw_values"},
    "MultiSelect": {"options", "raw_values", "default"},
    "Slider": {"options", "default", "value"},
}


def hostile_database(demo_db: Path, target: Path) -> Path:
    """A copy of ``demo_db`` with an indicator (objective 1, every region, 2015–2024), a group
    set, assessments and interactions (in Stockholms län) whose names and source names are
    :data:`HOSTILE_TEXT`, and one rationale that is a spreadsheet formula."""
    shutil.copyfile(demo_db, target)
    header = (
        "id;name_sv;name_en;unit;unit_en;better;finest_level;aggregation;decimals;"
        "description_sv;description_en;objectives\n"
    )
    h = HOSTILE_TEXT
    row = f"{HOSTILE_INDICATOR};{h};{h};{h};{h};higher;kommun;mean;1;{h};{h};1\n"
    _import(target, header + row, "indikator.csv", "indicators")
    with duckdb.connect(str(target), read_only=True) as connection:
        codes = [code for (code,) in connection.execute("SELECT code FROM region").fetchall()]
    values = "indicator_id;region_code;year;value\n" + "".join(
        f"{HOSTILE_INDICATOR};{code};{year};{(7 * n + year) % 50}\n"
        for n, code in enumerate(codes)
        for year in range(2015, 2025)
    )
    _import(target, values, f"{HOSTILE_FILE_STEM}.csv", "values")
    members = ("0180", "1480", "1280", "2584", "0114")
    groups = "group_set;group_code;group_name;region_code\n" + "".join(
        f"{HOSTILE_GROUP_SET};G1;{h};{code}\n" for code in members
    )
    _import(target, groups, f"{HOSTILE_FILE_STEM} grupper.csv", "region_groups")
    assessments = "objective_id;region_code;year;status;trend;comment\n" + "".join(
        f"{objective};00;2031;NEJ;NEGATIV;{h}\n" for objective in range(1, 17)
    )
    _import(target, assessments, f"{HOSTILE_FILE_STEM} bedömningar.csv", "assessments")
    interactions = (
        "from_kind;from_id;to_kind;to_id;score;rationale;context\n"
        f"objective;1;objective;2;-2;{h};01\nobjective;3;objective;4;2;{h};01\n"
        f"objective;5;objective;6;-3;{HOSTILE_FORMULA};01\n"
    )
    _import(target, interactions, f"{HOSTILE_FILE_STEM} samspel.csv", "interactions")
    return target


def _import(path: Path, text: str, filename: str, kind: str) -> None:
    import_file(path, FileImport(text.encode("utf-8"), filename, kind=kind))


def _strings(message: Message, path: str) -> Iterator[tuple[str, str]]:
    """Every text field of ``message`` and its sub-messages, with its dotted path."""
    for field, value in message.ListFields():
        repeated = not isinstance(value, str | bytes | Message) and hasattr(value, "__len__")
        for item in value if repeated else [value]:
            if isinstance(item, Message):
                yield from _strings(item, f"{path}.{field.name}")
            elif isinstance(item, str):
                yield f"{path}.{field.name}", item


def _nodes(node: object) -> Iterator[object]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def markdown_leaks(app: AppTest) -> list[str]:
    """Texts that an element of ``app`` would render as Markdown with a live link, an image,
    a colour directive or HTML from the data (an escaped ``\\]\\(http`` or ``\\:red\\[`` is
    text; in ``st.html`` the name must be HTML-escaped)."""
    leaks = []
    for node in _nodes(app._tree):
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        kind = type(proto).__name__
        if kind in PLAIN_ELEMENTS:
            continue
        plain = PLAIN_FIELDS.get(kind, set())
        markers = HTML_MARKERS if kind == "Html" else MARKERS
        for path, text in _strings(proto, kind):
            found = any(marker in text.lower() for marker in markers)  # also "](HTTP"
            if path.split(".")[1] not in plain and found:
                leaks.append(f"{getattr(node, 'type', kind)} {path}: {text[:120]}")
    return leaks
