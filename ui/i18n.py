"""Registers the texts of the UI layer and of every page in the one text catalogue.

The catalogue and its lookup live in the data layer (:mod:`rus_data.text`); this module adds
``ui/texts.py`` and each page's ``pages/<page>/texts.py`` to it when the app starts.
"""

from __future__ import annotations

import importlib.util

from rus_data.text.catalogue import register_module
from ui.navigation import PAGES


def register_ui_texts() -> None:
    """Register the frame's texts and every page's own texts (a no-op after the first call)."""
    register_module("ui.texts")
    for spec in PAGES:
        module_name = f"pages.{spec.name}.texts"
        if importlib.util.find_spec(module_name) is not None:
            register_module(module_name)
