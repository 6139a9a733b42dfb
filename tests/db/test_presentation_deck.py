"""The PowerPoint deck, built from the app's real charts and read back with python-pptx."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.presentation import Presentation as PresentationObject
from pptx.shapes.base import BaseShape
from pptx.slide import Slide as PptxSlide
from pptx.util import Emu

from rus_data.presentation.pptx_deck import DeckTemplateError, build_deck
from rus_data.presentation.slide import DeckInfo, Slide
from tests.db.presentation_slides import svg_size

DEMO_SV = "Exempeldata – inte officiell statistik"
DEMO_EN = "Example data – not official statistics"
INFO = DeckInfo("Miljömålen i Stockholms län", "Stockholms län", dt.date(2026, 11, 21))
WIDE = (12_192_000, 6_858_000)


@pytest.fixture(scope="module")
def deck_bytes(slides: list[Slide]) -> bytes:
    return build_deck(slides, INFO)


@pytest.fixture(scope="module")
def deck(deck_bytes: bytes) -> PresentationObject:
    return Presentation(io.BytesIO(deck_bytes))


def _texts(slide: PptxSlide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def _named(slide: PptxSlide, name: str) -> BaseShape:
    found = [shape for shape in slide.shapes if shape.name == name]
    assert len(found) == 1, [shape.name for shape in slide.shapes]
    return found[0]


def _pictures(slide: PptxSlide) -> list:
    return [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]


def test_deck_is_16_9_with_a_title_slide_and_one_slide_per_chart(
    deck: PresentationObject, slides: list[Slide]
) -> None:
    assert (deck.slide_width, deck.slide_height) == WIDE
    assert Emu(deck.slide_width).inches == pytest.approx(13.333, abs=0.001)
    assert len(deck.slides) == 1 + len(slides)
    for pptx_slide, slide in zip(list(deck.slides)[1:], slides, strict=True):
        title = pptx_slide.shapes.title
        assert title is not None and title.is_placeholder
        assert title.placeholder_format.type == PP_PLACEHOLDER.TITLE
        assert title.text == slide.title
        # nothing but the title is left of the layout's placeholders
        assert [p.placeholder_format.type for p in pptx_slide.placeholders] == [
            PP_PLACEHOLDER.TITLE
        ]


def test_title_slide_names_title_area_date_and_demo_data(deck: PresentationObject) -> None:
    first = deck.slides[0]
    assert first.shapes.title.text == INFO.title
    text = "\n".join(_texts(first))
    assert "Stockholms län" in text
    assert "21 november 2026" in text
    assert text.count(DEMO_SV) == 1
    assert _pictures(first) == []


def test_title_slide_in_english_and_without_demo_data(slides: list[Slide]) -> None:
    info = DeckInfo("Environmental objectives", "Sweden", dt.date(2027, 3, 5), "en")
    english = Presentation(io.BytesIO(build_deck(slides, info)))
    text = "\n".join(_texts(english.slides[0]))
    assert "5 March 2027" in text and "Sweden" in text
    assert DEMO_EN in text and DEMO_SV not in text
    official = [s.with_changes(shows_demo=False, source_line="Källa: SCB") for s in slides]
    plain = Presentation(io.BytesIO(build_deck(official, INFO)))
    assert all(DEMO_SV not in t and DEMO_EN not in t for s in plain.slides for t in _texts(s))


def test_each_chart_is_a_png_at_twice_its_size_fitted_inside_the_slide(
    deck: PresentationObject, slides: list[Slide]
) -> None:
    width, height = deck.slide_width, deck.slide_height
    for pptx_slide, slide in zip(list(deck.slides)[1:], slides, strict=True):
        pictures = _pictures(pptx_slide)
        assert len(pictures) == 1
        picture = pictures[0]
        image = Image.open(io.BytesIO(picture.image.blob))
        image.load()
        assert image.format == "PNG"
        chart_width, chart_height = svg_size(slide.spec_json, slide.source_line)
        assert image.size == (round(2 * chart_width), round(2 * chart_height))
        # inside the slide, between the title and the source line, centred, aspect kept
        title, source = pptx_slide.shapes.title, _named(pptx_slide, "Source")
        assert picture.left >= 0 and picture.left + picture.width <= width
        assert title.top + title.height < picture.top
        assert picture.top + picture.height < source.top <= height - source.height
        assert picture.left + picture.width / 2 == pytest.approx(width / 2, abs=2)
        assert picture.width / picture.height == pytest.approx(
            image.width / image.height, rel=0.002
        )
        # it fills the free area in one direction: the width between the margins (91 %) or the
        # height between the title and the source line (about two thirds)
        assert picture.width >= 0.9 * width or picture.height >= 0.62 * height


def test_the_container_width_chart_is_rendered_at_a_fixed_width(
    deck: PresentationObject, slides: list[Slide]
) -> None:
    assert '"width": "container"' in slides[1].spec_json
    image = Image.open(io.BytesIO(_pictures(deck.slides[2])[0].image.blob))
    assert image.width == 2 * svg_size(slides[1].spec_json, slides[1].source_line)[0] > 1200


def test_source_lines_carry_the_demo_phrase_exactly_when_the_chart_shows_demo_data(
    deck: PresentationObject,
) -> None:
    sources = [_named(s, "Source").text_frame.text for s in list(deck.slides)[1:]]
    assert sources == [
        "Källa: Exempeldata – inte officiell statistik",  # named already: not repeated
        "Källa: Trafikanalys · Exempeldata – inte officiell statistik",
        "Källa: SCB",
    ]


def test_slide_numbers_and_speaker_notes(deck: PresentationObject, slides: list[Slide]) -> None:
    for number, (pptx_slide, slide) in enumerate(
        zip(list(deck.slides)[1:], slides, strict=True), start=2
    ):
        box = _named(pptx_slide, "Slide number")
        assert box.text_frame.text == str(number)
        assert 'type="slidenum"' in box._element.xml
        if slide.notes:
            assert pptx_slide.notes_slide.notes_text_frame.text == slide.notes
        else:
            assert not pptx_slide.has_notes_slide
    assert deck.slides[1].notes_slide.notes_text_frame.text.startswith("Rött betyder")


def test_an_empty_deck_is_a_title_slide() -> None:
    empty = Presentation(io.BytesIO(build_deck([], INFO)))
    assert len(empty.slides) == 1
    assert empty.slides[0].shapes.title.text == INFO.title
    assert all(DEMO_SV not in t for t in _texts(empty.slides[0]))


def _template(layout_name: str | None = None) -> bytes:
    """A 4:3 template with one slide of its own, made with python-pptx."""
    template = Presentation()
    template.slide_width, template.slide_height = Emu(9_144_000), Emu(6_858_000)
    if layout_name:
        template.slide_layouts[5].name = layout_name
    old = template.slides.add_slide(template.slide_layouts[1])
    old.shapes.title.text = "Gammal bild i mallen"
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def test_a_template_gives_its_size_and_layouts_and_loses_its_own_slides(
    slides: list[Slide], artifacts_dir: Path
) -> None:
    data = build_deck(slides, INFO, template=_template("Endast rubrik"))
    (artifacts_dir / "presentation_deck_template_4x3.pptx").write_bytes(data)
    result = Presentation(io.BytesIO(data))
    assert (result.slide_width, result.slide_height) == (9_144_000, 6_858_000)
    assert len(result.slides) == 1 + len(slides)
    parts = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("ppt/slides/")]
    assert len([n for n in parts if n.endswith(".xml")]) == 1 + len(slides)
    assert all("Gammal bild" not in t for s in result.slides for t in _texts(s))
    assert result.slides[0].slide_layout.name == "Title Slide"
    assert result.slides[0].shapes.title.text == INFO.title
    for pptx_slide, slide in zip(list(result.slides)[1:], slides, strict=True):
        assert pptx_slide.slide_layout.name == "Endast rubrik"
        assert pptx_slide.shapes.title.text == slide.title
        assert pptx_slide.shapes.title.placeholder_format.type == PP_PLACEHOLDER.TITLE
        assert len(list(pptx_slide.placeholders)) == 1
        picture = _pictures(pptx_slide)[0]
        assert picture.left >= 0 and picture.left + picture.width <= result.slide_width
        assert picture.top >= 0 and picture.top + picture.height <= result.slide_height


def test_a_powerpoint_template_file_potx_is_accepted(slides: list[Slide]) -> None:
    source = zipfile.ZipFile(io.BytesIO(_template()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as potx:
        for name in source.namelist():
            content = source.read(name)
            if name == "[Content_Types].xml":
                content = content.replace(b"presentation.main+xml", b"template.main+xml")
            potx.writestr(name, content)
    with pytest.raises(ValueError):  # python-pptx itself refuses a .potx
        Presentation(io.BytesIO(buffer.getvalue()))
    result = Presentation(io.BytesIO(build_deck(slides[:1], INFO, template=buffer.getvalue())))
    assert len(result.slides) == 2
    assert result.slides[1].slide_layout.name == "Title Only"


@pytest.mark.parametrize(
    "data",
    [b"", b"not a presentation at all", b"PK\x03\x04broken zip", "docx"],
    ids=["empty", "text", "broken-zip", "other-zip"],
)
def test_a_broken_template_raises_a_clear_swedish_error(data: bytes | str) -> None:
    if data == "docx":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
        data = buffer.getvalue()
    with pytest.raises(DeckTemplateError) as caught:
        build_deck([], INFO, template=data)  # type: ignore[arg-type]
    assert "Mallen kunde inte läsas som en PowerPoint-fil (.pptx)" in str(caught.value)
    assert "could not be read as a PowerPoint file" in caught.value.message("en")


def test_save_an_example_deck(
    deck_bytes: bytes, deck: PresentationObject, artifacts_dir: Path
) -> None:
    path = artifacts_dir / "presentation_deck.pptx"
    path.write_bytes(deck_bytes)
    assert Presentation(str(path)).slides[1].shapes.title.text == deck.slides[1].shapes.title.text
