"""Saved baskets written by a stranger: hostile specs are refused with the slide and field
named, texts are cleaned and bounded, and a title with control characters still makes a deck."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pptx import Presentation

from rus_data.presentation.basket import (
    MAX_FILE_BYTES,
    MAX_SLIDES,
    BasketFileError,
    basket_json,
    slides_from_basket_json,
)
from rus_data.presentation.free_text import NOTES_LIMIT, TITLE_LIMIT, clean_line, clean_lines
from rus_data.presentation.pptx_deck import build_deck
from rus_data.presentation.report import build_report_html
from rus_data.presentation.slide import DeckInfo, Slide

CONTROLS = "".join(chr(code) for code in range(32))
SPEC = json.dumps(
    {
        "background": "white",
        "width": 300,
        "height": 200,
        "data": {"values": [{"år": 2020, "värde": 3}, {"år": 2021, "värde": 5}]},
        "mark": "bar",
        "encoding": {
            "x": {"field": "år", "type": "ordinal"},
            "y": {"field": "värde", "type": "quantitative"},
        },
    }
)
SEQUENCE = json.dumps(
    {
        "data": {"sequence": {"start": 0, "stop": 3_000_000, "as": "a"}},
        "mark": "point",
        "encoding": {"x": {"field": "a", "type": "quantitative"}},
    }
)


def good_slide(**changes: object) -> Slide:
    base = Slide(title="Utsläpp", spec_json=SPEC, source_line="Källa: SCB", shows_demo=False)
    return base.with_changes(**changes)


def basket_with(record_changes: dict[str, object], *, second: bool = True) -> bytes:
    """A saved basket of a good slide and (``second``) one more with ``record_changes``."""
    document = json.loads(basket_json([good_slide()], "Korg"))
    if second:
        document["slides"].append({**document["slides"][0], **record_changes})
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (SEQUENCE, "Bild 2, fältet ”spec_json” på ”data.sequence”: datageneratorer"),
        (
            json.dumps({"data": {"url": "http://10.0.0.1/"}, "mark": "text"}),
            "Bild 2, fältet ”spec_json” på ”data.url”: diagrammet hämtar",
        ),
        (
            json.dumps({"mark": {"type": "image", "url": "http://10.0.0.1/x.png"}}),
            "Bild 2, fältet ”spec_json” på ”mark”: markeringen ”image”",
        ),
        ("[1]", "Bild 2, fältet ”spec_json”: förväntade ett Vega-Lite-objekt"),
    ],
)
def test_hostile_specs_are_refused_naming_slide_and_field(spec: str, expected: str) -> None:
    with pytest.raises(BasketFileError) as refused:
        slides_from_basket_json(basket_with({"spec_json": spec}))
    assert str(refused.value).startswith(expected), str(refused.value)


def test_texts_are_cleaned_and_bounded() -> None:
    data = basket_with(
        {
            "title": f"Titel{CONTROLS}\ud800\u202eslut" + "x" * 1_000,
            "source_line": f"Källa:{CONTROLS} SCB",
            "notes": f"rad 1\r\nrad 2{CONTROLS}\x0b" + "y" * 20_000,
            "query": {"region\x00": "14\x1b[31m"},
        }
    )
    title, (_, slide) = slides_from_basket_json(data)
    assert title == "Korg"
    assert slide.title.startswith("Titel slut") and len(slide.title) == TITLE_LIMIT
    assert slide.source_line == "Källa: SCB"
    assert slide.notes.startswith("rad 1\nrad 2\t\n") and len(slide.notes) == NOTES_LIMIT
    assert slide.query == {"region": "14 [31m"}
    for text in (slide.title, slide.source_line, slide.notes):
        assert not any(ord(c) < 32 and c not in "\n\t" for c in text)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"page": "../../admin"}, "Bild 2, fältet ”page”"),
        ({"kind": "script"}, "Bild 2, fältet ”kind”"),
        ({"query": {str(n): "x" for n in range(41)}}, "Bild 2, fältet ”query”"),
    ],
)
def test_fields_outside_their_range_are_refused(changes: dict, expected: str) -> None:
    with pytest.raises(BasketFileError, match=expected):
        slides_from_basket_json(basket_with(changes))


def test_files_too_large_too_long_or_too_deep_are_refused() -> None:
    with pytest.raises(BasketFileError, match="större än 20 MB"):
        slides_from_basket_json(b" " * (MAX_FILE_BYTES + 1))
    many = json.loads(basket_json([good_slide()] * (MAX_SLIDES + 1)))
    with pytest.raises(BasketFileError, match="högst 100"):
        slides_from_basket_json(json.dumps(many).encode())
    with pytest.raises(BasketFileError, match="djupt nästlad"):
        slides_from_basket_json(b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(BasketFileError, match="siffror"):
        slides_from_basket_json(b'{"format": ' + b"9" * 5_000 + b"}")


def test_a_title_with_control_characters_exports_to_powerpoint_and_html() -> None:
    # python-pptx refused such text ("All strings must be XML compatible"): no deck at all.
    slide = good_slide(
        title=f"Utsläpp{CONTROLS}i länet\ud800",
        source_line=f"Källa{CONTROLS}: SCB",
        notes=f"Säg{CONTROLS}detta\n\x0bsen detta",
    )
    info = DeckInfo(f"Deck{CONTROLS}", f"Län{CONTROLS}", dt.date(2026, 12, 1))
    deck = Presentation(io.BytesIO(build_deck([slide], info)))
    texts = [
        shape.text_frame.text
        for page in deck.slides
        for shape in page.shapes
        if shape.has_text_frame
    ]
    assert "Utsläpp i länet" in texts
    assert "Deck" in texts
    notes = deck.slides[1].notes_slide.notes_text_frame.text
    assert notes.startswith("Säg") and "sen detta" in notes
    assert "Utsläpp" in build_report_html([slide], info)


def test_cleaning_keeps_ordinary_text() -> None:
    text = "Utsläpp 12\u202f345 ton – ”citat” · 😀\u200d👍 soft\u00adhyphen"
    assert clean_line(text) == text
    assert clean_lines("a\n\tb") == "a\n\tb"
