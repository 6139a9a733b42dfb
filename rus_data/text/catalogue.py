"""One catalogue of every Swedish and English text, and :func:`t` to look one up.

Texts live next to the code that shows them, each module holding one ``TEXTS`` dict of the
shape ``{key: {"sv": ..., "en": ...}}``: the data layer's in ``rus_data/**/texts.py`` (listed
in :data:`DATA_LAYER_TEXTS` and loaded on first use), each page's in ``pages/<page>/texts.py``
and the frame's in ``ui/texts.py`` (registered by the UI layer when it starts). A key belongs
to exactly one module; registering it twice is an error, so a text has one home.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Mapping
from typing import Literal

Language = Literal["sv", "en"]
LANGUAGES: tuple[Language, ...] = ("sv", "en")
LANGUAGE_NAMES: dict[str, str] = {"sv": "Svenska", "en": "English"}
Texts = Mapping[str, Mapping[str, str]]

# Modules of the data layer with a ``TEXTS`` dict; one line each.
DATA_LAYER_TEXTS: tuple[str, ...] = (
    "rus_data.text.common",
    "rus_data.exports.texts",
    "rus_data.map.texts",
    "rus_data.trends.texts",
)

_CATALOGUE: dict[str, Mapping[str, str]] = {}
_OWNER: dict[str, str] = {}
_LOADED: set[str] = set()
_LOCK = threading.Lock()


class DuplicateTextKey(KeyError):
    """A text key defined in two modules."""


def register(texts: Texts, owner: str) -> None:
    """Add the texts of module ``owner`` to the catalogue (again is a no-op)."""
    with _LOCK:
        if owner in _LOADED:
            return
        clashes = sorted(key for key in texts if _OWNER.get(key, owner) != owner)
        if clashes:
            raise DuplicateTextKey(f"Text keys defined twice ({owner}): {clashes}")
        for key, entry in texts.items():
            if "sv" not in entry:
                raise ValueError(f"Text {key!r} in {owner} has no Swedish wording")
            _CATALOGUE[key] = entry
            _OWNER[key] = owner
        _LOADED.add(owner)


def register_module(module_name: str) -> None:
    """Import ``module_name`` and register its ``TEXTS``."""
    if module_name not in _LOADED:
        register(importlib.import_module(module_name).TEXTS, module_name)


def _ensure_data_layer() -> None:
    for module_name in DATA_LAYER_TEXTS:
        register_module(module_name)


def t(key: str, language: str, **values: object) -> str:
    """The text for ``key`` in ``language`` (Swedish if it has no such wording), with its
    ``{placeholders}`` filled from ``values``."""
    entry = _CATALOGUE.get(key)
    if entry is None:
        _ensure_data_layer()
        entry = _CATALOGUE[key]
    text = entry.get(language) or entry["sv"]
    return text.format(**values) if values else text


def catalogue() -> dict[str, Mapping[str, str]]:
    """Every registered text by key (a copy), for tests and checks."""
    _ensure_data_layer()
    return dict(_CATALOGUE)


def owner_of(key: str) -> str:
    """The module that defines ``key``."""
    _ensure_data_layer()
    return _OWNER[key]
