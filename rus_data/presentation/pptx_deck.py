"""The PowerPoint deck: a title slide and one slide per chart, in a sober 16:9 look or a template.

A deck with key messages (``DeckInfo.key_messages``) gets a summary slide after the title.
Each chart slide has its title in the layout's title placeholder, its one-line message (if
any) below it, the chart as a PNG (rendered once per spec at scale 2) fitted into the free
area, a source line, the slide number and the speaker's comment in the notes. Without a
template the deck uses python-pptx's default theme, widened to 16:9, with white ground, dark
text and one accent colour; with a user's template it takes that template's size, layouts and
look and only adds the message, chart, source line and number.
The template and layouts are chosen in :mod:`~rus_data.presentation.pptx_template`, the boxes
measured in :mod:`~rus_data.presentation.pptx_layout`, shapes and text drawn by
:mod:`~rus_data.presentation.pptx_shapes`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR
from pptx.presentation import Presentation as PresentationObject
from pptx.slide import Slide as PptxSlide
from pptx.slide import SlideLayout
from pptx.util import Inches, Pt

from rus_data.charts.export import chart_png
from rus_data.charts.render_worker import ChartRenderError
from rus_data.presentation.free_text import clean_line, clean_lines
from rus_data.presentation.pptx_layout import (
    Box,
    SlideFrame,
    chart_area,
    fit_picture,
    png_size,
)
from rus_data.presentation.pptx_shapes import (
    INK,
    MUTED,
    accent_bar,
    footer_text,
    keep_placeholders,
    place,
    slide_number,
    style_runs,
    write,
)
from rus_data.presentation.pptx_template import (
    TITLE_TYPES,
    DeckTemplateError,
    chart_layout,
    default_presentation,
    open_template,
    title_layout,
)
from rus_data.presentation.rendering import render_all, renderable_spec
from rus_data.presentation.slide import DeckInfo, Slide
from rus_data.presentation.texts import demo_notice, source_text
from rus_data.text.formats import format_date

__all__ = ["DeckTemplateError", "build_deck"]

_PICTURE_TEXT = {"sv": "Diagram: {title}", "en": "Chart: {title}"}
_SUMMARY_TITLE = {"sv": "Det viktigaste – {area}", "en": "Key messages – {area}"}
_LANGUAGE_IDS = {"sv": MSO_LANGUAGE_ID.SWEDISH, "en": MSO_LANGUAGE_ID.ENGLISH_UK}


def build_deck(slides: Sequence[Slide], info: DeckInfo, template: bytes | None = None) -> bytes:
    """A .pptx: a title slide, then one slide per chart; ``template`` is a user's own .pptx.

    Raises :class:`DeckTemplateError` when the template cannot be read or has no layouts.
    """
    styled = template is None
    presentation = default_presentation() if template is None else open_template(template)
    frame = SlideFrame(int(presentation.slide_width or 0), int(presentation.slide_height or 0))
    title_slide_layout, chart_slide_layout = title_layout(presentation), chart_layout(presentation)
    specs = [renderable_spec(item.spec_json, item.source_line) for item in slides]
    pngs = render_all(chart_png, specs)
    _add_title_slide(
        presentation, title_slide_layout, info, any(s.shows_demo for s in slides), frame, styled
    )
    first = 2
    if info.key_messages:
        demo = any(s.shows_demo for s in slides)
        _add_summary_slide(presentation, chart_slide_layout, info, first, frame, styled, demo)
        first += 1
    for number, (item, spec) in enumerate(zip(slides, specs, strict=True), start=first):
        _add_chart_slide(
            presentation, chart_slide_layout, item, pngs[spec], number, info.language, frame, styled
        )
    properties = presentation.core_properties
    properties.title = clean_line(info.title, 255)
    properties.subject = clean_line(info.area, 255)
    properties.language = "en-GB" if info.language == "en" else "sv-SE"
    output = io.BytesIO()
    presentation.save(output)
    return output.getvalue()


def _add_title_slide(
    presentation: PresentationObject,
    layout: SlideLayout,
    info: DeckInfo,
    shows_demo: bool,
    frame: SlideFrame,
    styled: bool,
) -> None:
    language = _LANGUAGE_IDS.get(info.language, MSO_LANGUAGE_ID.SWEDISH)
    slide = presentation.slides.add_slide(layout)
    keep_placeholders(slide, (*TITLE_TYPES, PP_PLACEHOLDER.SUBTITLE))
    lines = [info.area, format_date(info.date, info.language)]
    if shows_demo:
        lines.append(demo_notice(info.language))
    title = slide.shapes.title
    subtitle = next(
        (p for p in slide.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE),
        None,
    )
    if styled:
        margin, width = frame.margin, frame.width - 2 * frame.margin
        title_box = Box(margin, round(frame.height * 0.26), width, round(frame.height * 0.22))
        bar_top = title_box.bottom + frame.gap
        accent_bar(slide, Box(margin, bar_top, Inches(1.5), Pt(5)))
        subtitle_box = Box(margin, bar_top + 2 * frame.gap, width, round(frame.height * 0.3))
    else:
        title_box = subtitle_box = None
    if title is not None:
        place(title, title_box)
        write(title.text_frame, [info.title], language, styled, size=40, anchor=MSO_ANCHOR.BOTTOM)
    if subtitle is None:
        footer = frame.footer
        top = frame.height // 2 if title is None else title.top + title.height + frame.gap
        height = max(footer.top - top, round(frame.height * 0.2))
        subtitle = slide.shapes.add_textbox(
            frame.margin, top, frame.width - 2 * frame.margin, height
        )
        subtitle.text_frame.word_wrap = True
        styled = True
    else:
        place(subtitle, subtitle_box)
    write(subtitle.text_frame, lines, language, styled, size=22, anchor=MSO_ANCHOR.TOP)
    if styled:
        paragraphs = subtitle.text_frame.paragraphs
        style_runs(paragraphs[1], size=18, colour=MUTED)
        if shows_demo:
            style_runs(paragraphs[2], size=16, bold=True)
            paragraphs[2].space_before = Pt(18)


def _add_summary_slide(
    presentation: PresentationObject,
    layout: SlideLayout,
    info: DeckInfo,
    number: int,
    frame: SlideFrame,
    styled: bool,
    shows_demo: bool,
) -> None:
    """The key messages in plain words, one paragraph each, under the title "Det viktigaste"."""
    language = _LANGUAGE_IDS.get(info.language, MSO_LANGUAGE_ID.SWEDISH)
    slide = presentation.slides.add_slide(layout)
    keep_placeholders(slide, TITLE_TYPES)
    title = slide.shapes.title
    heading = _SUMMARY_TITLE["en" if info.language == "en" else "sv"].format(area=info.area)
    if styled and title is not None:
        place(title, frame.title_box())
        _accent_under(slide, frame)
    if title is not None:
        write(title.text_frame, [heading], language, styled, size=28, anchor=MSO_ANCHOR.BOTTOM)
    below = frame.message_box().top - frame.gap if styled else None
    area = chart_area(slide, frame, styled, below)
    box = slide.shapes.add_textbox(area.left, area.top, area.width, area.height)
    box.name = "Key messages"
    write(
        box.text_frame,
        [f"• {line}" for line in info.key_messages],
        language,
        True,
        size=20,
        anchor=MSO_ANCHOR.TOP,
    )
    for paragraph in box.text_frame.paragraphs:
        paragraph.space_after = Pt(12)
    if shows_demo:  # the messages are made from the demo data too
        footer_text(slide, frame.source_box(), demo_notice(info.language), language)
    slide_number(slide, frame.number_box(), number, language)


def _accent_under(slide: PptxSlide, frame: SlideFrame) -> None:
    """The short accent bar under a chart slide's title."""
    title = frame.title_box()
    accent_bar(slide, Box(frame.margin, title.bottom + frame.gap, Inches(0.9), Pt(4)))


def _add_chart_slide(
    presentation: PresentationObject,
    layout: SlideLayout,
    item: Slide,
    png: bytes | ChartRenderError,
    number: int,
    deck_language: str,
    frame: SlideFrame,
    styled: bool,
) -> None:
    language = _LANGUAGE_IDS.get(deck_language, MSO_LANGUAGE_ID.SWEDISH)
    slide = presentation.slides.add_slide(layout)
    keep_placeholders(slide, TITLE_TYPES)
    title = slide.shapes.title
    if styled and title is not None:
        place(title, frame.title_box())
        _accent_under(slide, frame)
    if title is not None:
        write(title.text_frame, [item.title], language, styled, size=24, anchor=MSO_ANCHOR.BOTTOM)
    message = clean_line(item.message)
    if styled:
        below = frame.message_box().bottom if message else frame.title_box().bottom
        area = chart_area(slide, frame, styled, below)
        message_box = frame.message_box()
    else:
        area = chart_area(slide, frame, styled)
        message_box = Box(area.left, area.top, area.width, frame.message_box().height)
        if message:
            area = Box(area.left, message_box.bottom, area.width, area.height - message_box.height)
    if message:
        shape = slide.shapes.add_textbox(
            message_box.left, message_box.top, message_box.width, message_box.height
        )
        shape.name = "Message"
        write(shape.text_frame, [message], language, True, size=18, anchor=MSO_ANCHOR.TOP)
        style_runs(shape.text_frame.paragraphs[0], size=18, colour=INK, bold=True)
    if isinstance(png, ChartRenderError):  # the slide says so instead of losing the deck
        missing = slide.shapes.add_textbox(area.left, area.top, area.width, area.height)
        missing.name = "Chart missing"
        text = [png.message(deck_language)]
        write(missing.text_frame, text, language, True, size=18, anchor=MSO_ANCHOR.MIDDLE)
    else:
        picture_box = fit_picture(png_size(png), area)
        picture = slide.shapes.add_picture(
            io.BytesIO(png),
            picture_box.left,
            picture_box.top,
            picture_box.width,
            picture_box.height,
        )
        picture.name = "Chart"
        description = _PICTURE_TEXT["en" if deck_language == "en" else "sv"].format(
            title=item.title
        )
        picture._element.nvPicPr.cNvPr.set("descr", clean_line(description))
    footer_text(slide, frame.source_box(), source_text(item, deck_language), language)
    slide_number(slide, frame.number_box(), number, language)
    if notes := clean_lines(item.notes):
        slide.notes_slide.notes_text_frame.text = notes
