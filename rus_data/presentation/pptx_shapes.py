"""Shapes and text on a deck's slide: placeholders kept or placed, the accent bar, styled
paragraphs, the source line and the slide-number field.

Every text goes through :mod:`~rus_data.presentation.free_text` first: PowerPoint's XML
refuses control characters, and python-pptx raises on them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.slide import Slide as PptxSlide
from pptx.text.text import TextFrame
from pptx.util import Pt

from rus_data.presentation.free_text import SOURCE_LIMIT, clean_line
from rus_data.presentation.pptx_layout import Box

ACCENT = RGBColor(0x00, 0x72, 0xB2)  # Okabe–Ito blue, the colour of the chosen area in charts
INK = RGBColor(0x1F, 0x1F, 0x1F)
MUTED = RGBColor(0x59, 0x59, 0x59)


def keep_placeholders(slide: PptxSlide, kept: Sequence[PP_PLACEHOLDER]) -> None:
    """Remove the placeholders the slide does not use (an empty one shows "Click to add …")."""
    for placeholder in list(slide.placeholders):
        if placeholder.placeholder_format.type not in kept:
            placeholder._element.getparent().remove(placeholder._element)


def place(shape: object, box: Box | None) -> None:
    """Move and size ``shape`` to ``box``; with None it stays where its layout put it."""
    if box is not None:
        shape.left, shape.top = box.left, box.top  # type: ignore[attr-defined]
        shape.width, shape.height = box.width, box.height  # type: ignore[attr-defined]


def accent_bar(slide: PptxSlide, box: Box) -> None:
    """A flat bar of the accent colour filling ``box``."""
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, box.left, box.top, box.width, box.height)
    bar.name = "Accent"
    bar.fill.solid()
    bar.fill.fore_color.rgb = ACCENT
    bar.line.fill.background()
    bar.shadow.inherit = False


def write(
    text_frame: TextFrame,
    lines: Sequence[str],
    language: MSO_LANGUAGE_ID,
    styled: bool,
    *,
    size: int,
    anchor: MSO_ANCHOR,
) -> None:
    """One paragraph per line; in the default look left-aligned, dark and of the given size."""
    text_frame.text = "\n".join(clean_line(line) for line in lines)
    for paragraph in text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.language_id = language
        if styled:
            paragraph.alignment = PP_ALIGN.LEFT
            style_runs(paragraph, size=size, colour=INK)
    if styled:
        text_frame.vertical_anchor = anchor
        text_frame.word_wrap = True


def style_runs(
    paragraph: object, *, size: int, colour: RGBColor | None = None, bold: bool = False
) -> None:
    """Size, weight and (if given) colour of every run of ``paragraph``."""
    for run in paragraph.runs:  # type: ignore[attr-defined]
        run.font.size = Pt(size)
        run.font.bold = bold
        if colour is not None:
            run.font.color.rgb = colour


def footer_text(slide: PptxSlide, box: Box, text: str, language: MSO_LANGUAGE_ID) -> None:
    """The source line: a text box in the footer, small and muted."""
    shape = slide.shapes.add_textbox(box.left, box.top, box.width, box.height)
    shape.name = "Source"
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    frame.text = clean_line(text, SOURCE_LIMIT)
    for run in frame.paragraphs[0].runs:
        _footer_font(run.font, language)


def slide_number(slide: PptxSlide, box: Box, number: int, language: MSO_LANGUAGE_ID) -> None:
    """The number as a PowerPoint slide-number field, so it follows the slide when moved."""
    shape = slide.shapes.add_textbox(box.left, box.top, box.width, box.height)
    shape.name = "Slide number"
    frame = shape.text_frame
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.RIGHT
    field = parse_xml(
        f'<a:fld {nsdecls("a")} id="{{{str(uuid.uuid4()).upper()}}}" type="slidenum">'
        f"<a:rPr/><a:t>{number}</a:t></a:fld>"
    )
    paragraph._p.append(field)
    run = paragraph.add_run()  # a helper run to set the field's font through python-pptx
    _footer_font(run.font, language)
    field.replace(field.rPr, run._r.get_or_add_rPr())
    paragraph._p.remove(run._r)


def _footer_font(font: object, language: MSO_LANGUAGE_ID) -> None:
    font.size = Pt(12)  # type: ignore[attr-defined]
    font.language_id = language  # type: ignore[attr-defined]
    font.color.theme_color = MSO_THEME_COLOR.TEXT_1  # type: ignore[attr-defined]
    font.color.brightness = 0.35  # type: ignore[attr-defined]
