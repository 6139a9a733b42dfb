"""The deck's presentation and layouts: python-pptx's default theme widened to 16:9, or a
user's template (a .pptx or .potx, its own slides removed), and the layouts chosen from it for
the title slide and the chart slides."""

from __future__ import annotations

import io
import zipfile

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.presentation import Presentation as PresentationObject
from pptx.slide import SlideLayout
from pptx.util import Emu

WIDE_SIZE = (Emu(12_192_000), Emu(6_858_000))  # 13.333 × 7.5 in, PowerPoint's 16:9

_TEXTS = {
    "sv": {
        "template_unreadable": "Mallen kunde inte läsas som en PowerPoint-fil (.pptx). "
        "Välj en annan fil eller spara mallen på nytt i PowerPoint som .pptx.",
        "template_no_layouts": "Mallen har inga bildlayouter att bygga bilderna på. "
        "Välj en annan mall.",
    },
    "en": {
        "template_unreadable": "The template could not be read as a PowerPoint file (.pptx). "
        "Choose another file or save the template again in PowerPoint as .pptx.",
        "template_no_layouts": "The template has no slide layouts to build the slides on. "
        "Choose another template.",
    },
}

TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
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
        return _TEXTS["en" if language == "en" else "sv"][self.key]


def default_presentation() -> PresentationObject:
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


def open_template(template: bytes) -> PresentationObject:
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


def title_layout(presentation: PresentationObject) -> SlideLayout:
    """The first layout with a title and a subtitle, else the first with a title, else the first."""
    layouts = list(presentation.slide_layouts)
    for layout in layouts:
        types = _types(layout)
        if PP_PLACEHOLDER.SUBTITLE in types and any(t in TITLE_TYPES for t in types):
            return layout
    return next((lo for lo in layouts if any(t in TITLE_TYPES for t in _types(lo))), layouts[0])


def chart_layout(presentation: PresentationObject) -> SlideLayout:
    """A layout with a title and as little else as possible, "Title Only" when there is one."""
    layouts = list(presentation.slide_layouts)

    def rank(position: int) -> tuple[int, int, int, int]:
        layout = layouts[position]
        types = _types(layout)
        named = any(name in layout.name.lower() for name in _CHART_LAYOUT_NAMES)
        has_title = PP_PLACEHOLDER.TITLE in types or PP_PLACEHOLDER.CENTER_TITLE in types
        plain_title = PP_PLACEHOLDER.TITLE in types
        others = sum(t not in TITLE_TYPES for t in types)
        return (not has_title, not named, not plain_title, others * 100 + position)

    return layouts[min(range(len(layouts)), key=rank)]
