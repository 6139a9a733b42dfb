"""Hostile fuzzing of the saved-basket upload: random bytes, random JSON and baskets with
hostile fields always give slides that every output accepts, or a BasketFileError in Swedish,
never another exception. The counts of runs are printed at the end of the module (``-s``);
``RUS_FUZZ_EXAMPLES`` sets the examples per test (300)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from rus_data.charts.spec_policy import check_spec
from rus_data.presentation.basket import BasketFileError, basket_json, slides_from_basket_json
from rus_data.presentation.pptx_deck import build_deck
from rus_data.presentation.slide import DeckInfo, Slide

EXAMPLES = int(os.environ.get("RUS_FUZZ_EXAMPLES", "300"))  # per test; more for a long run
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
RUNS: Counter[str] = Counter()
SWEDISH_STARTS = ("Filen", "Fältet", "Korgen", "Bild ")
BASE_SPEC = {
    "background": "white",
    "width": 300,
    "datasets": {"d": [{"a": 1, "b": "x"}]},
    "data": {"name": "d"},
    "mark": "bar",
    "encoding": {"x": {"field": "a", "type": "quantitative"}},
}
HOSTILE_PARTS = [
    {"data": {"url": "http://127.0.0.1:9/"}},
    {"data": {"sequence": {"start": 0, "stop": 3_000_000, "as": "a"}}},
    {"data": {"sphere": True}},
    {"mark": {"type": "image", "url": "http://127.0.0.1:9/x.png"}},
    {"encoding": {"href": {"field": "b"}}},
    {"usermeta": {"embedOptions": {"loader": {"baseURL": "http://127.0.0.1:9/"}}}},
    {"params": [{"name": "p", "expr": "sequence(0, 1e9)"}]},
    {"transform": [{"calculate": "sequence(0, 1e7)", "as": "s"}, {"flatten": ["s"]}]},
    {"transform": [{"calculate": "datum.constructor.constructor('x')()", "as": "c"}]},
    {"width": 1e300, "height": {"step": 1e9}},
    {"$schema": "http://127.0.0.1:9/schema.json"},
    {"datasets": {"d": [{"a": n} for n in range(25_000)]}},
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=25,
)
hostile_text = st.text(
    alphabet=st.characters(codec="utf-8") | st.sampled_from(["\x00", "\x0b", "\ud800", "\ufffe"]),
    max_size=60,
)
field_values = hostile_text | json_values


@pytest.fixture(scope="module", autouse=True)
def report_runs() -> Iterator[None]:
    yield
    documents = RUNS["bytes"] + RUNS["json"] + RUNS["baskets"] + RUNS["decks"]
    print(f"\nbasket fuzzing: {documents} documents {dict(RUNS)}, no other exception")


def _attempt(data: bytes, kind: str) -> None:
    """Read ``data``; anything but slides or a Swedish BasketFileError fails the test."""
    RUNS[kind] += 1
    try:
        title, slides = slides_from_basket_json(data)
    except BasketFileError as error:
        assert str(error).startswith(SWEDISH_STARTS), str(error)
        RUNS["refused"] += 1
        return
    RUNS["read"] += 1
    for text in (title, *(s.title for s in slides), *(s.source_line for s in slides)):
        assert not any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in text), repr(text)
    for slide in slides:
        check_spec(slide.spec_json)  # what was let through is within the policy


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    _attempt(data, "bytes")


@SETTINGS
@given(document=json_values)
def test_random_json(document: object) -> None:
    _attempt(json.dumps(document).encode(), "json")


@SETTINGS
@given(
    changes=st.dictionaries(
        st.sampled_from(
            ["title", "spec_json", "source_line", "shows_demo", "notes", "page", "query", "kind"]
        ),
        field_values,
        max_size=4,
    ),
    spec_part=st.none()
    | st.sampled_from(HOSTILE_PARTS)
    | st.dictionaries(
        st.sampled_from(["data", "mark", "encoding", "transform", "width", "title", "layer"]),
        json_values,
        max_size=3,
    ),
    drop=st.sampled_from([None, "title", "spec_json", "slides", "format", "version"]),
)
def test_baskets_with_hostile_fields(
    changes: dict[str, object], spec_part: dict | None, drop: str | None
) -> None:
    slide = Slide(
        title="Bra", spec_json=json.dumps(BASE_SPEC), source_line="Källa", shows_demo=False
    )
    document = json.loads(basket_json([slide]))
    record = document["slides"][0]
    if spec_part is not None:
        record["spec_json"] = json.dumps({**BASE_SPEC, **spec_part}, allow_nan=True)
    record.update(changes)
    if drop in record:
        del record[drop]
    elif drop in document:
        del document[drop]
    # ASCII with escapes, so lone surrogates reach the fields instead of failing UTF-8
    _attempt(json.dumps(document, allow_nan=True).encode(), "baskets")


@settings(max_examples=max(EXAMPLES // 10, 30), deadline=None)
@given(title=hostile_text, source=hostile_text, notes=hostile_text, deck_title=hostile_text)
def test_hostile_texts_always_make_a_deck(
    title: str, source: str, notes: str, deck_title: str
) -> None:
    slide = Slide(title, json.dumps(BASE_SPEC), source, False, notes=notes)
    document = {**json.loads(basket_json([slide])), "title": deck_title}
    document["slides"][0].update(title=title, source_line=source, notes=notes)
    data = json.dumps(document).encode()  # ASCII escapes: lone surrogates reach the reader
    RUNS["decks"] += 1
    read_title, slides = slides_from_basket_json(data)
    deck = build_deck(slides, DeckInfo(read_title or "–", source, dt.date(2026, 12, 1)))
    assert len(Presentation(io.BytesIO(deck)).slides) == 2


def test_the_hostile_parts_are_all_refused() -> None:
    for part in HOSTILE_PARTS:
        slide = Slide("x", json.dumps({**BASE_SPEC, **part}), "Källa", False)
        with pytest.raises(BasketFileError, match="Bild 1, fältet ”spec_json”"):
            slides_from_basket_json(basket_json([slide]))
