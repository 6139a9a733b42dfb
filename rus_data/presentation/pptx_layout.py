"""Where things go on a deck's slide: boxes, margins, the footer, and the chart picture fitted
into the free area of its slide."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from pptx.slide import Slide as PptxSlide
from pptx.util import Inches, Pt

# A chart is never blown up beyond 1.5 pt per pixel of its scale-1 rendering, so a small chart's
# 11 px labels stay at about 16 pt instead of filling the slide with giant type.
MAX_POINTS_PER_CHART_PIXEL = 1.5


@dataclass(frozen=True)
class Box:
    """A rectangle on a slide, in EMU."""

    left: int
    top: int
    width: int
    height: int

    @property
    def bottom(self) -> int:
        """The lower edge."""
        return self.top + self.height


@dataclass(frozen=True)
class SlideFrame:
    """Where things go on a slide of a given size."""

    width: int
    height: int

    @property
    def margin(self) -> int:
        """The left and right margin."""
        return round(self.width * 0.045)  # 0.6 in on a 16:9 slide

    @property
    def gap(self) -> int:
        """The space between stacked things."""
        return round(self.height * 0.02)

    @property
    def footer(self) -> Box:
        """The band of the source line and the number, near the bottom edge."""
        height = round(self.height * 0.05)
        return Box(self.margin, self.height - round(self.height * 0.035) - height, 0, height)

    def title_box(self) -> Box:
        """The title of a chart slide in the default look: one line at the top."""
        width = self.width - 2 * self.margin
        return Box(self.margin, round(self.height * 0.03), width, round(self.height * 0.08))

    def message_box(self) -> Box:
        """The slide's key message in the default look: below the title and its accent bar."""
        top = self.title_box().bottom + 2 * self.gap + Pt(4)
        return Box(self.margin, top, self.width - 2 * self.margin, round(self.height * 0.065))

    def source_box(self) -> Box:
        """The source line's box: the footer but for the number's room on the right."""
        footer = self.footer
        return Box(self.margin, footer.top, self.width - 2 * self.margin - Inches(1), footer.height)

    def number_box(self) -> Box:
        """The slide number's box, at the footer's right end."""
        footer = self.footer
        return Box(self.width - self.margin - Inches(0.9), footer.top, Inches(0.9), footer.height)


SLIDE_WIDTH, SLIDE_HEIGHT = Inches(40 / 3), Inches(7.5)  # the default look's 16:9


def chart_size_points(with_message: bool = True) -> tuple[int, int]:
    """Width and height, in points, of the chart area of a default 16:9 chart slide.

    A chart drawn with this many pixels is placed at one point per pixel, so a 13 px label
    reads at 13 pt on the slide.
    """
    frame = SlideFrame(SLIDE_WIDTH, SLIDE_HEIGHT)
    top = frame.message_box().bottom if with_message else frame.title_box().bottom
    bottom = frame.footer.top - frame.gap
    width = frame.width - 2 * frame.margin
    return int(width / Pt(1)), int((bottom - top - frame.gap) / Pt(1))


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, from the PNG's header."""
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def chart_area(slide: PptxSlide, frame: SlideFrame, styled: bool, below: int | None = None) -> Box:
    """The free part of a chart slide: below the title (or above it), above the footer;
    in the default look below ``below`` (the key message's lower edge) when given."""
    left, width = frame.margin, frame.width - 2 * frame.margin
    bottom = frame.footer.top - frame.gap
    if styled and below is not None:
        return Box(left, below + frame.gap, width, bottom - below - frame.gap)
    title = slide.shapes.title
    if title is None:
        return Box(left, frame.margin, width, bottom - frame.margin)
    title_top, title_bottom = int(title.top or 0), int((title.top or 0) + (title.height or 0))
    if styled:
        title_bottom += frame.gap + Pt(4)  # the accent bar under the title
    if title_top + title_bottom < frame.height:  # the title sits in the upper half
        top = title_bottom + frame.gap
    else:
        top, bottom = frame.margin, min(bottom, title_top - frame.gap)
    if bottom - top < frame.height // 3:  # a layout whose title leaves no room: use the body
        top, bottom = frame.margin, frame.footer.top - frame.gap
    return Box(left, top, width, bottom - top)


def fit_picture(pixels: tuple[int, int], area: Box) -> Box:
    """The largest box of the picture's aspect ratio inside ``area``, centred in it."""
    width_px, height_px = pixels
    limit = Pt(MAX_POINTS_PER_CHART_PIXEL) / 2  # per pixel of the scale-2 PNG
    scale = min(area.width / width_px, area.height / height_px, limit)
    width, height = round(width_px * scale), round(height_px * scale)
    return Box(
        area.left + (area.width - width) // 2, area.top + (area.height - height) // 2, width, height
    )
