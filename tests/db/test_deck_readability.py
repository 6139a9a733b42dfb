"""The yearly deck projected unedited: key messages first, a message on every chart slide,
no text under 12 pt (text boxes and the charts' own labels), at most one map slide per six
objectives, and every slide kind rendered to PNG (LibreOffice) for a person to look at."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from PIL import Image
from pptx import Presentation
from pptx.presentation import Presentation as PresentationObject
from pptx.util import Emu, Pt

from rus_data.presentation.annual import annual_follow_up
from rus_data.presentation.pptx_deck import build_deck
from rus_data.presentation.pptx_layout import chart_size_points, png_size
from rus_data.presentation.rendering import renderable_spec
from rus_data.presentation.slide import DeckInfo, Slide

REGION, YEAR = "23", 2024  # Jämtland
_FONT_KEYS = ("fontSize", "labelFontSize", "titleFontSize", "subtitleFontSize")
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _built(demo_db_path: Path, region: str, language: str) -> tuple[DeckInfo, list[Slide], bytes]:
    connection = duckdb.connect(str(demo_db_path), read_only=True)
    info, slides = annual_follow_up(connection, region, YEAR, language)
    connection.close()
    return info, slides, build_deck(slides, info)


@pytest.fixture(scope="module")
def built(demo_db_path: Path) -> Iterator[tuple[DeckInfo, list[Slide], bytes]]:
    yield _built(demo_db_path, REGION, "sv")


@pytest.fixture(scope="module")
def built_en_sweden(demo_db_path: Path) -> Iterator[tuple[DeckInfo, list[Slide], bytes]]:
    """Sweden's deck in English: the longest names, and the counties' counts on the maps."""
    yield _built(demo_db_path, "00", "en")


@pytest.fixture(scope="module")
def deck(built: tuple[DeckInfo, list[Slide], bytes], artifacts_dir: Path) -> PresentationObject:
    (artifacts_dir / "annual_deck_23.pptx").write_bytes(built[2])
    return Presentation(io.BytesIO(built[2]))


def _run_sizes(deck: PresentationObject) -> Iterator[tuple[int, str, str, int | None]]:
    """(slide number, shape name, text, size in EMU or None) of every run and field."""
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for paragraph in shape.text_frame.paragraphs:
                for element in paragraph._p.iter(f"{_A}r", f"{_A}fld"):
                    properties = element.find(f"{_A}rPr")
                    size = properties.get("sz") if properties is not None else None
                    text = "".join(t.text or "" for t in element.iter(f"{_A}t"))
                    if text.strip():
                        yield number, shape.name, text, Pt(int(size) / 100) if size else None


@pytest.mark.parametrize("which", ["built", "built_en_sweden"])
def test_no_text_box_under_12_pt_and_titles_and_messages_larger(
    which: str, request: pytest.FixtureRequest
) -> None:
    deck = Presentation(io.BytesIO(request.getfixturevalue(which)[2]))
    assert deck.slide_width / deck.slide_height == pytest.approx(16 / 9, rel=0.01)
    sizes = list(_run_sizes(deck))
    assert sizes
    for number, name, text, size in sizes:
        assert size is not None, f"slide {number}, {name}: {text!r} has no size"
        assert size >= Pt(12), f"slide {number}, {name}: {text!r} is {Emu(size).pt} pt"
        if name.startswith("Title") or name == "Message":
            assert size >= Pt(18), f"slide {number}, {name}: {text!r}"
    messages = [s for s in sizes if s[1] == "Message"]
    assert len(messages) == len(deck.slides) - 2  # every chart slide, not title or summary


def test_the_summary_slide_comes_second_with_the_key_messages(
    built: tuple[DeckInfo, list[Slide], bytes], deck: PresentationObject
) -> None:
    info, _, _ = built
    summary = deck.slides[1]
    texts = [shape.text_frame.text for shape in summary.shapes if shape.has_text_frame]
    assert any(text.startswith("Det viktigaste – Jämtlands län") for text in texts)
    body = next(s for s in summary.shapes if s.name == "Key messages").text_frame.text
    assert body.split("\n") == [f"• {line}" for line in info.key_messages]
    assert 4 <= len(info.key_messages) <= 6


def test_key_messages_say_what_changed_what_goes_wrong_and_how_sweden_compares(
    built: tuple[DeckInfo, list[Slide], bytes], db: duckdb.DuckDBPyConnection
) -> None:
    info, _, _ = built
    rows = db.execute(
        """SELECT a.objective_id, o.name_sv, a.status, a.trend, p.status AS before, s.status
           FROM assessment a JOIN objective o ON o.id = a.objective_id
           LEFT JOIN assessment p ON p.region_code = a.region_code
                AND p.objective_id = a.objective_id AND p.year = a.year - 1
           LEFT JOIN assessment s ON s.region_code = '00'
                AND s.objective_id = a.objective_id AND s.year = a.year
           WHERE a.region_code = ? AND a.year = ? ORDER BY 1""",
        [REGION, YEAR],
    ).fetchall()
    status, changes, negative, sweden, *_ = info.key_messages
    assert status.startswith(f"Jämtlands län {YEAR}: ")
    assert f"av {len(rows)} bedömda mål nås" in status
    changed = [f"{r[0]}. {r[1]}" for r in rows if r[4] is not None and r[4] != r[2]]
    assert changed and all(label in changes for label in changed)
    assert changes.startswith(f"Ändrat sedan {YEAR - 1}: ")
    falling = [f"{r[0]}. {r[1]}" for r in rows if r[3] == "NEGATIV"]
    assert falling and all(label in negative for label in falling)
    same = sum(1 for r in rows if r[5] is not None and r[5] == r[2])
    assert f"samma status för {same} av" in info.key_messages[-1]
    assert "Sverige" in info.key_messages[-1] and sweden


def _smallest_font(spec: Any) -> float:
    """The smallest font size set anywhere in a Vega-Lite spec."""
    found: list[float] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _FONT_KEYS and isinstance(value, int | float):
                    found.append(float(value))
                elif key not in ("data", "datasets"):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(spec)
    return min(found)


@pytest.mark.parametrize("which", ["built", "built_en_sweden"])
def test_chart_labels_and_legends_read_at_12_pt_or_more_and_fill_the_area(
    which: str, request: pytest.FixtureRequest
) -> None:
    _, slides, data = request.getfixturevalue(which)
    deck = Presentation(io.BytesIO(data))
    assert len(deck.slides) == len(slides) + 2
    for number, (item, slide) in enumerate(zip(slides, list(deck.slides)[2:], strict=True)):
        spec = json.loads(renderable_spec(item.spec_json, item.source_line))
        config = spec["config"]  # Vega-Lite's own 10–11 px defaults are all raised
        for part in ("axis", "legend", "header", "text", "title"):
            assert _smallest_font(config[part]) >= 13, part
        picture = next(s for s in slide.shapes if s.name == "Chart")
        width_px, _ = png_size(picture.image.blob)
        points_per_pixel = Emu(picture.width).pt / (width_px / 2)  # the PNG is at scale 2
        smallest = _smallest_font(spec) * points_per_pixel
        assert smallest >= 12, f"slide {number + 3}: {smallest:.1f} pt"
        width, height = chart_size_points()  # the content area: filled in width or height
        assert Emu(picture.width).pt > 0.9 * width or Emu(picture.height).pt > 0.9 * height


def test_at_most_one_map_slide_per_six_objectives_with_one_legend(
    built: tuple[DeckInfo, list[Slide], bytes],
) -> None:
    _, slides, _ = built
    maps = [s for s in slides if s.kind == "map"]
    panels = [json.loads(s.spec_json)["hconcat"] for s in maps]
    objectives = sum(len(p) for p in panels)
    assert objectives >= 7 and len(maps) == -(-objectives // 6)
    for slide, group in zip(maps, panels, strict=True):
        spec = json.loads(slide.spec_json)
        assert spec["resolve"]["legend"]["color"] == "shared"
        legends = [json.dumps(p).count('"legend": {') for p in group]
        assert len(set(legends)) == 1 and legends[0] == 1  # one shared legend definition


def _render_pages(pptx: Path, folder: Path) -> list[Path]:
    """The deck's slides as PNG pages: LibreOffice to PDF, pdftoppm to PNG."""
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(pptx)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = folder / f"{pptx.stem}.pdf"
    prefix = folder / "slide"
    subprocess.run(["pdftoppm", "-r", "72", "-png", str(pdf), str(prefix)], check=True, timeout=120)
    return sorted(folder.glob("slide-*.png"), key=lambda p: int(p.stem.split("-")[1]))


def test_every_slide_kind_renders_to_png(
    built: tuple[DeckInfo, list[Slide], bytes], tmp_path: Path, artifacts_dir: Path
) -> None:
    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) and pdftoppm are needed in CI")
        pytest.skip("LibreOffice or pdftoppm is not installed")
    _, slides, data = built
    pptx = tmp_path / "deck.pptx"
    pptx.write_bytes(data)
    pages = _render_pages(pptx, tmp_path)
    assert len(pages) == len(slides) + 2  # title, summary and every chart slide
    kinds = ["title", "summary", "overview", "changes", "trends"]
    kinds += [f"maps_{n}" for n in range(1, len(pages) - 4)]
    for kind, page in zip(kinds, pages, strict=True):
        image = Image.open(page).convert("RGB")
        assert image.width / image.height == pytest.approx(16 / 9, rel=0.01)
        colours = image.getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 20  # drawn, not blank
        image.save(artifacts_dir / f"deck_slide_{kind}.png")


def test_the_summary_slide_says_the_messages_come_from_demo_data(deck: PresentationObject) -> None:
    summary = deck.slides[1]
    source = next(s for s in summary.shapes if s.name == "Source").text_frame.text
    assert source == "Exempeldata – inte officiell statistik"


def test_a_users_template_gets_the_messages_too_inside_its_slide(
    built: tuple[DeckInfo, list[Slide], bytes],
) -> None:
    info, slides, _ = built
    template = io.BytesIO()
    Presentation().save(template)  # python-pptx's own 4:3 template with its layouts
    deck = Presentation(io.BytesIO(build_deck(slides[:3], info, template.getvalue())))
    assert len(deck.slides) == 5
    for slide, item in zip(list(deck.slides)[2:], slides[:3], strict=True):
        (message,) = [s for s in slide.shapes if s.name == "Message"]
        chart = next(s for s in slide.shapes if s.name == "Chart")
        assert message.text_frame.text == item.message
        assert message.top + message.height <= chart.top  # above the chart, not on it
        assert chart.top + chart.height <= deck.slide_height
