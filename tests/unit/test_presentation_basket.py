"""The presentation basket as plain data: order, edits and the saved-basket file."""

from __future__ import annotations

import json

import pytest

from rus_data.presentation.basket import (
    BasketFileError,
    basket_json,
    moved,
    new_item,
    slides_from_basket_json,
    updated,
    without,
)
from rus_data.presentation.slide import Slide, chart_title

SPEC = json.dumps({"mark": "bar", "title": {"text": "Utsläpp", "subtitle": "ton"}})


def slide(title: str, **changes: object) -> Slide:
    base = Slide(
        title=title, spec_json=SPEC, source_line="Källa: SCB (2026-11-01)", shows_demo=False
    )
    return base.with_changes(**changes)


@pytest.fixture()
def items():
    return tuple(new_item(slide(name)) for name in "ABCD")


def titles(items) -> list[str]:
    return [item.slide.title for item in items]


def test_new_items_get_distinct_ids(items) -> None:
    assert len({item.item_id for item in items}) == 4


def test_moving_up_down_and_past_the_ends(items) -> None:
    b, c = items[1].item_id, items[2].item_id
    assert titles(moved(items, c, -1)) == ["A", "C", "B", "D"]
    assert titles(moved(items, b, 1)) == ["A", "C", "B", "D"]
    assert titles(moved(items, b, -5)) == ["B", "A", "C", "D"]
    assert titles(moved(items, b, 9)) == ["A", "C", "D", "B"]
    assert titles(moved(items, items[0].item_id, -1)) == ["A", "B", "C", "D"]
    with pytest.raises(KeyError):
        moved(items, "missing", 1)


def test_removing_and_editing_touch_only_that_item(items) -> None:
    target = items[2].item_id
    assert titles(without(items, target)) == ["A", "B", "D"]
    edited = updated(items, target, title="Ny rubrik", notes="Säg detta")
    assert titles(edited) == ["A", "B", "Ny rubrik", "D"]
    assert edited[2].slide.notes == "Säg detta"
    assert edited[2].item_id == target
    assert edited[0] is items[0]
    assert items[2].slide.title == "C"  # the original is unchanged


def test_saved_basket_round_trip() -> None:
    slides = [
        slide("Första", notes="Anteckning", page="trends", query={"tr_obj": "2"}, kind="chart"),
        slide("<script>alert(1)</script>", shows_demo=True, kind="map"),
    ]
    title, read = slides_from_basket_json(basket_json(slides, "Nobelmötet 2026"))
    assert title == "Nobelmötet 2026"
    assert read == slides


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (b"\xff\xfe\x00", "UTF-8"),
        (b"{not json", r"inte giltig JSON \(rad 1"),
        (b'{"format": "annat"}', "inte en sparad presentationskorg"),
        (b'{"format": "miljomalsdashboarden-presentation", "version": 99}', "version 99"),
        (b'{"format": "miljomalsdashboarden-presentation", "version": 1}', "”slides”"),
    ],
)
def test_unreadable_files_are_refused_in_swedish(document: bytes, expected: str) -> None:
    with pytest.raises(BasketFileError, match=expected):
        slides_from_basket_json(document)


def _file_with(record: dict) -> bytes:
    good = json.loads(basket_json([slide("Bra")]))
    good["slides"].append(record)
    return json.dumps(good).encode()


def test_a_bad_slide_is_named_with_its_number_and_field() -> None:
    record = json.loads(basket_json([slide("X")]))["slides"][0]
    with pytest.raises(BasketFileError, match="Bild 2: fältet ”title” saknas"):
        slides_from_basket_json(_file_with({k: v for k, v in record.items() if k != "title"}))
    with pytest.raises(BasketFileError, match="Bild 2, fältet ”shows_demo”"):
        slides_from_basket_json(_file_with({**record, "shows_demo": "ja"}))
    with pytest.raises(BasketFileError, match="Bild 2, fältet ”spec_json”: inte giltig JSON"):
        slides_from_basket_json(_file_with({**record, "spec_json": "{"}))
    with pytest.raises(BasketFileError, match="Bild 2, fältet ”query”"):
        slides_from_basket_json(_file_with({**record, "query": ["a"]}))
    with pytest.raises(BasketFileError, match="Bild 2: förväntade ett objekt"):
        slides_from_basket_json(_file_with("text"))  # type: ignore[arg-type]


def test_unknown_fields_are_ignored_and_query_values_become_text() -> None:
    record = json.loads(basket_json([slide("X")]))["slides"][0]
    _, read = slides_from_basket_json(_file_with({**record, "extra": 1, "query": {"year": 2024}}))
    assert read[1].query == {"year": "2024"}


@pytest.mark.parametrize(
    ("spec", "title"),
    [
        ({"title": "Enkel"}, "Enkel"),
        ({"title": {"text": "Med underrubrik", "subtitle": "x"}}, "Med underrubrik"),
        ({"title": {"text": ["Två", "rader"]}}, "Två rader"),
        ({"mark": "bar"}, ""),
    ],
)
def test_chart_title(spec: dict, title: str) -> None:
    assert chart_title(spec) == title
