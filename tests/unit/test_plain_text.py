"""Free text inside Markdown: escaped so that no name becomes an image, a link, a colour or
HTML; the source line escapes its names only where Markdown shows it; links keep their path."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from rus_data.text.plain import as_markdown_text, bounded, escape_markdown
from rus_data.text.sources import source_line
from ui.basket import view_link

HOSTILE = "![x](http://127.0.0.1:9/x.png) [link](http://e) :red[röd] <b>b</b>"


def _unescaped(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def test_a_hostile_name_loses_every_markdown_meaning() -> None:
    shown = as_markdown_text(HOSTILE)
    for live in ("](http", ":red[", "<b>", "![", "http://"):
        assert live not in shown
    assert _unescaped(shown) == HOSTILE


@given(st.text(max_size=300))
def test_escaping_is_complete_and_reversible(text: str) -> None:
    shown = as_markdown_text(text)
    assert _unescaped(shown) == bounded(text)
    plain = re.sub(r"\\.", "", shown)  # what is left once every escaped pair is taken out
    assert not set(plain) & set("\\`*_{}[]()#+-.!|<>~$:=")


def test_long_names_are_cut_and_controls_removed() -> None:
    assert as_markdown_text("a" * 500, 10) == "a" * 9 + "…"
    assert escape_markdown("1. namn") == "1\\. namn"
    assert as_markdown_text("rad\nbrytning\u202e") == "rad brytning "


def test_the_source_line_escapes_names_only_for_markdown() -> None:
    sources = pd.DataFrame(
        {"name": [HOSTILE], "is_demo": [False], "fetched_at": [pd.Timestamp("2026-11-01")]}
    )
    plain = source_line(sources, "sv")
    assert plain == f"Källa: {HOSTILE} (2026-11-01)"  # charts, decks and files get the text
    caption = source_line(sources, "sv", markdown=True)
    assert caption == f"Källa: {as_markdown_text(HOSTILE)} (2026-11-01)"


def test_a_view_link_keeps_its_target_inside_markdown() -> None:
    assert view_link("map", {"map_ind": "a b"}) == "./map?map_ind=a+b"
    hostile = view_link("x) [evil](http://e", {})
    assert ")" not in hostile and " " not in hostile and "[" not in hostile
