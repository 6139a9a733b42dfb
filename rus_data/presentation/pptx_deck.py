"""The PowerPoint deck: a title slide and one slide per chart, in a sober 16:9 look or a template.

Each chart slide has its title in the layout's title placeholder, the chart as a PNG (rendered
once per spec at scale 2) fitted into the free area, a source line, the slide number and the
speaker's comment in the notes. Without a template the deck uses python-pptx's default theme,
widened to 16:9, with white ground, dark text and one accent colour; with a user's template it
takes that template's size, layouts and look and only adds the chart, source line and number.
"""

from __future__ import annotations

import io
import struct
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.lang import MSO_LANGUAGE_ID
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.presentation import Presentation as PresentationObject
from pptx.slide import Slide as PptxSlide
from pptx.slide import SlideLayout
from pptx.text.text import TextFrame
from pptx.util import Emu, Inches, Pt

from rus_data.charts.export import chart_png
from rus_data.presentation.rendering import render_all, renderable_spec
from rus_data.presentation.slide import DeckInfo, Slide
from rus_data.presentation.texts import demo_notice, long_date, source_text

WIDE_SIZE = (Emu(12_192_000), Emu(6_858_000))  # 13.333 × 7.5 in, PowerPoint's 16:9
ACCENT = RGBColor(0x00, 0x72, 0xB2)  # Okabe–Ito blue, the colour of the chosen area in charts
INK = RGBColor(0x1F, 0x1F, 0x1F)
MUTED = RGBColor(0x59, 0x59, 0x59)
# A chart is never blown up beyond 1.5 pt per pixel of its scale-1 rendering, so a small chart's
# 11 px labels stay at about 16 pt instead of filling the slide with giant type.
MAX_POINTS_PER_CHART_PIXEL = 1.5

_TEXTS = {
    "sv": {
        "picture": "Diagram: {title}",
        "template_unreadable": "Mallen kunde inte läsas som en PowerPoint-fil (.pptx). "
        "Välj en annan fil eller spara mallen på nytt i PowerPoint som .pptx.",
        "template_no_layouts": "Mallen har inga bildlayouter att bygga bilderna på. "
        "Välj en annan mall.",
    },
    "en": {
        "picture": "Chart: {title}",
        "template_unreadable": "The template could not be read as a PowerPoint file (.pptx). "
        "Choose another file or save the template again in PowerPoint as .pptx.",
        "template_no_layouts": "The template has no slide layouts to build the slides on. "
        "Choose another template.",
    },
}
_LANGUAGE_IDS = {"sv": MSO_LANGUAGE_ID.SWEDISH, "en": MSO_LANGUAGE_ID.ENGLISH_UK}

_TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
_CHART_LAYOUT_NAMES = ("title only", "endast rubrik", "endast titel", "nur titel", "titre seul")
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_DECK_TYPE = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


class DeckTemplateError(ValueError):
    """A template that cannot be used. ``str()`` is the Swedish message; see :meth:`message`."""

    def __init__(self, key: str) -> None:
        super().__init__(_TEXTS["sv"][key])
        self.key = key

    def message(self, language: str) -> str:
        """The message in the user's language."""
        return _texts(language)[self.key]


@dataclass(frozen=True)
class _Box:
    left: int
    top: int
    width: int
    height: int

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass(frozen=True)
class _Frame:
    """Where things go on a slide of a given size."""

    width: int
    height: int

    @property
    def margin(self) -> int:
        return round(self.width * 0.045)  # 0.6 in on a 16:9 slide

    @property
    def gap(self) -> int:
        return round(self.height * 0.02)

    @property
    def footer(self) -> _Box:
        height = round(self.height * 0.05)
        return _Box(self.margin, self.height - round(self.height * 0.06) - height, 0, height)

    def source_box(self) -> _Box:
        footer = self.footer
        return _Box(
            self.margin, footer.top, self.width - 2 * self.margin - Inches(1), footer.height
        )

    def number_box(self) -> _Box:
        footer = self.footer
        return _Box(self.width - self.margin - Inches(0.9), footer.top, Inches(0.9), footer.height)


def _texts(language: str) -> dict[str, str]:
    return _TEXTS["en" if language == "en" else "sv"]


def build_deck(slides: Sequence[Slide], info: DeckInfo, template: bytes | None = None) -> bytes:
    """A .pptx: a title slide, then one slide per chart; ``template`` is a user's own .pptx.

    Raises :class:`DeckTemplateError` when the template cannot be read or has no layouts.
    """
    styled = template is None
    presentation = _default_presentation() if template is None else _open_template(template)
    frame = _Frame(int(presentation.slide_width or 0), int(presentation.slide_height or 0))
    title_layout, chart_layout = _title_layout(presentation), _chart_layout(presentation)
    specs = [renderable_spec(item.spec_json, item.source_line) for item in slides]
    pngs = render_all(chart_png, specs)
    _add_title_slide(
        presentation, title_layout, info, any(s.shows_demo for s in slides), frame, styled
    )
    for number, (item, spec) in enumerate(zip(slides, specs, strict=True), start=2):
        _add_chart_slide(
            presentation, chart_layout, item, pngs[spec], number, info.language, frame, styled
        )
    properties = presentation.core_properties
    properties.title = info.title[:255]
    properties.subject = info.area[:255]
    properties.language = "en-GB" if info.language == "en" else "sv-SE"
    output = io.BytesIO()
    presentation.save(output)
    return output.getvalue()


# --- Presentation and layouts ------------------------------------------------------------------


def _default_presentation() -> PresentationObject:
    """python-pptx's default theme at 16:9, its master and layouts widened to match."""
    presentation = Presentation()
    old_width = int(presentation.slide_width or 0)
    presentation.slide_width, presentation.slide_height = WIDE_SIZE
    ratio = WIDE_SIZE[0] / old_width
    for shapes in (
        presentation.slide_master.shapes,
        *(layout.shapes for layout in presentation.slide_layouts),
    ):
        for shape in shapes:
            xfrm = getattr(shape._element, "xfrm", None)
            if xfrm is not None and xfrm.off is not None and xfrm.ext is not None:
                xfrm.off.x, xfrm.ext.cx = round(xfrm.off.x * ratio), round(xfrm.ext.cx * ratio)
    return presentation


def _open_template(template: bytes) -> PresentationObject:
    """A user's template with its own slides removed; a .potx is read like a .pptx."""
    try:
        presentation = Presentation(io.BytesIO(_as_presentation(template)))
    except Exception as error:  # whatever fails while opening, the file is not a usable .pptx
        raise DeckTemplateError("template_unreadable") from error
    if not len(presentation.slide_layouts):
        raise DeckTemplateError("template_no_layouts")
    slide_ids = presentation.slides._sldIdLst
    for slide_id in list(slide_ids):
        slide_ids.remove(slide_id)
        presentation.part.drop_rel(slide_id.rId)
    return presentation


def _as_presentation(data: bytes) -> bytes:
    """A PowerPoint template (.potx) relabelled as a presentation; anything else as it is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = archive.read("[Content_Types].xml")
            if _TEMPLATE_TYPE not in types:
                return data
            output = io.BytesIO()
            with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as copy:
                for item in archive.infolist():
                    content = archive.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        content = content.replace(_TEMPLATE_TYPE, _DECK_TYPE)
                    copy.writestr(item, content)
            return output.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data


def _types(layout: SlideLayout) -> list[PP_PLACEHOLDER]:
    return [p.placeholder_format.type for p in layout.iter_cloneable_placeholders()]


def _title_layout(presentation: PresentationObject) -> SlideLayout:
    """The first layout with a title and a subtitle, else the first with a title, else the first."""
    layouts = list(presentation.slide_layouts)
    for layout in layouts:
        types = _types(layout)
        if PP_PLACEHOLDER.SUBTITLE in types and any(t in _TITLE_TYPES for t in types):
            return layout
    return next((lo for lo in layouts if any(t in _TITLE_TYPES for t in _types(lo))), layouts[0])


def _chart_layout(presentation: PresentationObject) -> SlideLayout:
    """A layout with a title and as little else as possible, "Title Only" when there is one."""
    layouts = list(presentation.slide_layouts)

    def rank(position: int) -> tuple[int, int, int, int]:
        layout = layouts[position]
        types = _types(layout)
        named = any(name in layout.name.lower() for name in _CHART_LAYOUT_NAMES)
        has_title = PP_PLACEHOLDER.TITLE in types or PP_PLACEHOLDER.CENTER_TITLE in types
        plain_title = PP_PLACEHOLDER.TITLE in types
        others = sum(t not in _TITLE_TYPES for t in types)
        return (not has_title, not named, not plain_title, others * 100 + position)

    return layouts[min(range(len(layouts)), key=rank)]


# --- Slides ------------------------------------------------------------------------------------


def _add_title_slide(
    presentation: PresentationObject,
    layout: SlideLayout,
    info: DeckInfo,
    shows_demo: bool,
    frame: _Frame,
    styled: bool,
) -> None:
    language = _LANGUAGE_IDS.get(info.language, MSO_LANGUAGE_ID.SWEDISH)
    slide = presentation.slides.add_slide(layout)
    _keep_placeholders(slide, (*_TITLE_TYPES, PP_PLACEHOLDER.SUBTITLE))
    lines = [info.area, long_date(info.date, info.language)]
    if shows_demo:
        lines.append(demo_notice(info.language))
    title = slide.shapes.title
    subtitle = next(
        (p for p in slide.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE),
        None,
    )
    if styled:
        margin, width = frame.margin, frame.width - 2 * frame.margin
        title_box = _Box(margin, round(frame.height * 0.26), width, round(frame.height * 0.22))
        bar_top = title_box.bottom + frame.gap
        _accent_bar(slide, _Box(margin, bar_top, Inches(1.5), Pt(5)))
        subtitle_box = _Box(margin, bar_top + 2 * frame.gap, width, round(frame.height * 0.3))
    else:
        title_box = subtitle_box = None
    if title is not None:
        _place(title, title_box)
        _write(title.text_frame, [info.title], language, styled, size=40, anchor=MSO_ANCHOR.BOTTOM)
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
        _place(subtitle, subtitle_box)
    _write(subtitle.text_frame, lines, language, styled, size=22, anchor=MSO_ANCHOR.TOP)
    if styled:
        paragraphs = subtitle.text_frame.paragraphs
        _style_runs(paragraphs[1], size=18, colour=MUTED)
        if shows_demo:
            _style_runs(paragraphs[2], size=16, bold=True)
            paragraphs[2].space_before = Pt(18)


def _add_chart_slide(
    presentation: PresentationObject,
    layout: SlideLayout,
    item: Slide,
    png: bytes,
    number: int,
    deck_language: str,
    frame: _Frame,
    styled: bool,
) -> None:
    language = _LANGUAGE_IDS.get(deck_language, MSO_LANGUAGE_ID.SWEDISH)
    slide = presentation.slides.add_slide(layout)
    _keep_placeholders(slide, _TITLE_TYPES)
    title = slide.shapes.title
    if styled and title is not None:
        width = frame.width - 2 * frame.margin
        box = _Box(frame.margin, round(frame.height * 0.04), width, round(frame.height * 0.11))
        _place(title, box)
        _accent_bar(slide, _Box(frame.margin, box.bottom + frame.gap, Inches(0.9), Pt(4)))
    if title is not None:
        _write(title.text_frame, [item.title], language, styled, size=26, anchor=MSO_ANCHOR.BOTTOM)
    picture_box = _fit(_png_size(png), _chart_area(slide, frame, styled))
    picture = slide.shapes.add_picture(
        io.BytesIO(png), picture_box.left, picture_box.top, picture_box.width, picture_box.height
    )
    picture.name = "Chart"
    description = _texts(deck_language)["picture"].format(title=item.title)
    picture._element.nvPicPr.cNvPr.set("descr", description)
    _footer_text(slide, frame.source_box(), source_text(item, deck_language), language)
    _slide_number(slide, frame.number_box(), number, language)
    if item.notes.strip():
        slide.notes_slide.notes_text_frame.text = item.notes


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, from the PNG's header."""
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _chart_area(slide: PptxSlide, frame: _Frame, styled: bool) -> _Box:
    """The free part of a chart slide: below the title (or above it), above the footer."""
    left, width = frame.margin, frame.width - 2 * frame.margin
    bottom = frame.footer.top - frame.gap
    title = slide.shapes.title
    if title is None:
        return _Box(left, frame.margin, width, bottom - frame.margin)
    title_top, title_bottom = int(title.top or 0), int((title.top or 0) + (title.height or 0))
    if styled:
        title_bottom += frame.gap + Pt(4)  # the accent bar under the title
    if title_top + title_bottom < frame.height:  # the title sits in the upper half
        top = title_bottom + frame.gap
    else:
        top, bottom = frame.margin, min(bottom, title_top - frame.gap)
    if bottom - top < frame.height // 3:  # a layout whose title leaves no room: use the body
        top, bottom = frame.margin, frame.footer.top - frame.gap
    return _Box(left, top, width, bottom - top)


def _fit(pixels: tuple[int, int], area: _Box) -> _Box:
    """The largest box of the picture's aspect ratio inside ``area``, centred in it."""
    width_px, height_px = pixels
    limit = Pt(MAX_POINTS_PER_CHART_PIXEL) / 2  # per pixel of the scale-2 PNG
    scale = min(area.width / width_px, area.height / height_px, limit)
    width, height = round(width_px * scale), round(height_px * scale)
    return _Box(
        area.left + (area.width - width) // 2, area.top + (area.height - height) // 2, width, height
    )


# --- Shapes and text ---------------------------------------------------------------------------


def _keep_placeholders(slide: PptxSlide, kept: Sequence[PP_PLACEHOLDER]) -> None:
    """Remove the placeholders the slide does not use (an empty one shows "Click to add …")."""
    for placeholder in list(slide.placeholders):
        if placeholder.placeholder_format.type not in kept:
            placeholder._element.getparent().remove(placeholder._element)


def _place(shape: object, box: _Box | None) -> None:
    if box is not None:
        shape.left, shape.top, shape.width, shape.height = (  # type: ignore[attr-defined]
            box.left,
            box.top,
            box.width,
            box.height,
        )


def _accent_bar(slide: PptxSlide, box: _Box) -> None:
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, box.left, box.top, box.width, box.height)
    bar.name = "Accent"
    bar.fill.solid()
    bar.fill.fore_color.rgb = ACCENT
    bar.line.fill.background()
    bar.shadow.inherit = False


def _write(
    text_frame: TextFrame,
    lines: Sequence[str],
    language: MSO_LANGUAGE_ID,
    styled: bool,
    *,
    size: int,
    anchor: MSO_ANCHOR,
) -> None:
    """One paragraph per line; in the default look left-aligned, dark and of the given size."""
    text_frame.text = "\n".join(lines)
    for paragraph in text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.language_id = language
        if styled:
            paragraph.alignment = PP_ALIGN.LEFT
            _style_runs(paragraph, size=size, colour=INK)
    if styled:
        text_frame.vertical_anchor = anchor
        text_frame.word_wrap = True


def _style_runs(
    paragraph: object, *, size: int, colour: RGBColor | None = None, bold: bool = False
) -> None:
    for run in paragraph.runs:  # type: ignore[attr-defined]
        run.font.size = Pt(size)
        run.font.bold = bold
        if colour is not None:
            run.font.color.rgb = colour


def _footer_text(slide: PptxSlide, box: _Box, text: str, language: MSO_LANGUAGE_ID) -> None:
    shape = slide.shapes.add_textbox(box.left, box.top, box.width, box.height)
    shape.name = "Source"
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    frame.text = text
    for run in frame.paragraphs[0].runs:
        _footer_font(run.font, language)


def _slide_number(slide: PptxSlide, box: _Box, number: int, language: MSO_LANGUAGE_ID) -> None:
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
    font.size = Pt(11)  # type: ignore[attr-defined]
    font.language_id = language  # type: ignore[attr-defined]
    font.color.theme_color = MSO_THEME_COLOR.TEXT_1  # type: ignore[attr-defined]
    font.color.brightness = 0.35  # type: ignore[attr-defined]
