"""Ending a page early (an empty state) without cutting the frame short.

``st.stop()`` stops the whole script run: the frame's work after the page (writing the URL,
"Kopiera länk") would be lost, so a link to an empty state would forget the choices that led
there. A page calls :func:`end_page` instead; the frame catches :class:`PageEnded` and finishes.
"""

from __future__ import annotations

from typing import NoReturn


class PageEnded(Exception):
    """The page has drawn all it has to show (raised by :func:`end_page`)."""


def end_page() -> NoReturn:
    """End the page here; the frame still writes the URL and the share link."""
    raise PageEnded
