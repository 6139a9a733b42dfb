"""Download buttons, one file each: the file's name is a stem and an extension, its MIME type
follows from the extension, and a click does not rerun the page unless the caller asks.

The file is given as bytes, or as a callable that Streamlit calls only when the button is
clicked (so drawing a page with many buttons costs nothing).
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from rus_data.text import t

MIME_TYPES: dict[str, str] = {
    "csv": "text/csv",
    "html": "text/html",
    "json": "application/json",
    "png": "image/png",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "svg": "image/svg+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def download_file(
    label: str,
    data: Any,
    file_stem: str,
    extension: str,
    *,
    key: str,
    place: DeltaGenerator | None = None,
    **button_kwargs: Any,
) -> bool:
    """A button that downloads ``data`` as ``<file_stem>.<extension>``, drawn in ``place``
    (the page when None). Other keywords (``type``, ``icon``, ``disabled`` …) go to
    ``st.download_button``; ``on_click`` is ``"ignore"`` unless given."""
    button_kwargs.setdefault("on_click", "ignore")
    return (st if place is None else place).download_button(
        label,
        data=data,
        file_name=f"{file_stem}.{extension}",
        mime=MIME_TYPES[extension],
        key=key,
        **button_kwargs,
    )


def download_menu(language: str, place: DeltaGenerator | None = None) -> DeltaGenerator:
    """One compact "Ladda ner" menu (a popover) for a chart's files and its presentation
    button: one button on the page however many files there are, and it fits a phone."""
    return (st if place is None else place).popover(
        t("download_menu", language),
        icon=":material/download:",
        help=t("download_menu_help", language),
        width="content",
    )
