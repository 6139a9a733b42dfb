"""URL-bound widgets: one call declares a choice for the URL and draws the widget that shows it.

Each function calls :func:`ui.url_state.choose` with the widget's ``key``, ``options`` (codes,
not labels) and ``default``, then draws the widget with the same key and returns its value.
``place`` is where the widget goes (a column, the sidebar, a container; the page when None).
Every other keyword (``format_func``, ``help``, ``horizontal`` …) goes to the Streamlit widget
as it is. A URL-bound widget keeps its value for the whole session (``persist_state="session"``),
so a choice survives while its widget is hidden, unless the caller passes another value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from rus_data.text import t
from ui import url_state
from ui.streamlit_texts import placeholder

Options = Sequence[Any]
Place = DeltaGenerator | None


def _where(place: Place) -> Any:
    """The container to draw in: ``place``, or the page (the ``st`` module) when None."""
    return st if place is None else place


def _placeholder(*, multiple: bool = False) -> str:
    """Streamlit's "Choose an option" in the chosen language (declared first in each run)."""
    return placeholder(url_state.value("lang") or "sv", multiple=multiple)


def _one_of(
    widget: Callable[..., Any],
    key: str,
    label: str,
    options: Options,
    default: Any,
    kwargs: dict[str, Any],
) -> Any:
    """Declare the single choice ``key``, then draw ``widget`` for it and return its value."""
    url_state.choose(key, options, default)
    kwargs.setdefault("persist_state", "session")
    return widget(label, options, key=key, **kwargs)


def url_radio(
    key: str, label: str, options: Options, default: Any, *, place: Place = None, **kwargs: Any
) -> Any:
    """A radio whose choice is the URL parameter ``key``; returns the chosen option."""
    return _one_of(_where(place).radio, key, label, options, default, kwargs)


def url_selectbox(
    key: str, label: str, options: Options, default: Any, *, place: Place = None, **kwargs: Any
) -> Any:
    """A select box whose choice is the URL parameter ``key``; returns the chosen option."""
    kwargs.setdefault("placeholder", _placeholder())
    return _one_of(_where(place).selectbox, key, label, options, default, kwargs)


def url_segmented(
    key: str, label: str, options: Options, default: Any, *, place: Place = None, **kwargs: Any
) -> Any:
    """A segmented control whose choice is the URL parameter ``key``; returns the chosen option
    (None when the user deselects it, unless ``required=True``)."""
    return _one_of(_where(place).segmented_control, key, label, options, default, kwargs)


def url_options(
    key: str,
    label: str,
    options: Options,
    default: Any,
    language: str,
    *,
    text_key: str,
    place: Place = None,
    **kwargs: Any,
) -> Any:
    """A segmented control that always has a choice (the URL parameter ``key``), each option
    labelled with the text ``text_key`` + option in ``language`` ("trends_mode_" + "idx")."""
    return url_segmented(
        key,
        label,
        options,
        default,
        place=place,
        required=True,
        format_func=lambda option: t(f"{text_key}{option}", language),
        **kwargs,
    )


def url_select_slider(
    key: str, label: str, options: Options, default: Any, *, place: Place = None, **kwargs: Any
) -> Any:
    """A select slider whose choice is the URL parameter ``key``; returns the chosen option."""
    return _one_of(_where(place).select_slider, key, label, options, default, kwargs)


def url_slider(
    key: str,
    label: str,
    bounds: tuple[int, int],
    default: int,
    *,
    place: Place = None,
    **kwargs: Any,
) -> int:
    """An integer slider over ``bounds`` (lowest, highest) whose value is the URL parameter
    ``key``; returns the chosen number."""
    low, high = bounds
    url_state.choose(key, list(range(low, high + 1)), default)
    kwargs.setdefault("persist_state", "session")
    return _where(place).slider(label, low, high, key=key, **kwargs)


def url_multiselect(
    key: str,
    label: str,
    options: Options,
    default: Options,
    *,
    place: Place = None,
    max_selections: int | None = None,
    **kwargs: Any,
) -> list[Any]:
    """A multiselect whose choices are the URL parameter ``key`` (comma-separated); a link
    chooses at most ``max_selections`` of them, as the widget does. Returns the chosen list."""
    url_state.choose(key, options, list(default), multiple=True, limit=max_selections)
    kwargs.setdefault("persist_state", "session")
    kwargs.setdefault("placeholder", _placeholder(multiple=True))
    return _where(place).multiselect(
        label, options, key=key, max_selections=max_selections, **kwargs
    )
